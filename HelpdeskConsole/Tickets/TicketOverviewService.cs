using HelpdeskConsole.Data;
using HelpdeskConsole.Identity;
using HelpdeskConsole.Teams;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskConsole.Tickets;

/// <summary>The figures and latest tickets on the console's home page, scoped to what the viewer may see.</summary>
public sealed class TicketOverviewService(IDbContextFactory<HelpdeskDbContext> contextFactory, TimeProvider clock)
{
    public async Task<TicketOverview> GetAsync(Viewer viewer, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var visible = db.Tickets.AsNoTracking().VisibleTo(viewer);
        var open = visible.Where(t => TicketStatusExtensions.Open.Contains(t.Status));

        // "Today" is the desk's day in its own time zone, not the server's.
        var timeZoneId = await TeamTimeZoneAsync(db, viewer, cancellationToken);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(timeZoneId);
        var localNow = TimeZoneInfo.ConvertTime(clock.GetUtcNow(), zone);
        var startOfDayUtc = new DateTimeOffset(localNow.Date, localNow.Offset).UtcDateTime;

        var openCount = await open.CountAsync(cancellationToken);
        var unassigned = await open.CountAsync(t => t.AssigneeId == null, cancellationToken);
        var mine = await open.CountAsync(t => t.AssigneeId == viewer.UserId, cancellationToken);
        var newToday = await visible.CountAsync(t => t.CreatedAt >= startOfDayUtc, cancellationToken);

        var latest = await visible.OrderByDescending(t => t.CreatedAt).Take(10)
            .Select(t => new TicketSummary(t.Id, t.Number, t.Subject, t.Category!.Code, t.Category.NameId, t.Category.NameEn,
                t.Status, t.Priority, t.CreatedAt))
            .ToListAsync(cancellationToken);

        return new TicketOverview(openCount, unassigned, mine, newToday, latest, timeZoneId);
    }

    private static async Task<string> TeamTimeZoneAsync(HelpdeskDbContext db, Viewer viewer, CancellationToken cancellationToken) =>
        viewer.TeamId is { } teamId
            ? await db.Teams.Where(t => t.Id == teamId).Select(t => t.TimeZoneId).SingleOrDefaultAsync(cancellationToken) ?? IndonesianTimeZones.Wib
            : IndonesianTimeZones.Wib;
}

public sealed record TicketOverview(int Open, int Unassigned, int Mine, int NewToday, IReadOnlyList<TicketSummary> Latest, string TimeZoneId)
{
    /// <summary>A UTC time as the desk's clock shows it.</summary>
    public DateTime ToDeskTime(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(utc, TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId));
}

public sealed record TicketSummary(int Id, string Number, string Subject, string CategoryCode, string CategoryNameId,
    string CategoryNameEn, TicketStatus Status, TicketPriority Priority, DateTime CreatedAt);
