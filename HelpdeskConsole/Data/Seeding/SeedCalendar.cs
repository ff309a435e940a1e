using HelpdeskConsole.Teams;
using HelpdeskConsole.Tickets;

namespace HelpdeskConsole.Data.Seeding;

/// <summary>
/// When seeded things happen: the volume over the months (growing, with the THR peak before Eid), the hours
/// citizens write, the hours officers work, and which status a ticket of a given age has reached.
/// Offsets are fixed (WIB +7, WITA +8, WIT +9: Indonesia has no daylight saving), so the result does not depend
/// on the machine's time-zone database.
/// </summary>
internal static class SeedCalendar
{
    /// <summary>
    /// Idul Fitri (1 Syawal) as set by the government; later years are the published estimates.
    /// THR must be paid 7 days before, so complaints pile up in the weeks around it.
    /// </summary>
    public static readonly IReadOnlyList<DateTime> IdulFitri =
    [
        new(2024, 4, 10), new(2025, 3, 31), new(2026, 3, 20), new(2027, 3, 10),
        new(2028, 2, 27), new(2029, 2, 14), new(2030, 2, 4), new(2031, 1, 24),
    ];

    public static TimeSpan Offset(string timeZoneId) => timeZoneId switch
    {
        IndonesianTimeZones.Wita => TimeSpan.FromHours(8),
        IndonesianTimeZones.Wit => TimeSpan.FromHours(9),
        _ => TimeSpan.FromHours(7),
    };

    /// <summary>
    /// How many times the usual THR volume arrives on this day: about 4x in the weeks before Eid, a smaller rise
    /// before Christmas (THR is due before each worker's own religious holiday), little in between.
    /// </summary>
    public static double ThrFactor(DateTime utc)
    {
        foreach (var eid in IdulFitri)
        {
            var days = (utc - eid).TotalDays;
            if (days is >= -21 and <= 5)
            {
                return 4.0;
            }

            if (days is >= -30 and <= 12)
            {
                return 2.0;
            }
        }

        return utc is { Month: 12, Day: <= 24 } ? 1.5 : 0.6;
    }

    /// <summary>Whether a religious holiday is near enough for "THR not paid yet" complaints.</summary>
    public static bool IsThrSeason(DateTime utc) => ThrFactor(utc) > 1;

    /// <summary>
    /// The start of a demo period of about six months, pulled back to include the last THR peak when it lies
    /// within the past ten months, so the demo always shows the seasonal pattern.
    /// </summary>
    public static DateTime DemoPeriodStart(DateTime nowUtc)
    {
        var start = nowUtc.AddDays(-182);
        var lastEid = IdulFitri.LastOrDefault(e => e <= nowUtc);
        if (lastEid != default)
        {
            var peakStart = lastEid.AddDays(-35);
            if (peakStart < start && peakStart >= nowUtc.AddDays(-300))
            {
                start = peakStart;
            }
        }

        return start;
    }

    /// <summary>Relative intake in a local hour: office hours busiest, nights quiet, weekends at half.</summary>
    public static double HourWeight(DateTime local)
    {
        var hour = local.Hour switch
        {
            < 5 => 0.15,
            < 7 => 0.5,
            < 12 => 2.0,
            < 13 => 1.4,
            < 17 => 1.8,
            < 21 => 1.0,
            _ => 0.5,
        };
        return local.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? hour * 0.45 : hour;
    }

    /// <summary>Whether the desk is staffed: Monday to Thursday 07:30-16:00, Friday 07:30-16:30.</summary>
    public static bool IsWorkingTime(DateTime local)
    {
        if (local.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            return false;
        }

        var time = local.TimeOfDay;
        var end = local.DayOfWeek == DayOfWeek.Friday ? new TimeSpan(16, 30, 0) : new TimeSpan(16, 0, 0);
        return time >= new TimeSpan(7, 30, 0) && time < end;
    }

    /// <summary>The given moment if the desk is open, otherwise the next opening plus a few minutes to get going.</summary>
    public static DateTime NextWorkingTime(DateTime utc, TimeSpan offset, Random random)
    {
        var local = utc + offset;
        if (IsWorkingTime(local))
        {
            return utc;
        }

        var day = local.TimeOfDay < new TimeSpan(7, 30, 0) ? local.Date : local.Date.AddDays(1);
        while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            day = day.AddDays(1);
        }

        return DateTime.SpecifyKind(day.AddHours(7.5) - offset, DateTimeKind.Utc) + random.Between(TimeSpan.FromMinutes(3), TimeSpan.FromMinutes(95));
    }

    /// <summary>Citizens write at any hour, but rarely between midnight and six.</summary>
    public static DateTime CitizenTime(DateTime utc, TimeSpan offset, Random random)
    {
        var local = utc + offset;
        if (local.Hour >= 6)
        {
            return utc;
        }

        return DateTime.SpecifyKind(local.Date.AddHours(6) - offset, DateTimeKind.Utc) + random.Between(TimeSpan.Zero, TimeSpan.FromHours(4));
    }

    /// <summary>
    /// Working days the desk has had since <paramref name="fromUtc"/>: what decides how far a ticket can have got.
    /// A ticket that arrived on Friday evening is still new on Sunday. Long spans are approximated (5 of 7 days).
    /// </summary>
    public static double WorkingDaysBetween(DateTime fromUtc, DateTime toUtc, TimeSpan offset)
    {
        if (toUtc <= fromUtc)
        {
            return 0;
        }

        if ((toUtc - fromUtc).TotalDays > 30)
        {
            return (toUtc - fromUtc).TotalDays * 5 / 7;
        }

        var from = fromUtc + offset;
        var to = toUtc + offset;
        var hours = 0.0;
        for (var day = from.Date; day <= to.Date; day = day.AddDays(1))
        {
            if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            {
                continue;
            }

            var open = day.AddHours(7.5);
            var close = day.AddHours(day.DayOfWeek == DayOfWeek.Friday ? 16.5 : 16);
            var start = from > open ? from : open;
            var end = to < close ? to : close;
            if (end > start)
            {
                hours += (end - start).TotalHours;
            }
        }

        return hours / 8.5;
    }

    private static readonly TicketStatus[] Statuses = Enum.GetValues<TicketStatus>();

    // Weights per status in enum order: Baru, Verifikasi, PerluKelengkapan, Diproses, MenungguTanggapan,
    // Diteruskan, Selesai, Diarsipkan, by working days of age. Old tickets are nearly all closed (domain.md:
    // about 92% of tickets older than 60 days end resolved).
    private static readonly (double MaxWorkingDays, double[] Weights)[] StatusByAge =
    [
        (0.25, [75, 20, 0, 5, 0, 0, 0, 0]),
        (1, [40, 28, 8, 16, 5, 0, 1, 2]),
        (3, [12, 18, 14, 30, 12, 3, 9, 2]),
        (10, [2, 5, 12, 28, 18, 4, 28, 3]),
        (42, [0, 1, 5, 9, 7, 3, 71, 4]),
        (double.MaxValue, [0, 0, 0.3, 0.7, 0, 2, 94, 3]),
    ];

    /// <summary>The status a ticket of this age (in working days) has plausibly reached.</summary>
    public static TicketStatus StatusForAge(double workingDays, Random random)
    {
        foreach (var (maxAge, weights) in StatusByAge)
        {
            if (workingDays < maxAge)
            {
                return Statuses[random.PickIndex(weights)];
            }
        }

        return TicketStatus.Selesai;
    }
}
