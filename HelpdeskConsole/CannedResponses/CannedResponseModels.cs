namespace HelpdeskConsole.CannedResponses;

/// <summary>What a library editor submits: a new text, or the new state of an existing one.</summary>
public sealed record ResponseInput
{
    public string? Title { get; init; }
    public string? Shortcut { get; init; }
    public string? Body { get; init; }

    /// <summary><c>id</c> or <c>en</c>.</summary>
    public string? Language { get; init; }

    public int? CategoryId { get; init; }
    public ResponsePurpose? Purpose { get; init; }
    public IReadOnlyList<string> Tags { get; init; } = [];
    public ResponseVisibility Visibility { get; init; } = ResponseVisibility.Personal;

    /// <summary>The team of a team text (leads: always their own).</summary>
    public int? TeamId { get; init; }

    /// <summary>The same text in the other language, or null for none.</summary>
    public int? TranslationId { get; init; }
}

public enum ResponseSort
{
    MostUsed,
    Title,
    Updated,
}

/// <summary>Which part of the library to list.</summary>
public enum ResponseScope
{
    /// <summary>Everything the viewer may read.</summary>
    All,

    /// <summary>The viewer's own personal texts.</summary>
    Mine,

    /// <summary>Proposals waiting for this lead's (or an admin's) approval.</summary>
    AwaitingApproval,
}

public sealed record ResponseFilter(
    string? Search = null,
    ResponsePurpose? Purpose = null,
    int? CategoryId = null,
    string? Language = null,
    string? Tag = null,
    ResponseScope Scope = ResponseScope.All,
    ResponseSort Sort = ResponseSort.MostUsed);

/// <summary>One text in the library, with what the viewer may do with it.</summary>
public sealed record ResponseListItem(
    int Id,
    string Title,
    string Shortcut,
    string Body,
    string Language,
    int? CategoryId,
    string? CategoryCode,
    ResponsePurpose Purpose,
    IReadOnlyList<string> Tags,
    ResponseVisibility Visibility,
    int? TeamId,
    string? TeamName,
    string OwnerId,
    string OwnerName,
    bool IsProposed,
    string? ReviewNote,
    int? TranslationId,
    int Version,
    DateTime UpdatedAt,
    string? UpdatedByName,
    int Uses,
    DateTime? LastUsedAt,
    bool CanEdit,
    bool CanReview);

/// <summary>One version of a text, as the history dialog shows it.</summary>
public sealed record ResponseVersionView(
    int Number,
    ResponseChange Change,
    IReadOnlyList<string> ChangedFields,
    string? Note,
    string Title,
    string Shortcut,
    string Body,
    string Language,
    string? CategoryCode,
    ResponsePurpose Purpose,
    IReadOnlyList<string> Tags,
    ResponseVisibility Visibility,
    string AuthorName,
    DateTime At);

/// <summary>A text the picker and the script panel offer, with what ranking needs.</summary>
public sealed record PickableResponse(
    int Id,
    string Shortcut,
    string Title,
    string Body,
    string Language,
    int? CategoryId,
    ResponsePurpose Purpose,
    IReadOnlyList<string> Tags,
    int Uses);

/// <summary>What an import did, row by row where it could not.</summary>
public sealed record ImportSummary(int Created, int Updated, int Unchanged, IReadOnlyList<ImportProblem> Problems);

/// <param name="Row">The row (CSV, after the header) or the item (JSON), counted from 1.</param>
public sealed record ImportProblem(int Row, string Shortcut, string Message);

public enum ExportFormat
{
    Json,
    Csv,
}

public sealed record LibraryTeam(int Id, string Name, string TimeZoneId);

/// <summary>The categories and teams the library's filters and editor choose from.</summary>
public sealed record LibraryOptions(IReadOnlyList<Tickets.QueueCategory> Categories, IReadOnlyList<LibraryTeam> Teams);
