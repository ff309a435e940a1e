using HelpdeskConsole.Identity;
using HelpdeskConsole.Teams;
using HelpdeskConsole.Tickets;

namespace HelpdeskConsole.CannedResponses;

/// <summary>Who may use a canned response: the whole desk, one team, or only its owner.</summary>
public enum ResponseVisibility
{
    Everyone,
    Team,
    Personal,
}

/// <summary>
/// An approved (or personal) text for one stage of a good answer, in one language. Officers write personal texts
/// and may propose them to their team; a lead's approval makes them the team's. Every change is kept as a
/// <see cref="CannedResponseVersion"/>; archived texts stay, so their history and usage do too.
/// </summary>
public class CannedResponse
{
    public int Id { get; set; }
    public required string Title { get; set; }

    /// <summary>What an officer types after <c>::</c>, e.g. <c>salam-umum</c>. Unique per language within one visibility scope.</summary>
    public required string Shortcut { get; set; }

    /// <summary>Markdown with allow-listed placeholders only (see <see cref="Placeholders"/>).</summary>
    public required string Body { get; set; }

    /// <summary><c>id</c> or <c>en</c>.</summary>
    public required string Language { get; set; }

    /// <summary>The same text in the other language, linked both ways.</summary>
    public int? TranslationId { get; set; }

    /// <summary>The category it is written for; null for every category.</summary>
    public int? CategoryId { get; set; }
    public Category? Category { get; set; }

    public ResponsePurpose Purpose { get; set; }

    /// <summary>Lower-case tags, stored as <c>;a6:attitude;thr;</c> so one <c>Contains</c> finds a whole tag.</summary>
    public string Tags { get; set; } = "";

    public ResponseVisibility Visibility { get; set; }

    /// <summary>The team of a team text, and the team a personal text is proposed to.</summary>
    public int? TeamId { get; set; }
    public Team? Team { get; set; }

    /// <summary>Who wrote it first: the owner of a personal text.</summary>
    public required string OwnerId { get; set; }
    public ApplicationUser? Owner { get; set; }

    /// <summary>A personal text its owner asked the team's lead to approve for the team.</summary>
    public DateTime? ProposedAt { get; set; }

    public string? ApprovedById { get; set; }
    public DateTime? ApprovedAt { get; set; }

    /// <summary>Why the lead sent a proposal back (shown to its owner until the next proposal).</summary>
    public string? ReviewNote { get; set; }

    /// <summary>The number of the latest <see cref="CannedResponseVersion"/>; also the optimistic concurrency token.</summary>
    public int Version { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public string? UpdatedById { get; set; }
    public ApplicationUser? UpdatedBy { get; set; }

    /// <summary>Archived texts are no longer offered; their versions and usage are kept.</summary>
    public DateTime? ArchivedAt { get; set; }

    public List<CannedResponseVersion> Versions { get; set; } = [];
}

/// <summary>What a version records: how the text came to be as it is.</summary>
public enum ResponseChange
{
    Created,
    Edited,
    Proposed,
    Approved,
    Rejected,
    RolledBack,
    Archived,
    Imported,
}

/// <summary>One saved state of a canned response (append-only): who, when, what changed, and the whole text as it was then.</summary>
public class CannedResponseVersion
{
    public long Id { get; set; }
    public int ResponseId { get; set; }
    public CannedResponse? Response { get; set; }
    public int Number { get; set; }
    public ResponseChange Change { get; set; }

    /// <summary>The fields this version changed, comma separated (Title, Body, …); empty for a change of state only.</summary>
    public string ChangedFields { get; set; } = "";

    /// <summary>A rollback names the version it restored; a rejection its reason.</summary>
    public string? Note { get; set; }

    public required string Title { get; set; }
    public required string Shortcut { get; set; }
    public required string Body { get; set; }
    public required string Language { get; set; }
    public int? CategoryId { get; set; }
    public ResponsePurpose Purpose { get; set; }
    public string Tags { get; set; } = "";
    public ResponseVisibility Visibility { get; set; }
    public int? TeamId { get; set; }

    public required string AuthorId { get; set; }
    public ApplicationUser? Author { get; set; }
    public DateTime At { get; set; }
}

/// <summary>One use of a canned response in a reply that was sent: which text, which officer, which ticket.</summary>
public class CannedResponseUsage
{
    public long Id { get; set; }
    public int ResponseId { get; set; }
    public int TicketId { get; set; }
    public Ticket? Ticket { get; set; }
    public required string OfficerId { get; set; }
    public long MessageId { get; set; }
    public TicketMessage? Message { get; set; }
    public DateTime At { get; set; }
}
