using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace HelpdeskConsole.CannedResponses.Picker;

/// <summary>
/// The <c>::</c> picker of the reply editor. The browser side watches the textarea (typing <c>::salam</c>, or Ctrl+Space)
/// and hands over the query and the keys; this side ranks the texts, previews the selected one filled for this ticket,
/// and inserts it where the <c>::query</c> was. It also inserts for the script panel, at the caret.
/// </summary>
public sealed partial class ResponsePicker
{
    private const string ModulePath = "./CannedResponses/Picker/ResponsePicker.razor.js";
    private IJSObjectReference? module;
    private IJSObjectReference? binding;
    private DotNetObjectReference<ResponsePicker>? self;
    private bool disposed;
    private bool open;
    private string query = "";
    private int start;
    private int end;
    private int selected;
    private IReadOnlyList<PickableResponse> results = [];

    /// <summary>The id of the textarea the picker serves.</summary>
    [Parameter, EditorRequired] public string TextAreaId { get; set; } = "";

    [Parameter] public IReadOnlyList<PickableResponse> Responses { get; set; } = [];

    /// <summary>What placeholders are filled with; null while not yet known (the text goes in unfilled, and cannot be sent).</summary>
    [Parameter] public PlaceholderValues? Values { get; set; }

    [Parameter] public int? CategoryId { get; set; }

    [Parameter] public string Language { get; set; } = "id";

    /// <summary>A text went into the draft.</summary>
    [Parameter] public EventCallback<InsertedResponse> OnInserted { get; set; }

    public bool IsOpen => open;

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender)
        {
            return;
        }

        try
        {
            module = await JS.InvokeAsync<IJSObjectReference>("import", ModulePath);
            self = DotNetObjectReference.Create(this);
            binding = await module.InvokeAsync<IJSObjectReference?>("attach", TextAreaId, self);
            if (disposed)
            {
                await ReleaseAsync();
            }
        }
        catch (JSDisconnectedException)
        {
            // The tab closed while attaching.
        }
    }

    /// <summary>The officer typed <c>::</c> and <paramref name="text"/> after it, between <paramref name="from"/> and <paramref name="to"/>.</summary>
    [JSInvokable]
    public Task OnQueryAsync(string text, int from, int to)
    {
        var changed = !open || text != query;
        (open, query, start, end) = (true, text ?? "", from, to);
        if (changed)
        {
            results = ResponseSearch.Rank(Responses, query, CategoryId, Language);
            selected = 0;
        }

        StateHasChanged();
        return Task.CompletedTask;
    }

    [JSInvokable]
    public Task OnKeyAsync(string key)
    {
        if (!open)
        {
            return Task.CompletedTask;
        }

        switch (key)
        {
            case "ArrowDown" when results.Count > 0:
                selected = (selected + 1) % results.Count;
                break;
            case "ArrowUp" when results.Count > 0:
                selected = (selected + results.Count - 1) % results.Count;
                break;
            case "Enter" or "Tab" when results.Count > 0:
                return ChooseAsync(selected);
            case "Escape":
                return OnCloseAsync();
        }

        StateHasChanged();
        return Task.CompletedTask;
    }

    [JSInvokable]
    public Task OnCloseAsync()
    {
        open = false;
        StateHasChanged();
        return Task.CompletedTask;
    }

    private async Task ChooseAsync(int index)
    {
        if (index < 0 || index >= results.Count)
        {
            return;
        }

        var response = results[index];
        var filled = Filled(response);
        open = false;
        // Enter comes from the browser, not from a Blazor event: nothing renders the closed picker unless asked.
        StateHasChanged();
        await InsertAsync(filled, start, end, separate: false);
        await OnInserted.InvokeAsync(new InsertedResponse(response.Id, response.Purpose, filled));
    }

    /// <summary>Inserts texts at the caret (the script panel's buttons), each filled for this ticket, as paragraphs.</summary>
    public async Task InsertAtCaretAsync(IReadOnlyList<PickableResponse> responses)
    {
        ArgumentNullException.ThrowIfNull(responses);
        if (responses.Count == 0)
        {
            return;
        }

        var filled = responses.Select(r => (Response: r, Text: Filled(r))).ToList();
        await InsertAsync(string.Join("\n\n", filled.Select(f => f.Text)), -1, -1, separate: true);
        foreach (var (response, text) in filled)
        {
            await OnInserted.InvokeAsync(new InsertedResponse(response.Id, response.Purpose, text));
        }
    }

    private string Filled(PickableResponse response) => Values is null ? response.Body : Placeholders.Fill(response.Body, Values);

    private async Task InsertAsync(string text, int from, int to, bool separate)
    {
        if (binding is null)
        {
            return;
        }

        try
        {
            await binding.InvokeVoidAsync("insert", text, from, to, separate);
        }
        catch (JSDisconnectedException)
        {
            // The tab closed; the draft went with it.
        }
    }

    private async Task ReleaseAsync()
    {
        try
        {
            if (binding is not null)
            {
                await binding.InvokeVoidAsync("dispose");
                await binding.DisposeAsync();
            }

            if (module is not null)
            {
                await module.DisposeAsync();
            }
        }
        catch (JSDisconnectedException)
        {
            // Nothing left to release in a closed tab.
        }

        binding = null;
        module = null;
        self?.Dispose();
        self = null;
    }

    public async ValueTask DisposeAsync()
    {
        disposed = true;
        await ReleaseAsync();
    }
}
