using System.Collections.Frozen;
using System.Collections.ObjectModel;

namespace HelpdeskConsole.Escalation;

/// <summary>
/// A desk's working time: its time zone, weekly hours, closed dates and special periods (Ramadan), and the pure
/// arithmetic SLA deadlines need on top of them. Immutable and thread-safe, so one instance can serve a whole sweep.
/// </summary>
/// <remarks>
/// <para>Every instant in and out is a UTC <see cref="DateTime"/> (<see cref="DateTimeKind.Utc"/>); hours, dates and
/// holidays are read in the desk's local time. Indonesia's zones (WIB, WITA, WIT) have no daylight saving, so a local
/// working day maps to one fixed stretch of UTC. Other zones are accepted; an interval edge that falls in a skipped or
/// repeated hour is read at the zone's standard offset.</para>
/// <para>Working time is the union of each open date's intervals, each closed at its end ([start, end)). A date is
/// closed all day when it is a <see cref="NonWorkingDay"/> (confirmed or not); otherwise a
/// <see cref="SpecialSchedule"/> covering it replaces the weekly hours for that date.</para>
/// <para>The arithmetic walks from interval to interval (one or two a day), never minute by minute, and jumps over
/// pauses: a 14-working-day deadline visits about twenty dates.</para>
/// </remarks>
public sealed class WorkingCalendar
{
    /// <summary>A guard against a bad policy value making a sweep walk to the year 9999.</summary>
    public static readonly TimeSpan MaxWorkingDuration = TimeSpan.FromDays(36_525);

    /// <inheritdoc cref="MaxWorkingDuration"/>
    public const int MaxWorkingDays = 36_500;

    // Leaves room to add a day and 24 hours to a date without leaving DateTime's range.
    private static readonly DateOnly LastSupportedDate = DateOnly.MaxValue.AddDays(-2);

    private readonly FrozenSet<DateOnly> closedDates;
    private readonly SpecialSchedule[] specialSchedules;

    // From this instant (local or UTC) on, the zone's offset never changes: Indonesia's zones last changed in 1964.
    // Conversions after it are plain arithmetic, several times faster than TimeZoneInfo's rule lookups.
    private readonly DateTime fixedOffsetSince;

    /// <param name="timeZoneId">An IANA id: Asia/Jakarta (WIB), Asia/Makassar (WITA) or Asia/Jayapura (WIT).</param>
    /// <param name="weeklySchedule">The usual hours; it must have some working time, or no deadline could fall due.</param>
    /// <param name="nonWorkingDays">Holidays and collective leave; two entries may share a date (both close it).</param>
    /// <param name="specialSchedules">Date ranges with their own hours (Ramadan); they may not overlap each other.</param>
    /// <exception cref="ArgumentException">An unknown time zone, a schedule without working time, or overlapping special schedules.</exception>
    public WorkingCalendar(
        string timeZoneId,
        WeeklySchedule weeklySchedule,
        IEnumerable<NonWorkingDay>? nonWorkingDays = null,
        IEnumerable<SpecialSchedule>? specialSchedules = null)
    {
        TimeZone = FindTimeZone(timeZoneId);
        TimeZoneId = timeZoneId;
        fixedOffsetSince = FixedOffsetSince(TimeZone);

        ArgumentNullException.ThrowIfNull(weeklySchedule);
        if (!weeklySchedule.HasWorkingTime)
        {
            throw new ArgumentException(
                "The weekly schedule has no working hours, so no deadline could ever fall due. "
                + "Give at least one day working hours, or use WeeklySchedule.AlwaysOpen.",
                nameof(weeklySchedule));
        }

        WeeklySchedule = weeklySchedule;

        var days = (nonWorkingDays ?? []).ToArray();
        if (Array.IndexOf(days, null) >= 0)
        {
            throw new ArgumentException("The list of non-working days contains a missing (null) entry.", nameof(nonWorkingDays));
        }

        NonWorkingDays = Array.AsReadOnly(days.OrderBy(d => d.Date).ToArray());
        closedDates = days.Select(d => d.Date).ToFrozenSet();

        var specials = (specialSchedules ?? []).ToArray();
        if (Array.IndexOf(specials, null) >= 0)
        {
            throw new ArgumentException("The list of special schedules contains a missing (null) entry.", nameof(specialSchedules));
        }

        Array.Sort(specials, (a, b) => a.Period.From.CompareTo(b.Period.From));
        for (var i = 1; i < specials.Length; i++)
        {
            if (specials[i].Period.From <= specials[i - 1].Period.To)
            {
                throw new ArgumentException(
                    $"Special schedules overlap: {specials[i - 1].Period} and {specials[i].Period}. A date can follow only one.",
                    nameof(specialSchedules));
            }
        }

        this.specialSchedules = specials;
        SpecialSchedules = Array.AsReadOnly(specials);
    }

    public string TimeZoneId { get; }

    public TimeZoneInfo TimeZone { get; }

    public WeeklySchedule WeeklySchedule { get; }

    /// <summary>The closed dates, in date order.</summary>
    public ReadOnlyCollection<NonWorkingDay> NonWorkingDays { get; }

    /// <summary>The special periods, in date order.</summary>
    public ReadOnlyCollection<SpecialSchedule> SpecialSchedules { get; }

    /// <summary>True for a 24/7 calendar: every moment is working time and a working day is a calendar day.</summary>
    public bool IsAlwaysOpen => WeeklySchedule.IsAlwaysOpen && closedDates.Count == 0 && specialSchedules.Length == 0;

    /// <summary>A calendar for a team that never closes, not even on holidays.</summary>
    public static WorkingCalendar AlwaysOpen(string timeZoneId) => new(timeZoneId, WeeklySchedule.AlwaysOpen);

    /// <summary>
    /// The civil-service calendar: <see cref="WeeklySchedule.CivilService"/> hours, the given closed dates, and
    /// <see cref="WeeklySchedule.CivilServiceRamadan"/> hours during each of <paramref name="ramadanPeriods"/>.
    /// </summary>
    public static WorkingCalendar CivilService(
        string timeZoneId,
        IEnumerable<NonWorkingDay>? nonWorkingDays = null,
        IEnumerable<DatePeriod>? ramadanPeriods = null) =>
        new(timeZoneId, WeeklySchedule.CivilService, nonWorkingDays,
            ramadanPeriods?.Select(p => new SpecialSchedule(p, WeeklySchedule.CivilServiceRamadan)));

    /// <summary>The local date's working intervals: empty on a non-working day, a special schedule's hours inside its period.</summary>
    public IReadOnlyList<WorkingInterval> WorkingHoursOn(DateOnly localDate) =>
        Array.AsReadOnly(HoursOn(localDate));

    /// <summary>True when the local date has working hours (a short Ramadan day counts as a whole working day).</summary>
    public bool IsWorkingDay(DateOnly localDate) => HoursOn(localDate).Length > 0;

    /// <summary>True when <paramref name="utc"/> falls inside a working interval (its start included, its end not).</summary>
    public bool IsWorkingTime(DateTime utc)
    {
        RequireUtc(utc, nameof(utc));
        return NextWorkingInterval(utc).Start == utc;
    }

    /// <summary><paramref name="utc"/> itself when it is working time, otherwise the start of the next working interval.</summary>
    public DateTime NextWorkingMoment(DateTime utc)
    {
        RequireUtc(utc, nameof(utc));
        return NextWorkingInterval(utc).Start;
    }

    /// <summary>
    /// The due time: the earliest instant by which <paramref name="workingDuration"/> of working time has passed since
    /// <paramref name="startUtc"/>.
    /// </summary>
    /// <remarks>
    /// Outside working hours the clock starts at the next working moment. A duration that runs out exactly at a
    /// closing time gives that closing time (Friday 16:30), not the next opening. A zero duration gives
    /// <paramref name="startUtc"/> unchanged.
    /// </remarks>
    public DateTime AddWorkingTime(DateTime startUtc, TimeSpan workingDuration)
    {
        RequireUtc(startUtc, nameof(startUtc));
        RequireDuration(workingDuration, nameof(workingDuration));
        return Add(startUtc, workingDuration, []) ?? throw new InvalidOperationException("Unpaused working time always runs out.");
    }

    /// <summary>
    /// The due time when the clock stops during <paramref name="pauses"/> (PERLU_KELENGKAPAN, MENUNGGU_TANGGAPAN):
    /// working time inside any pause doesn't count. Pauses may overlap, lie outside working hours, or start before
    /// <paramref name="startUtc"/>; only their working time after <paramref name="startUtc"/> matters.
    /// </summary>
    /// <param name="pauses">Each from (inclusive) and to (exclusive); a null <c>ToUtc</c> is a pause still running.</param>
    /// <returns>
    /// Null when a running pause stopped the clock before the duration was used up: the due time depends on when
    /// the pause ends, so there is none yet (show the time used so far instead: <c>WorkingTimeBetween</c> with the
    /// same pauses).
    /// When the duration ran out before the running pause began, that earlier due time is returned: the deadline
    /// had already passed.
    /// </returns>
    public DateTime? AddWorkingTime(DateTime startUtc, TimeSpan workingDuration, IReadOnlyList<(DateTime FromUtc, DateTime? ToUtc)> pauses)
    {
        RequireUtc(startUtc, nameof(startUtc));
        RequireDuration(workingDuration, nameof(workingDuration));
        return Add(startUtc, workingDuration, NormalizePauses(pauses, nameof(pauses)));
    }

    /// <summary>
    /// The due time for "within <paramref name="days"/> working days" (domain.md's SLA table: 1, 5 or 14 working days).
    /// </summary>
    /// <remarks>
    /// <para>The rule: the clock starts at the first working moment at or after <paramref name="startUtc"/>; the due
    /// time is that same local clock time on the <paramref name="days"/>-th working day after the day it started.
    /// A working day is a local date with working hours (a short Ramadan day counts as one; a holiday doesn't).</para>
    /// <para>When that day's hours don't reach that clock time, the due time is pulled back to the earliest instant
    /// with the same working time behind it: the day's closing time when the clock time is after it (filed Friday
    /// 16:15, due Monday 16:00), the previous working day's closing time when the clock time is before the day's
    /// opening (a 07:45 clock on a Ramadan day that opens at 08:00).</para>
    /// <para>So a ticket filed in hours on Tuesday 10:00 is due Wednesday 10:00 for one day, and the next Tuesday
    /// 10:00 for five. A ticket filed at night, on a weekend or a holiday starts at the next opening and is due at
    /// the close of the <paramref name="days"/>-th working day, counting that first one: filed Saturday, one working
    /// day is Monday 16:00 (rather than Tuesday 07:30, the same working time but a later instant), five are Friday
    /// 16:30. A clock that starts at a day's opening ends at a close even when the first day and the due day open at
    /// different times (a Ramadan day at 08:00, an ordinary one at 07:30). Zero days gives <paramref name="startUtc"/>.</para>
    /// </remarks>
    public DateTime AddWorkingDays(DateTime startUtc, int days)
    {
        RequireUtc(startUtc, nameof(startUtc));
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(days, MaxWorkingDays);
        if (days == 0)
        {
            return startUtc;
        }

        var clockStart = ToLocal(NextWorkingInterval(startUtc).Start);
        var startDay = DateOnly.FromDateTime(clockStart);
        var dueDay = startDay;
        for (var i = 0; i < days; i++)
        {
            dueDay = NextWorkingDay(dueDay);
        }

        // A clock that starts at the day's opening (filed at night, before opening, or right at it) aims for the due
        // day's opening, which the pull-back below turns into the close of the day before: the close of the Nth
        // working day. Aiming for the same clock time instead overshoots when the two days open at different times:
        // filed at night before a Ramadan day (opens 08:00), 08:00 on an ordinary due day (opens 07:30) is half an
        // hour into the next day, which can be days later (a 1-day deadline from Tue 9 March 2027 fell on Fri 12).
        var clockTime = clockStart.TimeOfDay;
        if (HoursOn(startDay) is [var firstInterval, ..] && firstInterval.StartOffset == clockTime)
        {
            clockTime = HoursOn(dueDay)[0].StartOffset;
        }

        var sameClockTime = ToUtc(dueDay, clockTime);
        return AddWorkingTime(startUtc, WorkingTimeBetween(startUtc, sameClockTime));
    }

    /// <summary>
    /// <see cref="AddWorkingDays(DateTime, int)"/> with the clock stopped during <paramref name="pauses"/>: the days
    /// become the working time they span without pauses, then the working time spent paused is added on top.
    /// </summary>
    /// <returns>Null when a running pause stopped the clock first (as for <c>AddWorkingTime</c> with pauses).</returns>
    public DateTime? AddWorkingDays(DateTime startUtc, int days, IReadOnlyList<(DateTime FromUtc, DateTime? ToUtc)> pauses)
    {
        var normalized = NormalizePauses(pauses, nameof(pauses));
        var unpausedDue = AddWorkingDays(startUtc, days);
        return Add(startUtc, WorkingTimeBetween(startUtc, unpausedDue), normalized);
    }

    /// <summary>The working time from <paramref name="fromUtc"/> to <paramref name="toUtc"/>; zero when <paramref name="toUtc"/> is not later.</summary>
    public TimeSpan WorkingTimeBetween(DateTime fromUtc, DateTime toUtc)
    {
        RequireUtc(fromUtc, nameof(fromUtc));
        RequireUtc(toUtc, nameof(toUtc));
        return Between(fromUtc, toUtc, []);
    }

    /// <summary>
    /// The working time from <paramref name="fromUtc"/> to <paramref name="toUtc"/> outside <paramref name="pauses"/>:
    /// the SLA time used so far. A running pause (null <c>ToUtc</c>) counts as paused up to <paramref name="toUtc"/>.
    /// </summary>
    public TimeSpan WorkingTimeBetween(DateTime fromUtc, DateTime toUtc, IReadOnlyList<(DateTime FromUtc, DateTime? ToUtc)> pauses)
    {
        RequireUtc(fromUtc, nameof(fromUtc));
        RequireUtc(toUtc, nameof(toUtc));
        return Between(fromUtc, toUtc, NormalizePauses(pauses, nameof(pauses)));
    }

    private DateTime? Add(DateTime startUtc, TimeSpan duration, (DateTime Start, DateTime End)[] pauses)
    {
        if (duration == TimeSpan.Zero)
        {
            return startUtc;
        }

        var remaining = duration;
        foreach (var (start, end) in WorkingSegments(startUtc, pauses))
        {
            var length = end - start;
            if (remaining <= length)
            {
                return start + remaining;
            }

            remaining -= length;
        }

        return null;
    }

    private TimeSpan Between(DateTime fromUtc, DateTime toUtc, (DateTime Start, DateTime End)[] pauses)
    {
        var total = TimeSpan.Zero;
        if (toUtc <= fromUtc)
        {
            return total;
        }

        foreach (var (start, end) in WorkingSegments(fromUtc, pauses))
        {
            if (start >= toUtc)
            {
                break;
            }

            if (end >= toUtc)
            {
                return total + (toUtc - start);
            }

            total += end - start;
        }

        return total;
    }

    /// <summary>
    /// The stretches of unpaused working time from <paramref name="fromUtc"/> on, in order. Endless unless a running
    /// pause (end <see cref="DateTime.MaxValue"/>) stops the clock for good.
    /// </summary>
    /// <remarks>
    /// Overlapping pauses need no merging: sorted by start, the first pause not yet over is the next to begin, and
    /// jumping to its end skips any pause nested in it.
    /// </remarks>
    private IEnumerable<(DateTime Start, DateTime End)> WorkingSegments(DateTime fromUtc, (DateTime Start, DateTime End)[] pauses)
    {
        var cursor = fromUtc;
        var pause = 0;
        while (true)
        {
            while (pause < pauses.Length && pauses[pause].End <= cursor)
            {
                pause++;
            }

            if (pause < pauses.Length && pauses[pause].Start <= cursor)
            {
                if (pauses[pause].End == DateTime.MaxValue)
                {
                    yield break;
                }

                // Jump straight to the end of the pause: a pause of months costs one step, not one per day.
                cursor = pauses[pause].End;
                continue;
            }

            var (start, end) = NextWorkingInterval(cursor);
            if (pause < pauses.Length && pauses[pause].Start < end)
            {
                if (pauses[pause].Start <= start)
                {
                    cursor = start;
                    continue;
                }

                end = pauses[pause].Start;
            }

            yield return (start, end);
            cursor = end;
        }
    }

    /// <summary>The first working interval that ends after <paramref name="utc"/>, with its start clipped to <paramref name="utc"/>.</summary>
    private (DateTime Start, DateTime End) NextWorkingInterval(DateTime utc)
    {
        var date = DateOnly.FromDateTime(ToLocal(utc));

        // The day before is looked at too: only a zone whose clocks change near midnight can need it.
        if (date > DateOnly.MinValue)
        {
            date = date.AddDays(-1);
        }

        while (true)
        {
            foreach (var interval in HoursOn(date))
            {
                var end = ToUtc(date, interval.EndOffset);
                if (end <= utc)
                {
                    continue;
                }

                var start = ToUtc(date, interval.StartOffset);
                if (start < end)
                {
                    return (start > utc ? start : utc, end);
                }
            }

            date = NextDate(date);
        }
    }

    private DateOnly NextWorkingDay(DateOnly date)
    {
        do
        {
            date = NextDate(date);
        }
        while (HoursOn(date).Length == 0);

        return date;
    }

    private static DateOnly NextDate(DateOnly date) =>
        date < LastSupportedDate
            ? date.AddDays(1)
            : throw new ArgumentOutOfRangeException(nameof(date), "The result would fall after the end of DateTime's range (year 9999).");

    private WorkingInterval[] HoursOn(DateOnly date)
    {
        if (closedDates.Contains(date))
        {
            return [];
        }

        var schedule = WeeklySchedule;
        foreach (var special in specialSchedules)
        {
            if (special.Period.From > date)
            {
                break;
            }

            if (date <= special.Period.To)
            {
                schedule = special.Schedule;
                break;
            }
        }

        return schedule.IntervalsOn(date.DayOfWeek);
    }

    private DateTime ToUtc(DateOnly date, TimeSpan timeOfDay)
    {
        // An Unspecified DateTime is read by GetUtcOffset as this zone's local time.
        var local = date.ToDateTime(TimeOnly.MinValue) + timeOfDay;
        var offset = local >= fixedOffsetSince ? TimeZone.BaseUtcOffset : TimeZone.GetUtcOffset(local);
        return new DateTime(Math.Clamp(local.Ticks - offset.Ticks, DateTime.MinValue.Ticks, DateTime.MaxValue.Ticks), DateTimeKind.Utc);
    }

    private DateTime ToLocal(DateTime utc)
    {
        if (utc < fixedOffsetSince)
        {
            return TimeZoneInfo.ConvertTimeFromUtc(utc, TimeZone);
        }

        var ticks = utc.Ticks + TimeZone.BaseUtcOffset.Ticks;
        return new DateTime(Math.Clamp(ticks, DateTime.MinValue.Ticks, DateTime.MaxValue.Ticks), DateTimeKind.Unspecified);
    }

    private static DateTime FixedOffsetSince(TimeZoneInfo zone)
    {
        var rules = zone.GetAdjustmentRules();
        if (rules.Length == 0)
        {
            return DateTime.MinValue;
        }

        var lastRuleEnds = rules.Max(r => r.DateEnd);

        // A rule running to the end of time is ongoing daylight saving: never fixed. The margin covers the rule's
        // end being a local date.
        return lastRuleEnds >= DateTime.MaxValue.AddDays(-3) ? DateTime.MaxValue : lastRuleEnds.AddDays(2);
    }

    /// <summary>Validated pauses sorted by start (they may overlap); a running pause ends at <see cref="DateTime.MaxValue"/>.</summary>
    private static (DateTime Start, DateTime End)[] NormalizePauses(IReadOnlyList<(DateTime FromUtc, DateTime? ToUtc)> pauses, string paramName)
    {
        ArgumentNullException.ThrowIfNull(pauses, paramName);
        var sorted = new (DateTime Start, DateTime End)[pauses.Count];
        for (var i = 0; i < sorted.Length; i++)
        {
            var (from, to) = pauses[i];
            RequireUtc(from, paramName);
            if (to is { } end)
            {
                RequireUtc(end, paramName);
                if (end < from)
                {
                    throw new ArgumentException($"Pause #{i + 1} ends ({end:yyyy-MM-dd HH:mm:ss}Z) before it starts ({from:yyyy-MM-dd HH:mm:ss}Z).", paramName);
                }
            }

            sorted[i] = (from, to ?? DateTime.MaxValue);
        }

        Array.Sort(sorted, (a, b) => a.Start.CompareTo(b.Start));
        return sorted;
    }

    private static void RequireUtc(DateTime value, string paramName)
    {
        if (value.Kind != DateTimeKind.Utc)
        {
            throw new ArgumentException(
                $"Expected a UTC time (DateTimeKind.Utc) but got DateTimeKind.{value.Kind} ({value:yyyy-MM-dd HH:mm:ss}). Convert it to UTC first.",
                paramName);
        }
    }

    private static void RequireDuration(TimeSpan duration, string paramName)
    {
        if (duration < TimeSpan.Zero || duration > MaxWorkingDuration)
        {
            throw new ArgumentOutOfRangeException(paramName, duration, $"A working duration runs from zero to {MaxWorkingDuration.TotalDays:N0} days.");
        }
    }

    private static TimeZoneInfo FindTimeZone(string timeZoneId)
    {
        const string Expected = "Use an IANA id: Asia/Jakarta (WIB), Asia/Makassar (WITA) or Asia/Jayapura (WIT).";
        if (string.IsNullOrWhiteSpace(timeZoneId))
        {
            throw new ArgumentException("A working calendar needs a time zone. " + Expected, nameof(timeZoneId));
        }

        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(timeZoneId);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw new ArgumentException($"Unknown time zone '{timeZoneId}'. {Expected}", nameof(timeZoneId), e);
        }
    }
}
