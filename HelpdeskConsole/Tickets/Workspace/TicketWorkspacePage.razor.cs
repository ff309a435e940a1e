using HelpdeskConsole.CannedResponses;
using HelpdeskConsole.CannedResponses.Picker;
using HelpdeskConsole.Components.Shortcuts;
using HelpdeskConsole.Escalation.Alerts;
using HelpdeskConsole.Identity;
using HelpdeskConsole.Localization;
using HelpdeskConsole.Realtime;
using HelpdeskConsole.Tickets.Presence;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace HelpdeskConsole.Tickets.Workspace;

/// <summary>
/// One ticket, from claim to resolution. Every change goes through <see cref="TicketWorkspaceService"/> with the
/// version the officer saw; live events reload the ticket from the database, and the draft reply survives
/// reloads and conflicts.
/// </summary>
public sealed partial class TicketWorkspacePage : IAsyncDisposable
{
    private readonly CancellationTokenSource disposed = new();
    private readonly bool english = System.Globalization.CultureInfo.CurrentUICulture.IsEnglish();
    private WorkspaceTicket? ticket;
    private Viewer? viewer;
    private IReadOnlyList<Assignable> assignable = [];
    private IReadOnlyList<QueueCategory> categories = [];
    private bool loading = true;
    private bool saving;
    private long reloads;
    private bool accessLost;
    private string? draft;
    private string? revealedNik;
    private int editorTab;
    private MudTextField<string>? editor;
    private WorkspacePresence? presence;
    private string displayName = "";
    private IDisposable? shortcuts;
    private IReadOnlyList<PickableResponse> pickable = [];
    private PlaceholderValues? values;
    private string replyLanguage = "id";
    private readonly List<InsertedResponse> inserted = [];
    private ResponsePicker? picker;
    private bool showPreview;

    [Parameter] public int Id { get; set; }

    [CascadingParameter] private Task<Microsoft.AspNetCore.Components.Authorization.AuthenticationState> AuthenticationState { get; set; } = default!;

    [Inject] private TicketWorkspaceService Workspace { get; set; } = default!;
    [Inject] private TicketQueueService Queue { get; set; } = default!;
    [Inject] private ShortcutRegistry Shortcuts { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private IStringLocalizer<ShortcutStrings> S { get; set; } = default!;
    [Inject] private TicketFeed Feed { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;
    private ITimer? minuteTick;
    [Inject] private IStringLocalizer<WorkspaceStrings> W { get; set; } = default!;
    [Inject] private IStringLocalizer<Strings> L { get; set; } = default!;
    [Inject] private IStringLocalizer<AlertStrings> A { get; set; } = default!;
    [Inject] private IStringLocalizer<CannedResponseStrings> P { get; set; } = default!;
    [Inject] private CannedResponseService Library { get; set; } = default!;
    [Inject] private ReplyValues ReplyValues { get; set; } = default!;

    private bool IsNote => editorTab == 1;

    /// <summary>Placeholders still in a public reply: it cannot be sent until the officer writes them.</summary>
    private IReadOnlyList<PlaceholderToken> Unfilled =>
        IsNote || string.IsNullOrEmpty(draft) ? [] : Placeholders.Unfilled(draft, values is { IdentityHidden: false } ? values.CitizenName?.Trim() : null);

    protected override async Task OnInitializedAsync()
    {
        viewer = await Feed.StartAsync();
        displayName = (await AuthenticationState).User.DisplayName();
        Feed.Received += OnReceivedAsync;
        Feed.Touched += OnTouchedAsync;
        // The time left in the header moves on with the clock, and turns amber, then red, without any event.
        minuteTick = Clock.CreateTimer(_ => _ = RenderAgainAsync(), null, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));
        categories = await Workspace.CategoriesAsync(disposed.Token);
        pickable = viewer is null ? [] : await Library.PickableAsync(viewer, disposed.Token);
        shortcuts = Shortcuts.Register(this, W["Shortcuts_Group"],
            new(ShortcutKeys.Reply, S["Ticket_Reply"], () => FocusEditorAsync(0)),
            new(ShortcutKeys.Note, S["Ticket_Note"], () => FocusEditorAsync(1)),
            new(ShortcutKeys.Claim, S["Ticket_Claim"], async () =>
            {
                if (ticket is { AssigneeId: null } && viewer?.TeamId == ticket.TeamId)
                {
                    await ClaimAsync();
                }
            }),
            new(ShortcutKeys.Status, S["Ticket_Status"], ChooseStatusAsync),
            new(ShortcutKeys.Next, S["Ticket_Next"], () => GoToNeighbourAsync(next: true)),
            new(ShortcutKeys.Previous, S["Ticket_Previous"], () => GoToNeighbourAsync(next: false)));
    }

    private async Task FocusEditorAsync(int tab)
    {
        editorTab = tab;
        StateHasChanged();
        if (editor is not null)
        {
            await editor.FocusAsync();
        }
    }

    private async Task ChooseStatusAsync()
    {
        if (ticket is null)
        {
            return;
        }

        var parameters = new DialogParameters<StatusDialog> { { d => d.Status, ticket.Status }, { d => d.Actions, ticket.Actions } };
        var dialog = await Dialogs.ShowAsync<StatusDialog>(W["Actions_Title"], parameters, new DialogOptions { MaxWidth = MaxWidth.ExtraSmall, FullWidth = true });
        if (await dialog.Result is { Canceled: false, Data: TicketAction action })
        {
            await TransitionAsync(action);
        }
    }

    /// <summary>J/K: the next or previous open ticket in the default queue order (newest first).</summary>
    private async Task GoToNeighbourAsync(bool next)
    {
        if (viewer is not null && await Queue.NeighbourAsync(viewer, Id, next, disposed.Token) is { } neighbour)
        {
            Navigation.NavigateTo($"/tickets/{neighbour}");
        }
    }

    protected override async Task OnParametersSetAsync()
    {
        // A new ticket id (next/previous) starts a fresh view; the draft belongs to the ticket it was written for.
        if (ticket?.Id != Id)
        {
            draft = null;
            revealedNik = null;
            accessLost = false;
            inserted.Clear();
        }

        await ReloadAsync();
    }

    private async Task ReloadAsync()
    {
        if (viewer is null)
        {
            ticket = null;
            loading = false;
            return;
        }

        var id = Id;
        var reload = ++reloads;
        var wasVisible = ticket?.Id == id;
        var loaded = await Workspace.GetAsync(viewer, id, disposed.Token);
        var people = loaded is null ? [] : await Workspace.AssignableAsync(viewer, id, disposed.Token);
        // A new ticket is answered in the language the citizen wrote in, until the officer chooses another.
        var language = wasVisible ? replyLanguage : ReplyLanguage.Guess(loaded?.Timeline.FirstOrDefault(e => e.Kind == TimelineKind.CitizenMessage)?.Body);
        var filledWith = loaded is null ? null : await ReplyValues.ForTicketAsync(viewer, id, language, disposed.Token);
        // Reloads overlap: the first load, a live event's, the one after the officer's own change. Only the newest may
        // show, or a read taken before the officer's reply could land after it and hide it until the next event.
        // (A newer reload also starts when the officer moves on to another ticket.)
        if (reload != reloads || id != Id)
        {
            return;
        }

        ticket = loaded;
        assignable = people;
        replyLanguage = language;
        values = filledWith;
        accessLost = wasVisible && ticket is null;
        loading = false;
    }

    private Loaded LoadedState => new(ticket!.Id, ticket.Version, ticket.LastHistoryId);

    private Task OnReceivedAsync(IReadOnlyList<TicketEventMessage> messages) =>
        messages.Any(m => m.Payload.TicketId == Id) ? RefreshAsync() : Task.CompletedTask;

    // Events this person may no longer see still name the ticket: re-check access at once.
    private Task OnTouchedAsync(IReadOnlyCollection<int> ticketIds) =>
        ticketIds.Contains(Id) ? RefreshAsync() : Task.CompletedTask;

    private async Task RefreshAsync()
    {
        try
        {
            // Also while a change of this officer's is being saved: the save's own reload may already have read the
            // ticket before this event's change committed, and skipping it would lose that change until the next event.
            await InvokeAsync(async () =>
            {
                await ReloadAsync();
                StateHasChanged();
            });
        }
        catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException)
        {
            // The page closed.
        }
    }

    private Task<bool> ClaimAsync() => SaveAsync(loaded => Workspace.ClaimAsync(viewer!, loaded, disposed.Token));

    private Task<bool> AssignAsync(string? userId) => SaveAsync(loaded => Workspace.AssignAsync(viewer!, loaded, userId, null, disposed.Token));

    private Task<bool> SetPriorityAsync(TicketPriority priority) => SaveAsync(loaded => Workspace.SetPriorityAsync(viewer!, loaded, priority, disposed.Token));

    private Task<bool> SetKindAsync(TicketKind kind) => SaveAsync(loaded => Workspace.SetKindAsync(viewer!, loaded, kind, disposed.Token));

    private Task<bool> SetCategoryAsync(int categoryId) => SaveAsync(loaded => Workspace.SetCategoryAsync(viewer!, loaded, categoryId, disposed.Token));

    private async Task TransitionAsync(TicketAction action)
    {
        string? note = null;
        string? forwardTo = null;
        if (TicketLifecycle.NeedsNote(action))
        {
            var parameters = new DialogParameters<NoteDialog>
            {
                { d => d.Title, W[$"Action_{action}"].Value },
                { d => d.NoteLabel, W["Action_Note"].Value },
                { d => d.ShowForwardTo, action == TicketAction.Forward },
                { d => d.ConfirmText, W["Action_Confirm"].Value },
                { d => d.RequiredMessage, W[$"Refused_NoteRequired_{action}"].Value },
                { d => d.ConfirmColor, action is TicketAction.Archive ? Color.Error : Color.Primary },
            };
            var dialog = await Dialogs.ShowAsync<NoteDialog>(W[$"Action_{action}"], parameters, new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true });
            if (await dialog.Result is not { Canceled: false, Data: NoteDialogResult result })
            {
                return;
            }

            (note, forwardTo) = (result.Note, result.ForwardTo);
        }

        await SaveAsync(loaded => Workspace.TransitionAsync(viewer!, loaded, action, note, forwardTo, disposed.Token));
    }

    /// <summary>Colleagues see who is writing a reply or a note, so two answers don't cross.</summary>
    private async Task OnDraftChangedAsync(string? value)
    {
        draft = value;
        if (presence is null)
        {
            return;
        }

        await (string.IsNullOrWhiteSpace(value)
            ? presence.StoppedTypingAsync()
            : presence.TypingAsync(IsNote ? Activity.TypingNote : Activity.TypingReply));
    }

    private async Task SendAsync()
    {
        var isNote = IsNote;
        var used = DraftUsage.Used(draft, inserted);
        if (await SaveAsync(loaded => Workspace.AddMessageAsync(viewer!, loaded, draft, isPublic: !isNote, used, disposed.Token)))
        {
            draft = null;
            inserted.Clear();
            if (presence is not null)
            {
                await presence.StoppedTypingAsync();
            }

            Snackbar.Add(isNote ? W["Reply_NoteSaved"] : W["Reply_Sent"], Severity.Success);
        }
    }

    private async Task OnReplyLanguageChangedAsync(string language)
    {
        replyLanguage = language;
        if (viewer is not null && ticket is not null)
        {
            values = await ReplyValues.ForTicketAsync(viewer, ticket.Id, language, disposed.Token);
        }
    }

    private void OnResponseInserted(InsertedResponse response) => inserted.Add(response);

    private async Task InsertScriptAsync(IReadOnlyList<PickableResponse> responses)
    {
        if (picker is not null)
        {
            await picker.InsertAtCaretAsync(responses);
        }
    }

    private async Task OnAttachmentUploadedAsync(Attachments.AttachmentInfo info) => await ReloadAsync();

    private async Task RevealAsync()
    {
        var parameters = new DialogParameters<NoteDialog>
        {
            { d => d.Title, W["RevealTitle"].Value },
            { d => d.Body, W["RevealBody"].Value },
            { d => d.NoteLabel, W["RevealReason"].Value },
            { d => d.ConfirmText, W["RevealConfirm"].Value },
            { d => d.RequiredMessage, W["Refused_RevealReason"].Value },
        };
        var dialog = await Dialogs.ShowAsync<NoteDialog>(W["RevealTitle"], parameters, new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true });
        if (await dialog.Result is not { Canceled: false, Data: NoteDialogResult result })
        {
            return;
        }

        var outcome = await Workspace.RevealNikAsync(viewer!, Id, result.Note, disposed.Token);
        if (outcome.Succeeded)
        {
            revealedNik = outcome.Value;
            await ReloadAsync();
        }
        else
        {
            Snackbar.Add(outcome.Message ?? W["NotFound_Body"], Severity.Warning);
        }
    }

    /// <summary>Runs one change; a second click while it runs does nothing. Returns whether it was saved.</summary>
    private async Task<bool> SaveAsync(Func<Loaded, Task<WorkspaceResult>> change)
    {
        if (saving || ticket is null || viewer is null)
        {
            return false;
        }

        saving = true;
        try
        {
            var result = await change(LoadedState);
            switch (result.Outcome)
            {
                case WorkspaceOutcome.Saved:
                    await ReloadAsync();
                    return true;
                case WorkspaceOutcome.Conflict:
                    await ShowConflictAsync(result.Changes ?? []);
                    return false;
                case WorkspaceOutcome.Refused:
                    Snackbar.Add(result.Message ?? W["NotFound_Body"], Severity.Warning, o => o.VisibleStateDuration = 8000);
                    return false;
                default:
                    await ReloadAsync();
                    return false;
            }
        }
        finally
        {
            saving = false;
        }
    }

    private async Task ShowConflictAsync(IReadOnlyList<TimelineEntry> changes)
    {
        var lines = changes.Count == 0
            ? [W["Conflict_Unknown"].Value]
            : changes.Select(c => $"{TimelineText.Actor(c, W)} {TimelineText.Describe(c, W, L, A)}").ToList();
        var body = W["Conflict_Body"] + "\n• " + string.Join("\n• ", lines) + (string.IsNullOrWhiteSpace(draft) ? "" : "\n\n" + W["Conflict_DraftKept"]);
        await Dialogs.ShowMessageBoxAsync(new MessageBoxOptions
        {
            Title = W["Conflict_Title"],
            Message = body,
            YesText = W["Conflict_Reload"],
        });
        await ReloadAsync();
    }

    private static Color ActionColour(TicketAction action) => action switch
    {
        TicketAction.Resolve => Color.Success,
        TicketAction.Archive => Color.Error,
        TicketAction.Forward => Color.Secondary,
        _ => Color.Primary,
    };

    private string Span(TimeSpan span)
    {
        var culture = System.Globalization.CultureInfo.CurrentCulture;
        return span.TotalHours >= 24
            ? $"{(int)span.TotalDays} {(english ? "d" : "hari")} {span.Hours} {(english ? "h" : "jam")}"
            : span.TotalMinutes >= 60
                ? $"{(int)span.TotalHours} {(english ? "h" : "jam")} {span.Minutes} {(english ? "min" : "mnt")}"
                : $"{Math.Max(0, (int)span.TotalMinutes).ToString(culture)} {(english ? "min" : "mnt")}";
    }

    private async Task RenderAgainAsync()
    {
        try
        {
            await InvokeAsync(StateHasChanged);
        }
        catch (ObjectDisposedException)
        {
            // The page closed between two ticks.
        }
    }

    public async ValueTask DisposeAsync()
    {
        minuteTick?.Dispose();
        shortcuts?.Dispose();
        Feed.Received -= OnReceivedAsync;
        Feed.Touched -= OnTouchedAsync;
        await disposed.CancelAsync();
        disposed.Dispose();
    }
}
