using HelpdeskConsole.Identity;

namespace HelpdeskConsole.Tickets;

/// <summary>
/// One line of a ticket's append-only history: who changed what, when, from which value to which.
/// The context refuses to update or delete these rows.
/// </summary>
public class TicketHistoryEntry
{
    public long Id { get; set; }
    public int TicketId { get; set; }
    public Ticket? Ticket { get; set; }
    public DateTime At { get; set; }

    /// <summary>The officer who acted; null for the citizen or the system.</summary>
    public string? ActorId { get; set; }
    public ApplicationUser? Actor { get; set; }

    public TicketHistoryAction Action { get; set; }
    public string? FromValue { get; set; }
    public string? ToValue { get; set; }

    /// <summary>A reason or remark, e.g. why the NIK was revealed. Never personal data itself.</summary>
    public string? Note { get; set; }
}

public enum TicketHistoryAction
{
    Created,
    StatusChanged,
    Assigned,
    PriorityChanged,
    CategoryChanged,
    TeamChanged,
    KindChanged,
    Replied,
    NoteAdded,
    CitizenReplied,
    Forwarded,
    Escalated,
    IdentityRevealed,
    Reopened,
    AttachmentAdded,
    Archived,
    Resolved,

    /// <summary>The SLA clock stopped: the ticket waits on the citizen (ToValue: the status).</summary>
    ClockPaused,

    /// <summary>The SLA clock runs again (ToValue: the status).</summary>
    ClockResumed,

    /// <summary>The ticket's escalation was acknowledged (ToValue: the level).</summary>
    EscalationAcknowledged,
}
