using HelpdeskConsole.Escalation;
using HelpdeskConsole.Escalation.Alerts;
using HelpdeskConsole.Localization;
using Microsoft.Extensions.Localization;

namespace HelpdeskConsole.Tickets.Workspace;

/// <summary>How a history line reads in the timeline ("Rina changed the status New → In progress").</summary>
public static class TimelineText
{
    /// <summary>The note the escalation sweep leaves on the changes it makes itself; a marker for machines, not a remark for people.</summary>
    public const string SystemNotePrefix = "escalation:";

    /// <summary>The sweep raised the priority because the deadline passed.</summary>
    public const string BreachNote = SystemNotePrefix + "breach";

    /// <summary>The sweep handed the ticket to the team lead at the second escalation level.</summary>
    public const string SecondLevelNote = SystemNotePrefix + "second-level";

    public static string Describe(TimelineEntry e, IStringLocalizer<WorkspaceStrings> w, IStringLocalizer<Strings> l, IStringLocalizer<AlertStrings> a) => e.Action switch
    {
        TicketHistoryAction.Created => w["Event_Created"],
        TicketHistoryAction.StatusChanged => w["Event_StatusChanged", Status(e.From, l), Status(e.To, l)],
        TicketHistoryAction.Assigned when e.Note == SecondLevelNote && e.To is not null => w["Event_AssignedSecondLevel", e.From ?? "", e.To],
        TicketHistoryAction.Assigned when e.To is null => w["Event_Unassigned", e.From ?? ""],
        TicketHistoryAction.Assigned => w["Event_Assigned", e.From ?? "", e.To],
        TicketHistoryAction.PriorityChanged when e.Note == BreachNote => w["Event_PriorityRaisedOnBreach", Priority(e.From, l), Priority(e.To, l)],
        TicketHistoryAction.PriorityChanged => w["Event_PriorityChanged", Priority(e.From, l), Priority(e.To, l)],
        TicketHistoryAction.CategoryChanged => w["Event_CategoryChanged", e.From ?? "", e.To ?? ""],
        TicketHistoryAction.TeamChanged => w["Event_TeamChanged", e.From ?? "", e.To ?? ""],
        TicketHistoryAction.KindChanged => w["Event_KindChanged", Kind(e.From, l), Kind(e.To, l)],
        TicketHistoryAction.Forwarded => w["Event_Forwarded"],
        TicketHistoryAction.Resolved => w["Event_Resolved"],
        TicketHistoryAction.Archived => w["Event_Archived"],
        TicketHistoryAction.Reopened => w["Event_Reopened"],
        TicketHistoryAction.IdentityRevealed => w["Event_IdentityRevealed"],
        TicketHistoryAction.AttachmentAdded => w["Event_AttachmentAdded"],
        TicketHistoryAction.Escalated => Escalated(e, w),
        TicketHistoryAction.ClockPaused => w["Event_ClockPaused", Status(e.To, l)],
        TicketHistoryAction.ClockResumed => w["Event_ClockResumed", Status(e.To, l)],
        TicketHistoryAction.EscalationAcknowledged => Level(e.To) is { } level
            ? w["Event_EscalationAcknowledgedLevel", a.Label(level)]
            : w["Event_EscalationAcknowledged"],
        _ => w["Event_Other"],
    };

    /// <summary>Who the line names: the officer, or "System" for what nobody did by hand (the sweep's escalations).</summary>
    public static string Actor(TimelineEntry e, IStringLocalizer<WorkspaceStrings> w) =>
        IsBySystem(e) || e.Author is null ? w["Timeline_System"] : e.Author;

    /// <summary>The remark shown after the line, or null: the sweep's notes are markers (the kind of deadline, <c>escalation:*</c>), already told by the text.</summary>
    public static string? Remark(TimelineEntry e) =>
        string.IsNullOrEmpty(e.Note) || IsBySystem(e) ? null : e.Note;

    private static bool IsBySystem(TimelineEntry e) =>
        e.Action == TicketHistoryAction.Escalated || (e.Note?.StartsWith(SystemNotePrefix, StringComparison.Ordinal) ?? false);

    /// <summary>FromValue is the level before, ToValue the level reached, Note the deadline (FirstResponse or Resolution).</summary>
    private static string Escalated(TimelineEntry e, IStringLocalizer<WorkspaceStrings> w)
    {
        var deadline = Enum.TryParse<DeadlineKind>(e.Note, out var kind) && Enum.IsDefined(kind) ? w[$"Event_Deadline_{kind}"].Value : w["Event_Deadline_Unknown"].Value;
        return Level(e.To) is { } level ? w[$"Event_Escalated_{level}", deadline] : w["Event_Escalated"];
    }

    private static EscalationLevel? Level(string? value) =>
        Enum.TryParse<EscalationLevel>(value, out var level) && Enum.IsDefined(level) && level != EscalationLevel.None ? level : null;

    private static string Status(string? value, IStringLocalizer<Strings> l) =>
        Enum.TryParse<TicketStatus>(value, out var s) ? l.Label(s) : value ?? "—";

    private static string Priority(string? value, IStringLocalizer<Strings> l) =>
        Enum.TryParse<TicketPriority>(value, out var p) ? l.Label(p) : value ?? "—";

    private static string Kind(string? value, IStringLocalizer<Strings> l) =>
        Enum.TryParse<TicketKind>(value, out var k) ? l.Label(k) : value ?? "—";
}
