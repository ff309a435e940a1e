using HelpdeskConsole.Localization;
using Microsoft.Extensions.Localization;

namespace HelpdeskConsole.Tickets.Workspace;

/// <summary>How a history line reads in the timeline ("Rina changed the status New → In progress").</summary>
public static class TimelineText
{
    public static string Describe(TimelineEntry e, IStringLocalizer<WorkspaceStrings> w, IStringLocalizer<Strings> l) => e.Action switch
    {
        TicketHistoryAction.Created => w["Event_Created"],
        TicketHistoryAction.StatusChanged => w["Event_StatusChanged", Status(e.From, l), Status(e.To, l)],
        TicketHistoryAction.Assigned when e.To is null => w["Event_Unassigned", e.From ?? ""],
        TicketHistoryAction.Assigned => w["Event_Assigned", e.From ?? "", e.To],
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
        TicketHistoryAction.Escalated => w["Event_Escalated"],
        _ => w["Event_Other"],
    };

    private static string Status(string? value, IStringLocalizer<Strings> l) =>
        Enum.TryParse<TicketStatus>(value, out var s) ? l.Label(s) : value ?? "—";

    private static string Priority(string? value, IStringLocalizer<Strings> l) =>
        Enum.TryParse<TicketPriority>(value, out var p) ? l.Label(p) : value ?? "—";

    private static string Kind(string? value, IStringLocalizer<Strings> l) =>
        Enum.TryParse<TicketKind>(value, out var k) ? l.Label(k) : value ?? "—";
}
