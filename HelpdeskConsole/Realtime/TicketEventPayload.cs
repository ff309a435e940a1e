using HelpdeskConsole.Tickets;

namespace HelpdeskConsole.Realtime;

/// <summary>
/// What a push says about a ticket, to consoles and hub clients alike: identifiers and classification only.
/// Never a name, NIK, phone, email or message body.
/// </summary>
public sealed record TicketEventPayload(
    long Sequence,
    int TicketId,
    string Number,
    string Subject,
    string CategoryCode,
    string Priority,
    string Status,
    int TeamId,
    string? AssigneeId,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    DateTime? DueAt = null);

/// <summary>
/// What the hub sends as <c>TicketEscalated</c> (and <c>EscalationAcknowledged</c>): the level a ticket's deadline
/// reached, with identifiers only.
/// </summary>
public sealed record TicketEscalatedPayload(
    long Sequence,
    int TicketId,
    string Number,
    string Level,
    DateTime? DueAt,
    int TeamId,
    string? AssigneeId);

/// <summary>An event as the in-process bus carries it: the payload plus what is needed to decide who may see it.</summary>
public sealed record TicketEventMessage(TicketEventType Type, TicketEventPayload Payload, bool IsConfidential,
    Escalation.EscalationLevel? Level = null)
{
    public static TicketEventMessage From(TicketEvent e) => new(
        e.Type,
        new TicketEventPayload(e.Sequence, e.TicketId, e.Number, e.Subject, e.CategoryCode, e.Priority.ToString(),
            e.Status.Code(), e.TeamId, e.AssigneeId, e.TicketCreatedAt, e.TicketUpdatedAt, e.DueAt),
        e.IsConfidential,
        e.Level);

    public bool IsEscalation => Type is TicketEventType.TicketEscalated or TicketEventType.EscalationAcknowledged;

    /// <summary>The hub's payload for this event: the escalation shape for escalation events, the ticket shape otherwise.</summary>
    public object HubPayload => IsEscalation
        ? new TicketEscalatedPayload(Payload.Sequence, Payload.TicketId, Payload.Number, (Level ?? Escalation.EscalationLevel.None).ToString(),
            Payload.DueAt, Payload.TeamId, Payload.AssigneeId)
        : Payload;

    public long Sequence => Payload.Sequence;
}
