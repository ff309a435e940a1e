using HelpdeskConsole.Data;
using HelpdeskConsole.Identity;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskConsole.Tickets;

/// <summary>
/// The one answer to "may this person see this ticket?", for pages, downloads, APIs and hubs alike. It is the
/// queue's rule (<see cref="TicketVisibility.VisibleTo(IQueryable{Ticket}, Identity.Viewer)"/>) applied to a single ticket, read from the database now.
/// </summary>
public sealed class TicketAccess(IDbContextFactory<HelpdeskDbContext> contextFactory)
{
    public async Task<bool> CanSeeAsync(Viewer viewer, int ticketId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Tickets.AsNoTracking().VisibleTo(viewer).AnyAsync(t => t.Id == ticketId, cancellationToken);
    }
}
