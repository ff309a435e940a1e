using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Microsoft.JSInterop;
using MudBlazor;

namespace HelpdeskConsole.Components.Shortcuts;

/// <summary>
/// The keyboard side of the shell, placed once in the layout: starts the browser listener, keeps its list of
/// live keys in step with <see cref="ShortcutRegistry"/>, registers the global shortcuts (go to a page, help)
/// and shows the help dialog. Pages only talk to the registry.
/// </summary>
public sealed partial class ShortcutHost : IAsyncDisposable
{
    private const string ModulePath = "./Components/Shortcuts/ShortcutHost.razor.js";

    private DotNetObjectReference<ShortcutHost>? self;
    private IJSObjectReference? module;
    private IJSObjectReference? listener;
    private IDisposable? globals;
    private IDialogReference? help;
    private string sentKeys = "";
    private bool disposed;

    [Inject] private ShortcutRegistry Registry { get; set; } = default!;
    [Inject] private IJSRuntime JS { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;
    [Inject] private IStringLocalizer<ShortcutStrings> S { get; set; } = default!;
    [Inject] private Escalation.Alerts.AlertCenter Alerts { get; set; } = default!;

    /// <summary>Whether the help dialog is open.</summary>
    public bool IsHelpOpen => help is not null;

    protected override void OnInitialized()
    {
        globals = Registry.Register(this, S["Group_Global"],
            new(ShortcutKeys.Help, S["Help_Show"], ShowHelpAsync),
            new(ShortcutKeys.Escape, S["Help_Escape"], CloseHelp),
            new(ShortcutKeys.GoOverview, S["Go_Overview"], () => Go("/")),
            new(ShortcutKeys.GoQueue, S["Go_Queue"], () => Go("/tickets")),
            new(ShortcutKeys.GoMyTickets, S["Go_MyTickets"], () => Go("/tickets/mine")),
            new(ShortcutKeys.GoResponses, S["Go_Responses"], () => Go("/responses")),
            new(ShortcutKeys.GoAlerts, S["Go_Alerts"], OpenAlerts));
        Registry.Changed += OnRegistryChanged;
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender)
        {
            return;
        }

        try
        {
            module = await JS.InvokeAsync<IJSObjectReference>("import", ModulePath);
            if (disposed)
            {
                await ReleaseJsAsync();
                return;
            }

            self = DotNetObjectReference.Create(this);
            var keys = Registry.ActiveKeys;
            listener = await module.InvokeAsync<IJSObjectReference>("listen", self, keys);
            sentKeys = string.Join('\n', keys);
            if (disposed)
            {
                await ReleaseJsAsync();
                return;
            }

            // Pages that registered while the listener was starting.
            await PushKeysAsync();
        }
        catch (JSDisconnectedException)
        {
            // The circuit closed while starting: there is no page left to listen on.
        }
    }

    /// <summary>Called by the browser listener with the keys pressed ("j", "g q", "Escape").</summary>
    [JSInvokable]
    public async Task OnShortcutAsync(string keys)
    {
        // Escape closes the help first, whatever a page does with Escape.
        if (keys == ShortcutKeys.Escape && help is not null)
        {
            await CloseHelp();
            return;
        }

        await Registry.InvokeAsync(keys);
    }

    private Task Go(string path)
    {
        Navigation.NavigateTo(path);
        return Task.CompletedTask;
    }

    private Task OpenAlerts()
    {
        Alerts.OpenPanel();
        return Task.CompletedTask;
    }

    private async Task ShowHelpAsync()
    {
        if (help is not null)
        {
            return;
        }

        // What this page offers first, then what works everywhere.
        var groups = Registry.ActiveGroups.Reverse().ToList();
        var parameters = new DialogParameters<ShortcutHelpDialog> { { d => d.Groups, groups } };
        var options = new DialogOptions { CloseOnEscapeKey = true, CloseButton = true, MaxWidth = MaxWidth.Small, FullWidth = true };
        var reference = await Dialogs.ShowAsync<ShortcutHelpDialog>(S["Help_Title"], parameters, options);
        help = reference;
        _ = ForgetWhenClosedAsync(reference);
    }

    private async Task ForgetWhenClosedAsync(IDialogReference reference)
    {
        // Closed any way at all (Escape in the dialog, the close button, a click outside): ready for the next "?".
        await reference.Result;
        if (help == reference)
        {
            help = null;
        }
    }

    private Task CloseHelp()
    {
        var open = help;
        help = null;
        open?.Close();
        return Task.CompletedTask;
    }

    private void OnRegistryChanged() => _ = InvokeAsync(PushKeysAsync);

    private async Task PushKeysAsync()
    {
        if (listener is null || disposed)
        {
            return;
        }

        var keys = Registry.ActiveKeys;
        var joined = string.Join('\n', keys);
        if (joined == sentKeys)
        {
            return;
        }

        sentKeys = joined;
        try
        {
            await listener.InvokeVoidAsync("setKeys", keys);
        }
        catch (JSDisconnectedException)
        {
            // The circuit is closing; the listener goes with the page.
        }
    }

    private async Task ReleaseJsAsync()
    {
        try
        {
            if (listener is not null)
            {
                await listener.InvokeVoidAsync("dispose");
                await listener.DisposeAsync();
            }

            if (module is not null)
            {
                await module.DisposeAsync();
            }
        }
        catch (JSDisconnectedException)
        {
            // The browser side is already gone, and its listener with it.
        }

        listener = null;
        module = null;
        self?.Dispose();
        self = null;
    }

    public async ValueTask DisposeAsync()
    {
        disposed = true;
        Registry.Changed -= OnRegistryChanged;
        globals?.Dispose();
        await ReleaseJsAsync();
    }
}
