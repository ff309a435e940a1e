namespace HelpdeskConsole.Attachments;

/// <summary>Why an attachment was not stored. The wire codes are used in the public form's redirect.</summary>
public enum AttachmentProblem
{
    /// <summary>No such ticket, or (for officers) one they may not see: the two are never told apart.</summary>
    NotFound,
    /// <summary>No file was sent.</summary>
    Missing,
    Empty,
    TooLarge,
    UnsupportedType,
    /// <summary>The ticket is closed (SELESAI, DIARSIPKAN) or forwarded (DITERUSKAN): citizens can no longer add evidence.</summary>
    TicketClosed,
    TooMany,
    /// <summary>The message it should belong to is not on this ticket.</summary>
    UnknownMessage,
    /// <summary>The rate limit shared with complaint intake.</summary>
    Throttled,
    /// <summary>The public form's antiforgery token was missing or stale.</summary>
    FormExpired,
}

public static class AttachmentProblemCodes
{
    public static string Code(this AttachmentProblem problem) => problem switch
    {
        AttachmentProblem.NotFound => "not-found",
        AttachmentProblem.Missing => "missing",
        AttachmentProblem.Empty => "empty",
        AttachmentProblem.TooLarge => "too-large",
        AttachmentProblem.UnsupportedType => "type",
        AttachmentProblem.TicketClosed => "closed",
        AttachmentProblem.TooMany => "too-many",
        AttachmentProblem.UnknownMessage => "message",
        AttachmentProblem.Throttled => "throttled",
        AttachmentProblem.FormExpired => "expired",
        _ => throw new ArgumentOutOfRangeException(nameof(problem), problem, null),
    };

    public static AttachmentProblem? FromCode(string? code) =>
        Enum.GetValues<AttachmentProblem>().Cast<AttachmentProblem?>().FirstOrDefault(p => p!.Value.Code() == code);
}

/// <summary>An attachment as the uploader is told about it (the API's 201 body): nothing about the ticket.</summary>
public sealed record AttachmentInfo(long Id, string FileName, string ContentType, long Size, DateTime CreatedAt);

/// <summary>The outcome of an upload: the stored attachment, or the problem and a message in the caller's language.</summary>
public sealed record AttachmentResult(AttachmentInfo? Attachment, AttachmentProblem? Problem, string? Message)
{
    public bool Succeeded => Attachment is not null;
}

/// <summary>One attachment in a ticket's list, for officers.</summary>
/// <param name="UploadedBy">The officer's display name, or the word for "citizen" in the viewer's language.</param>
/// <param name="ByCitizen">Sent by the citizen (public form or API) rather than by an officer.</param>
/// <param name="IsImage">A raster image, previewable at <c>/attachments/{id}/preview</c>.</param>
public sealed record AttachmentListItem(
    long Id,
    string FileName,
    string ContentType,
    long Size,
    string UploadedBy,
    bool ByCitizen,
    DateTime CreatedAt,
    bool IsImage,
    long? MessageId)
{
    public string DownloadUrl => AttachmentEndpoints.DownloadPath(Id);

    public string? PreviewUrl => IsImage ? AttachmentEndpoints.PreviewPath(Id) : null;
}

public enum AttachmentOpenStatus
{
    Found,
    /// <summary>No such attachment, or the viewer may not see its ticket.</summary>
    NotFound,
    /// <summary>The row exists but the file is missing or no longer matches its checksum.</summary>
    Damaged,
}

/// <summary>A file ready to send; the caller disposes <see cref="Content"/> (the response does, when it is a result).</summary>
public sealed record AttachmentDownload(long Id, string FileName, string ContentType, long Size, Stream Content)
{
    public bool IsImage => AttachmentContent.IsRasterImage(ContentType);
}

public sealed record AttachmentOpenResult(AttachmentOpenStatus Status, AttachmentDownload? Download);
