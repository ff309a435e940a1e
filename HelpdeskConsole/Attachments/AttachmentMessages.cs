using HelpdeskConsole.Localization;
using HelpdeskConsole.Tickets;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace HelpdeskConsole.Attachments;

/// <summary>
/// Every message about attachments in the current UI language, in one place, so the API, the public form and
/// the console all say the same thing: what is accepted and how large it may be.
/// </summary>
public sealed class AttachmentMessages(
    IStringLocalizer<AttachmentStrings> localizer,
    IStringLocalizer<Strings> shared,
    IOptions<AttachmentOptions> options)
{
    public string MaxSize => AttachmentSize.Format(options.Value.MaxBytes);

    public int MaxPerTicket => options.Value.MaxPerTicket;

    /// <summary>"Images (PNG, JPEG, WEBP, GIF) or PDF, at most 10 MB per file."</summary>
    public string Accepted => localizer["Accepted", MaxSize];

    public string For(AttachmentProblem problem, TicketStatus? status = null, string? retryAfterSeconds = null) => problem switch
    {
        AttachmentProblem.NotFound => localizer["Problem_NotFound"],
        AttachmentProblem.Missing => localizer["Problem_Missing", Accepted],
        AttachmentProblem.Empty => localizer["Problem_Empty", Accepted],
        AttachmentProblem.TooLarge => localizer["Problem_TooLarge", MaxSize, Accepted],
        AttachmentProblem.UnsupportedType => localizer["Problem_UnsupportedType", Accepted],
        AttachmentProblem.TicketClosed when status is { } s => localizer["Problem_TicketClosedAs", shared.Label(s)],
        AttachmentProblem.TicketClosed => localizer["Problem_TicketClosed"],
        AttachmentProblem.TooMany => localizer["Problem_TooMany", MaxPerTicket],
        AttachmentProblem.UnknownMessage => localizer["Problem_UnknownMessage"],
        AttachmentProblem.Throttled => localizer["Problem_Throttled", retryAfterSeconds ?? "60"],
        AttachmentProblem.FormExpired => localizer["Problem_FormExpired"],
        _ => throw new ArgumentOutOfRangeException(nameof(problem), problem, null),
    };

    public string Citizen => localizer["Citizen"];

    /// <summary>The title of a refusal (the API's problem details).</summary>
    public string Refused => localizer["Problem_Title"];

    public string Damaged => localizer["Problem_Damaged"];
}
