using System.Globalization;
using HelpdeskConsole.Data;
using HelpdeskConsole.Escalation;
using HelpdeskConsole.Identity;
using HelpdeskConsole.Tickets;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskConsole.CannedResponses;

/// <summary>
/// What a canned response is filled with on one ticket, read for a viewer who may see the ticket. The deadline is the
/// one the citizen is promised: the resolution deadline, counted as the SLA clock counts it (none while it is paused).
/// </summary>
public sealed class ReplyValues(IDbContextFactory<HelpdeskDbContext> contextFactory, SlaClock slaClock, TimeProvider clock)
{
    public async Task<PlaceholderValues?> ForTicketAsync(Viewer viewer, int ticketId, string language, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var ticket = await db.Tickets.AsNoTracking().Include(t => t.Category).Include(t => t.Team).Include(t => t.Complainant)
            .VisibleTo(viewer).SingleOrDefaultAsync(t => t.Id == ticketId, cancellationToken);
        if (ticket is null)
        {
            return null;
        }

        var officer = await db.Users.AsNoTracking().Where(u => u.Id == viewer.UserId).Select(u => u.DisplayName).SingleOrDefaultAsync(cancellationToken) ?? "";
        DateTime? due = null;
        if (!ticket.Status.IsClosed())
        {
            var rules = await slaClock.RulesAsync(cancellationToken);
            var pauses = await SlaClock.PausesAsync(db, ticket.Id, ticket.SlaStartedAt, cancellationToken);
            // Answering is the first response: the deadline to promise is the resolution one.
            due = rules.Compute(SlaClock.Input(ticket) with { FirstResponseAt = ticket.FirstResponseAt ?? clock.GetUtcNow().UtcDateTime }, pauses).DueAt;
        }

        var english = language == "en";
        // Only an open (terbuka) report is answered by name; anonymous and confidential ones get the neutral greeting.
        return new PlaceholderValues(
            ticket.Complainant?.Name,
            IdentityHidden: ticket.Complainant?.IdentityMode != IdentityMode.Terbuka,
            ticket.Number,
            Intake.TrackingCode.Display(ticket.TrackingCode),
            english ? ticket.Category!.NameEn : ticket.Category!.NameId,
            due,
            ticket.Team!.TimeZoneId,
            officer,
            ticket.Team.Name,
            CultureInfo.GetCultureInfo(english ? "en-GB" : "id-ID"));
    }
}
