using HelpdeskConsole.Identity;

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
                && (t.Complainant!.IdentityMode != IdentityMode.Rahasia || t.AssigneeId == viewer.UserId));
    }
}
