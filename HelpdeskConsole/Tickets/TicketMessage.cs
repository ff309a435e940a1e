using HelpdeskConsole.Identity;

namespace HelpdeskConsole.Tickets;

/// <summary>One entry of a ticket's conversation: the citizen's words, a public reply or an internal note.</summary>
public class TicketMessage
{
    public long Id { get; set; }
    public int TicketId { get; set; }
    public Ticket? Ticket { get; set; }
    public MessageType Type { get; set; }
    public required string Body { get; set; }

    /// <summary>The officer who wrote it; null for the citizen.</summary>
    public string? AuthorId { get; set; }
    public ApplicationUser? Author { get; set; }

    public DateTime CreatedAt { get; set; }
}
