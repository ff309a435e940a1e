using HelpdeskConsole.Data;
using HelpdeskConsole.Identity;
using HelpdeskConsole.Tickets;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskConsole.Teams.Board;

/// <summary>A ticket someone else (a lead, the automatic assigner) has just given to this person.</summary>
public sealed record AssignmentNotice(int TicketId, string Number, string Subject, string? ByName, string? Reason, bool Escalated = false);

/// <summary>
/// Whether a ticket event means "this is yours now, from someone else": a push only hints, so the ticket and its last
/// assignment are read from the database before anyone is told.
/// </summary>
public sealed class AssignmentNotices(IDbContextFactory<HelpdeskDbContext> contextFactory)
{
    public async Task<AssignmentNotice?> NewlyAssignedAsync(Viewer viewer, int ticketId, DateTime sinceUtc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var ticket = await db.Tickets.AsNoTracking().VisibleTo(viewer).Where(x => x.Id == ticketId && x.AssigneeId == viewer.UserId)
            .Select(x => new { x.Id, x.Number, x.Subject, x.Status }).SingleOrDefaultAsync(cancellationToken);
        if (ticket is null || ticket.Status.IsClosed())
        {
            return null;
        }

        var last = await db.TicketHistory.AsNoTracking().Where(h => h.TicketId == ticketId && h.Action == TicketHistoryAction.Assigned)
            .OrderByDescending(h => h.Id)
            .Select(h => new { h.ActorId, h.At, h.Note, ActorName = h.Actor != null ? h.Actor.DisplayName : null })
            .FirstOrDefaultAsync(cancellationToken);
        return last is null || last.ActorId == viewer.UserId || last.At < sinceUtc
            ? null
            // The sweep's second level hands a ticket to the lead with a marker, not words for people.
            : last.Note?.StartsWith(Tickets.Workspace.TimelineText.SystemNotePrefix, StringComparison.Ordinal) == true
                ? new AssignmentNotice(ticket.Id, ticket.Number, ticket.Subject, null, null, Escalated: true)
                : new AssignmentNotice(ticket.Id, ticket.Number, ticket.Subject, last.ActorName, last.Note);
    }
}
