using HelpdeskConsole.Data;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskConsole.Escalation;

/// <summary>
/// Hands out the current <see cref="SlaRules"/>, read from the database and kept for a minute, or until an admin
/// changes a policy, setting or calendar here (<see cref="Invalidate"/>). Another process's edits arrive within the
/// minute; the sweep always asks for fresh rules.
/// </summary>
public sealed class SlaRulesProvider(IDbContextFactory<HelpdeskDbContext> contextFactory, TimeProvider clock) : IDisposable
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);

    private readonly SemaphoreSlim loading = new(1, 1);
    private (SlaRules Rules, DateTimeOffset LoadedAt, long Generation)? cached;
    private long generation;

    public void Dispose() => loading.Dispose();

    public void Invalidate() => Interlocked.Increment(ref generation);

    public async Task<SlaRules> GetAsync(bool fresh = false, CancellationToken cancellationToken = default)
    {
        if (!fresh && Current() is { } rules)
        {
            return rules;
        }

        await loading.WaitAsync(cancellationToken);
        try
        {
            if (!fresh && Current() is { } loaded)
            {
                return loaded;
            }

            var wanted = Interlocked.Read(ref generation);
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            var result = await LoadAsync(db, cancellationToken);
            cached = (result, clock.GetUtcNow(), wanted);
            return result;
        }
        finally
        {
            loading.Release();
        }
    }

    private SlaRules? Current() =>
        cached is { } c && c.Generation == Interlocked.Read(ref generation) && clock.GetUtcNow() - c.LoadedAt < MaxAge ? c.Rules : null;

    /// <summary>Builds the rules from the database: small tables, read whole.</summary>
    public static async Task<SlaRules> LoadAsync(HelpdeskDbContext db, CancellationToken cancellationToken = default)
    {
        var policies = await db.SlaPolicies.AsNoTracking().ToListAsync(cancellationToken);
        var settings = await db.EscalationSettings.AsNoTracking().SingleOrDefaultAsync(cancellationToken) ?? new EscalationSettings();
        var holidays = (await db.Holidays.AsNoTracking().ToListAsync(cancellationToken)).Select(h => h.ToNonWorkingDay()).ToList();
        var ramadan = (await db.RamadanPeriods.AsNoTracking().ToListAsync(cancellationToken)).Select(r => r.ToDatePeriod()).ToList();
        var teams = await db.Teams.AsNoTracking().Select(t => new { t.Id, t.TimeZoneId, t.AlwaysOpen, t.KeepsRamadanHours }).ToListAsync(cancellationToken);
        var hours = (await db.TeamWorkingHours.AsNoTracking().ToListAsync(cancellationToken)).ToLookup(h => h.TeamId);

        var calendars = teams.ToDictionary(t => t.Id, t => t.AlwaysOpen
            ? WorkingCalendar.AlwaysOpen(t.TimeZoneId)
            : TeamCalendar(t.TimeZoneId, hours[t.Id].ToList(), holidays, t.KeepsRamadanHours ? ramadan : []));
        return new SlaRules(policies, settings, calendars,
            WorkingCalendar.CivilService(Teams.IndonesianTimeZones.Wib, holidays, ramadan));
    }

    /// <summary>A team's calendar from its rows of hours; a schedule without rows falls back to the civil service's.</summary>
    public static WorkingCalendar TeamCalendar(string timeZoneId, IReadOnlyList<TeamWorkingHours> hours,
        IReadOnlyList<NonWorkingDay> holidays, IReadOnlyList<DatePeriod> ramadan)
    {
        var regular = Schedule(hours, ScheduleKind.Regular) ?? WeeklySchedule.CivilService;
        var fasting = Schedule(hours, ScheduleKind.Ramadan) ?? WeeklySchedule.CivilServiceRamadan;
        return new WorkingCalendar(timeZoneId, regular, holidays, ramadan.Select(p => new SpecialSchedule(p, fasting)));
    }

    private static WeeklySchedule? Schedule(IReadOnlyList<TeamWorkingHours> hours, ScheduleKind kind)
    {
        var rows = hours.Where(h => h.Schedule == kind).ToList();
        if (rows.Count == 0)
        {
            return null;
        }

        var schedule = WeeklySchedule.Closed;
        foreach (var day in rows.GroupBy(r => r.Day))
        {
            schedule = schedule.With(day.Key, [.. day.OrderBy(r => r.Opens).Select(r => r.ToInterval())]);
        }

        return schedule.HasWorkingTime ? schedule : null;
    }
}
