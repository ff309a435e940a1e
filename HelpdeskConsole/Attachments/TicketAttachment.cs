using HelpdeskConsole.Identity;
using HelpdeskConsole.Tickets;

namespace HelpdeskConsole.Attachments;

/// <summary>
/// Evidence attached to a ticket (pay slips, contracts, photos). The bytes live under the data directory,
/// named by <see cref="StorageKey"/>; the database keeps what the file is, who sent it and a checksum.
/// </summary>
public class TicketAttachment
{
    public long Id { get; set; }
    public int TicketId { get; set; }
    public Ticket? Ticket { get; set; }

    /// <summary>The message it came with, if any (a reply with evidence).</summary>
    public long? MessageId { get; set; }
    public TicketMessage? Message { get; set; }

    /// <summary>The name the sender gave it, cleaned of paths and control characters; shown, never used on disk.</summary>
    public required string FileName { get; set; }

    /// <summary>The type found by reading the content (never the name's extension): image/png, image/jpeg, image/webp, image/gif, application/pdf (see <see cref="AttachmentContent"/>).</summary>
    public required string ContentType { get; set; }

    public long Size { get; set; }

    /// <summary>A random name under the data directory's attachments folder.</summary>
    public required string StorageKey { get; set; }

    /// <summary>SHA-256 of the content, hex: detects a file changed on disk.</summary>
    public required string Sha256 { get; set; }

    /// <summary>The officer who attached it; null when the citizen did.</summary>
    public string? UploadedById { get; set; }
    public ApplicationUser? UploadedBy { get; set; }

    public DateTime CreatedAt { get; set; }
}
