using HelpdeskConsole.Identity;
using HelpdeskConsole.Realtime;

namespace HelpdeskConsole.Tickets;

public static class TicketVisibility
{
    /// <summary>
    /// The tickets a viewer may see: admins all; everyone else their own team's, except confidential
    /// (rahasia) reports, which only the team's leads and the assignee see. Every ticket query starts here.
    /// </summary>
    public static IQueryable<Ticket> VisibleTo(this IQueryable<Ticket> tickets, Viewer viewer)
    {
        if (viewer.IsAdmin)
        {
            return tickets;
        }

        if (viewer.TeamId is not { } teamId)
        {
            return tickets.Where(t => false);
        }

        return viewer.IsTeamLead
            ? tickets.Where(t => t.TeamId == teamId)
            : tickets.Where(t => t.TeamId == teamId
                && ((t.Complainant!.IdentityMode != IdentityMode.Rahasia && t.Kind != TicketKind.Wbs) || t.AssigneeId == viewer.UserId));
    }

    /// <summary>Confidential reports (rahasia, and whistleblowing) are for the team's leads, the assignee and admins only.</summary>
    public static bool IsConfidential(IdentityMode mode, TicketKind kind) => mode == IdentityMode.Rahasia || kind == TicketKind.Wbs;

    /// <summary>The same rule for one ticket already in hand (an event, a row): keep it in step with <see cref="VisibleTo(IQueryable{Ticket}, Viewer)"/>.</summary>
    public static bool CanSee(this Viewer viewer, int teamId, string? assigneeId, bool isConfidential) =>
        viewer.IsAdmin
        || (viewer.TeamId == teamId && (!isConfidential || viewer.IsTeamLead || assigneeId == viewer.UserId));

    /// <summary>The same rule over the event log, for catch-up reads and unseen counts.</summary>
    public static IQueryable<TicketEvent> VisibleTo(this IQueryable<TicketEvent> events, Viewer viewer)
    {
        if (viewer.IsAdmin)
        {
            return events;
        }

        if (viewer.TeamId is not { } teamId)
        {
            return events.Where(e => false);
        }

        return viewer.IsTeamLead
            ? events.Where(e => e.TeamId == teamId)
            : events.Where(e => e.TeamId == teamId && (!e.IsConfidential || e.AssigneeId == viewer.UserId));
    }
}
