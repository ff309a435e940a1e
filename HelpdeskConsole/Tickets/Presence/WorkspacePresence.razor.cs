using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace HelpdeskConsole.Tickets.Presence;

/// <summary>
/// The ticket workspace's view of colleagues on the same ticket: who else has it open and who is typing, live.
/// It joins the ticket for this tab and leaves when disposed (the circuit closing disposes it). Put the reply
/// editor and <see cref="ReplyCollisionWarning"/> inside it: they receive this component and its
/// <see cref="WorkspacePresenceState"/> as cascading values. The editor calls <see cref="TypingAsync"/> on each
/// keystroke and <see cref="StoppedTypingAsync"/> when the draft is sent, discarded or emptied.
/// </summary>
public sealed partial class WorkspacePresence
{
    /// <summary>At most one typing update per tab per interval reaches the presence service, however fast the typing.</summary>
    public static readonly TimeSpan TypingThrottle = TimeSpan.FromSeconds(1);

    private TicketPresenceSnapshot snapshot = TicketPresenceSnapshot.Empty(0);
    private PresenceLease? lease;
    private IDisposable? subscription;
    private string? joinedName;
    private Activity composing;
    private Activity sent;
    private long sentAt;
    private bool disposed;

    [Inject] private ITicketPresence Presence { get; set; } = default!;

    [Inject] private PresenceCircuit Circuit { get; set; } = default!;

    [Inject] private TimeProvider Clock { get; set; } = default!;

    [Inject] private IStringLocalizer<PresenceStrings> L { get; set; } = default!;

    [Parameter, EditorRequired] public int TicketId { get; set; }

    [Parameter, EditorRequired] public string UserId { get; set; } = "";

    [Parameter, EditorRequired] public string DisplayName { get; set; } = "";

    /// <summary>The editor and the warning; they can take <see cref="WorkspacePresence"/> and <see cref="WorkspacePresenceState"/> as cascading parameters.</summary>
    [Parameter] public RenderFragment? ChildContent { get; set; }

    public WorkspacePresenceState State { get; private set; } = new(TicketPresenceSnapshot.Empty(0), "", Activity.None);

    protected override async Task OnParametersSetAsync()
    {
        // A workspace that switches to another ticket in place takes this tab's presence along.
        if (lease is not null && (lease.TicketId != TicketId || lease.UserId != UserId || joinedName != DisplayName))
        {
            await LeaveAsync();
            await JoinAsync();
        }

        State = new WorkspacePresenceState(snapshot, UserId, composing);
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        // Joined here rather than in OnInitializedAsync: prerendering initializes the component too and disposes it
        // when the request ends, which would show the others a visitor who comes and goes.
        if (firstRender)
        {
            await JoinAsync();
            Refresh();
        }
    }

    /// <summary>
    /// The editor reports a keystroke: <see cref="Activity.TypingReply"/> in the reply box, <see cref="Activity.TypingNote"/>
    /// in the internal note box. Cheap to call on every keystroke (throttled); typing shown to others ends by itself
    /// a few seconds after the last one.
    /// </summary>
    public async Task TypingAsync(Activity activity)
    {
        if (activity == Activity.None)
        {
            await StoppedTypingAsync();
            return;
        }

        var changed = composing != activity;
        composing = activity;
        if (lease is { } current && !disposed)
        {
            var now = Clock.GetTimestamp();
            if (activity != sent || Clock.GetElapsedTime(sentAt, now) >= TypingThrottle)
            {
                sent = activity;
                sentAt = now;
                await Presence.SetActivityAsync(current, activity);
            }
        }

        if (changed)
        {
            await InvokeAsync(Refresh);
        }
    }

    /// <summary>The draft was sent, discarded or emptied: this officer is no longer writing.</summary>
    public async Task StoppedTypingAsync()
    {
        var changed = composing != Activity.None;
        composing = Activity.None;
        if (lease is { } current && sent != Activity.None && !disposed)
        {
            sent = Activity.None;
            await Presence.SetActivityAsync(current, Activity.None);
        }

        if (changed)
        {
            await InvokeAsync(Refresh);
        }
    }

    private async Task JoinAsync()
    {
        var ticketId = TicketId;
        snapshot = TicketPresenceSnapshot.Empty(ticketId);
        composing = sent = Activity.None;
        // Listen before joining, so nothing that happens in between is missed.
        subscription = Presence.Subscribe(ticketId, OnPresenceChangedAsync);
        var joined = await Presence.JoinAsync(ticketId, UserId, DisplayName, Circuit.Key);
        if (disposed)
        {
            await joined.DisposeAsync();
            return;
        }

        lease = joined;
        joinedName = DisplayName;
        Apply(await Presence.SnapshotAsync(ticketId));
    }

    private async Task LeaveAsync()
    {
        subscription?.Dispose();
        subscription = null;
        if (lease is { } current)
        {
            lease = null;
            await current.DisposeAsync();
        }
    }

    private Task OnPresenceChangedAsync(TicketPresenceSnapshot changed) =>
        disposed ? Task.CompletedTask : InvokeAsync(() =>
        {
            if (!disposed && Apply(changed))
            {
                StateHasChanged();
            }
        });

    /// <summary>Keeps the newest snapshot of the current ticket; a late one from before a switch or an older read is ignored.</summary>
    private bool Apply(TicketPresenceSnapshot candidate)
    {
        if (candidate.TicketId != snapshot.TicketId || candidate.Version <= snapshot.Version)
        {
            return false;
        }

        snapshot = candidate;
        State = new WorkspacePresenceState(snapshot, UserId, composing);
        return true;
    }

    private void Refresh()
    {
        if (disposed)
        {
            return;
        }

        State = new WorkspacePresenceState(snapshot, UserId, composing);
        StateHasChanged();
    }

    private string Tooltip(PresentOfficer officer) => officer.Activity switch
    {
        Activity.TypingReply => L["Presence_TooltipTypingReply", officer.DisplayName],
        Activity.TypingNote => L["Presence_TooltipTypingNote", officer.DisplayName],
        _ => officer.DisplayName,
    };

    public async ValueTask DisposeAsync()
    {
        disposed = true;
        await LeaveAsync();
    }
}
