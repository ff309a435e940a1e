namespace HelpdeskConsole.Tickets.Presence;

/// <summary>
/// What the workspace shows about colleagues on the same ticket, from one officer's point of view. Cascaded by
/// <see cref="WorkspacePresence"/> to its child content (the reply editor, <see cref="ReplyCollisionWarning"/>).
/// </summary>
public sealed class WorkspacePresenceState
{
    public WorkspacePresenceState(TicketPresenceSnapshot snapshot, string userId, Activity composing)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        Snapshot = snapshot;
        UserId = userId;
        Composing = composing;
        Others = snapshot.Except(userId);
        OthersTypingReply = Others.Where(o => o.Activity == Activity.TypingReply).ToList();
        OthersTypingNote = Others.Where(o => o.Activity == Activity.TypingNote).ToList();
    }

    public TicketPresenceSnapshot Snapshot { get; }

    public string UserId { get; }

    /// <summary>What this officer is writing in this tab: set by the editor's keystrokes, cleared when it sends or empties.</summary>
    public Activity Composing { get; }

    /// <summary>The other officers with the ticket open ("you" are not among them, whatever your tabs).</summary>
    public IReadOnlyList<PresentOfficer> Others { get; }

    public IReadOnlyList<PresentOfficer> OthersTypingReply { get; }

    public IReadOnlyList<PresentOfficer> OthersTypingNote { get; }

    public bool SomeoneElseTypingReply => OthersTypingReply.Count > 0;

    /// <summary>This officer is writing a reply while someone else is too: the citizen could get two answers.</summary>
    public bool ReplyCollision => Composing == Activity.TypingReply && SomeoneElseTypingReply;
}
