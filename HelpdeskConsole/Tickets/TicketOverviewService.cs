using HelpdeskConsole.Data;
using HelpdeskConsole.Identity;
using HelpdeskConsole.Teams;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskConsole.Tickets;

/// <summary>The home page's live dashboard, scoped to what the viewer may see, on the desk's own clock.</summary>
public sealed class TicketOverviewService(IDbContextFactory<HelpdeskDbContext> contextFactory, TeamClock teamClock, TimeProvider clock)
{
    /// <summary>How many past same weekdays make the "usual" arrivals curve.</summary>
    public const int AverageWeeks = 8;

    public async Task<TicketOverview> GetAsync(Viewer viewer, CancellationToken cancellationToken = default)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(await teamClock.TimeZoneOfAsync(viewer, cancellationToken));
        var today = DeskDay.Today(clock.GetUtcNow(), zone);

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var visible = db.Tickets.AsNoTracking().VisibleTo(viewer);
        var open = visible.Where(t => TicketStatusExtensions.Open.Contains(t.Status));

        var openCount = await open.CountAsync(cancellationToken);
        var unassigned = await open.CountAsync(t => t.AssigneeId == null, cancellationToken);
        var mine = await open.CountAsync(t => t.AssigneeId == viewer.UserId, cancellationToken);

        var todayArrivals = await visible.Where(t => t.CreatedAt >= today.StartUtc && t.CreatedAt < today.EndUtc)
            .Select(t => t.CreatedAt).ToListAsync(cancellationToken);

        var latest = await visible.OrderByDescending(t => t.CreatedAt).ThenByDescending(t => t.Id).Take(8)
            .Select(t => new TicketSummary(t.Id, t.Number, t.Subject, t.Category!.Code, t.Category.NameId, t.Category.NameEn,
                t.Status, t.Priority, t.CreatedAt))
            .ToListAsync(cancellationToken);

        return new TicketOverview(openCount, unassigned, mine, todayArrivals.Count, latest, zone.Id, today.Hourly(todayArrivals), today.Weekday);
    }

    /// <summary>
    /// Arrivals per hour on the same weekday over the past weeks, averaged: the "usual day" to compare today with.
    /// Slow-moving, so screens load it once rather than on every event.
    /// </summary>
    public async Task<double[]> UsualArrivalsPerHourAsync(Viewer viewer, CancellationToken cancellationToken = default)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(await teamClock.TimeZoneOfAsync(viewer, cancellationToken));
        var today = DeskDay.Today(clock.GetUtcNow(), zone);
        var totals = new double[24];

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var visible = db.Tickets.AsNoTracking().VisibleTo(viewer);
        for (var week = 1; week <= AverageWeeks; week++)
        {
            var day = today.AddDays(-7 * week);
            var arrivals = await visible.Where(t => t.CreatedAt >= day.StartUtc && t.CreatedAt < day.EndUtc)
                .Select(t => t.CreatedAt).ToListAsync(cancellationToken);
            var hourly = day.Hourly(arrivals);
            for (var h = 0; h < 24; h++)
            {
                totals[h] += hourly[h];
            }
        }

        return totals.Select(t => Math.Round(t / AverageWeeks, 1)).ToArray();
    }
}

/// <summary>One calendar day on a desk's clock, as a UTC range. Indonesia has no daylight saving, so a day is 24 hours.</summary>
public readonly record struct DeskDay(DateTime StartUtc, TimeZoneInfo Zone)
{
    public DateTime EndUtc => StartUtc.AddDays(1);

    public static DeskDay Today(DateTimeOffset now, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(now, zone);
        return new DeskDay(new DateTimeOffset(local.Date, local.Offset).UtcDateTime, zone);
    }

    public DayOfWeek Weekday => TimeZoneInfo.ConvertTimeFromUtc(StartUtc, Zone).DayOfWeek;

    public DeskDay AddDays(int days) => this with { StartUtc = StartUtc.AddDays(days) };

    public int[] Hourly(IEnumerable<DateTime> utcTimes)
    {
        var counts = new int[24];
        foreach (var t in utcTimes)
        {
            counts[(int)(t - StartUtc).TotalHours]++;
        }

        return counts;
    }
}

public sealed record TicketOverview(int Open, int Unassigned, int Mine, int NewToday, IReadOnlyList<TicketSummary> Latest,
    string TimeZoneId, int[] ArrivalsPerHour, DayOfWeek Weekday);

public sealed record TicketSummary(int Id, string Number, string Subject, string CategoryCode, string CategoryNameId,
    string CategoryNameEn, TicketStatus Status, TicketPriority Priority, DateTime CreatedAt);
