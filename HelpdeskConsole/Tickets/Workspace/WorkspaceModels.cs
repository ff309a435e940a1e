namespace HelpdeskConsole.Tickets.Workspace;

/// <summary>Everything the workspace shows about one ticket, already filtered by what the viewer may see.</summary>
public sealed record WorkspaceTicket(
    int Id,
    string Number,
    string TrackingCode,
    string Subject,
    TicketStatus Status,
    TicketPriority Priority,
    TicketKind Kind,
    TicketChannel Channel,
    int CategoryId,
    string CategoryCode,
    string CategoryNameId,
    string CategoryNameEn,
    int TeamId,
    string TeamName,
    string TimeZoneId,
    string? AssigneeId,
    string? AssigneeName,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    DateTime? FirstResponseAt,
    string? ForwardedTo,
    string? ClosingNote,
    long Version,
    long LastHistoryId,
    bool IsConfidential,
    ComplainantView Complainant,
    IReadOnlyList<TimelineEntry> Timeline,
    IReadOnlyList<TicketAction> Actions,
    Escalation.Deadline? Deadline);

/// <summary>
/// The complainant as this viewer may see them. NIK is never sent unmasked here: <see cref="MaskedNik"/> shows the
/// last four digits, and the full number only comes from a logged reveal.
/// </summary>
public sealed record ComplainantView(
    IdentityMode Mode,
    bool IdentityHidden,
    string? Name,
    string? MaskedNik,
    string? Phone,
    string? Email,
    string? Address);

public enum TimelineKind
{
    CitizenMessage,
    PublicReply,
    InternalNote,
    Event,
    Attachment,
}

/// <summary>One line of the conversation or of the history, in time order.</summary>
public sealed record TimelineEntry(
    long Key,
    DateTime At,
    TimelineKind Kind,
    string? Author,
    string? Body,
    TicketHistoryAction? Action = null,
    string? From = null,
    string? To = null,
    string? Note = null,
    long? AttachmentId = null,
    string? ContentType = null);

/// <summary>A colleague the ticket can be given to.</summary>
public sealed record Assignable(string UserId, string DisplayName, bool IsLead);

public enum WorkspaceOutcome
{
    Saved,
    /// <summary>Someone else changed the ticket since it was loaded: nothing was saved.</summary>
    Conflict,
    /// <summary>Not allowed (lifecycle, validation, rights): nothing was saved; <see cref="WorkspaceResult.Message"/> says why.</summary>
    Refused,
    /// <summary>The ticket does not exist, or this viewer may not see it (the same answer, on purpose).</summary>
    NotFound,
}

public sealed record WorkspaceResult(WorkspaceOutcome Outcome, string? Message = null, IReadOnlyList<TimelineEntry>? Changes = null, string? Value = null)
{
    public bool Succeeded => Outcome == WorkspaceOutcome.Saved;

    public static WorkspaceResult Saved(string? value = null) => new(WorkspaceOutcome.Saved, Value: value);

    public static WorkspaceResult Refused(string message) => new(WorkspaceOutcome.Refused, message);

    public static readonly WorkspaceResult NotFound = new(WorkspaceOutcome.NotFound);
}

/// <summary>What the page knew when the officer started: a save is refused if the ticket moved on since.</summary>
public sealed record Loaded(int TicketId, long Version, long LastHistoryId);
