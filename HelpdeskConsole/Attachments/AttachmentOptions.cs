using System.ComponentModel.DataAnnotations;

namespace HelpdeskConsole.Attachments;

/// <summary>Settings under <c>Attachments</c> (environment: <c>Attachments__*</c>), checked at start.</summary>
public sealed class AttachmentOptions
{
    public const string Section = "Attachments";

    /// <summary>The largest file accepted, in bytes. Default 10 MB: a phone photo or a scanned contract.</summary>
    [Range(1024, 1024L * 1024 * 1024, ErrorMessage = "Attachments:{0} must be from {1} to {2} bytes (1 KB to 1 GB).")]
    public long MaxBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>How many files one ticket may carry, from the citizen and officers together.</summary>
    [Range(1, 1000, ErrorMessage = "Attachments:{0} must be from {1} to {2}.")]
    public int MaxPerTicket { get; set; } = 20;
}
