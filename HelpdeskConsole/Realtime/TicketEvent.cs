using HelpdeskConsole.Tickets;

namespace HelpdeskConsole.Realtime;

/// <summary>
/// One row of the persisted event log: what happened to a ticket, written in the same transaction as the
/// change itself. <see cref="Sequence"/> is handed out by <see cref="EventSequence"/> under a row lock, so
/// sequence order is commit order on SQLite and PostgreSQL alike, and a client that asks for
/// "everything after N" never skips an event that commits late.
/// </summary>
public class TicketEvent
{
    public long Sequence { get; set; }
    public TicketEventType Type { get; set; }
    public DateTime OccurredAt { get; set; }

    public int TicketId { get; set; }
    public required string Number { get; set; }
    public required string Subject { get; set; }
    public required string CategoryCode { get; set; }
    public TicketPriority Priority { get; set; }
    public TicketStatus Status { get; set; }
    public int TeamId { get; set; }
    public string? AssigneeId { get; set; }

    /// <summary>A confidential (rahasia) report: only the team's leads, its assignee and admins receive it.</summary>
    public bool IsConfidential { get; set; }

    /// <summary>For <see cref="TicketEventType.TicketEscalated"/>: the level reached, and the deadline it is about.</summary>
    public Escalation.EscalationLevel? Level { get; set; }

    /// <summary>The ticket's current deadline (null while paused or closed).</summary>
    public DateTime? DueAt { get; set; }

    public DateTime TicketCreatedAt { get; set; }
    public DateTime TicketUpdatedAt { get; set; }
}

public enum TicketEventType
{
    TicketCreated,
    TicketChanged,

    /// <summary>An escalation level was applied; the alert stays on screen until acknowledged.</summary>
    TicketEscalated,

    /// <summary>Somebody acknowledged an escalation alert: the others' bells update.</summary>
    EscalationAcknowledged,

    /// <summary>Automatic assignment found nobody available under capacity: the ticket waits, and the team's leads are told.</summary>
    AssignmentNeeded,
}

/// <summary>The single-row counter behind <see cref="TicketEvent.Sequence"/>.</summary>
public class EventSequence
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;
    public long Value { get; set; }
}
