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
    DateTime UpdatedAt);

/// <summary>An event as the in-process bus carries it: the payload plus what is needed to decide who may see it.</summary>
public sealed record TicketEventMessage(TicketEventType Type, TicketEventPayload Payload, bool IsConfidential)
{
    public static TicketEventMessage From(TicketEvent e) => new(
        e.Type,
        new TicketEventPayload(e.Sequence, e.TicketId, e.Number, e.Subject, e.CategoryCode, e.Priority.ToString(),
            e.Status.Code(), e.TeamId, e.AssigneeId, e.TicketCreatedAt, e.TicketUpdatedAt),
        e.IsConfidential);

    public long Sequence => Payload.Sequence;
}
