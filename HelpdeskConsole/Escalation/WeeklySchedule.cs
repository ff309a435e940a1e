namespace HelpdeskConsole.Escalation;

/// <summary>
/// Working hours for each day of the week, in the desk's local time. Immutable: <see cref="With(DayOfWeek, WorkingInterval[])"/>
/// returns a new schedule.
/// </summary>
public sealed class WeeklySchedule
{
    private static readonly DayOfWeek[] MondayToThursday = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday];

    // Indexed by (int)DayOfWeek; each day's intervals sorted by start and never overlapping.
    private readonly WorkingInterval[][] days;

    /// <summary>Working hours per day; a day missing from <paramref name="hours"/> is closed.</summary>
    /// <exception cref="ArgumentException">Two intervals of one day overlap.</exception>
    public WeeklySchedule(IReadOnlyDictionary<DayOfWeek, IReadOnlyList<WorkingInterval>> hours)
    {
        ArgumentNullException.ThrowIfNull(hours);
        foreach (var day in hours.Keys)
        {
            if (!Enum.IsDefined(day))
            {
                throw new ArgumentException($"{(int)day} is not a day of the week.", nameof(hours));
            }
        }

        days = new WorkingInterval[7][];
        for (var day = DayOfWeek.Sunday; day <= DayOfWeek.Saturday; day++)
        {
            days[(int)day] = hours.TryGetValue(day, out var intervals) ? Validated(day, intervals) : [];
        }
    }

    private WeeklySchedule(WorkingInterval[][] days) => this.days = days;

    /// <summary>No working hours on any day: a starting point for <see cref="With(DayOfWeek, WorkingInterval[])"/>.</summary>
    public static WeeklySchedule Closed { get; } = new(new Dictionary<DayOfWeek, IReadOnlyList<WorkingInterval>>());

    /// <summary>
    /// The civil service's five-day week (domain.md, to confirm): Monday–Thursday 07:30–16:00, Friday 07:30–16:30.
    /// </summary>
    /// <remarks>
    /// The official 37.5 hours a week excludes the rest breaks (12:00–13:00, Friday 11:30–13:00); this schedule keeps
    /// the desk's clock running through them, as domain.md's hours do. A desk that stops the clock at lunch can give
    /// a day two intervals.
    /// </remarks>
    public static WeeklySchedule CivilService { get; } = Closed
        .With(MondayToThursday, new WorkingInterval(new TimeOnly(7, 30), new TimeOnly(16, 0)))
        .With(DayOfWeek.Friday, new WorkingInterval(new TimeOnly(7, 30), new TimeOnly(16, 30)));

    /// <summary>
    /// The civil service's Ramadan hours for a five-day week (the MenPANRB circulars of recent years, to confirm each
    /// year): Monday–Thursday 08:00–15:00, Friday 08:00–15:30.
    /// </summary>
    public static WeeklySchedule CivilServiceRamadan { get; } = Closed
        .With(MondayToThursday, new WorkingInterval(new TimeOnly(8, 0), new TimeOnly(15, 0)))
        .With(DayOfWeek.Friday, new WorkingInterval(new TimeOnly(8, 0), new TimeOnly(15, 30)));

    /// <summary>Open around the clock, every day.</summary>
    public static WeeklySchedule AlwaysOpen { get; } = Closed
        .With([DayOfWeek.Sunday, .. MondayToThursday, DayOfWeek.Friday, DayOfWeek.Saturday], WorkingInterval.AllDay);

    /// <summary>The day's working intervals in order; empty when the day is closed.</summary>
    public IReadOnlyList<WorkingInterval> this[DayOfWeek day] =>
        Enum.IsDefined(day) ? Array.AsReadOnly(days[(int)day]) : throw new ArgumentOutOfRangeException(nameof(day), day, "Not a day of the week.");

    /// <summary>Working time in a week without holidays.</summary>
    public TimeSpan WeeklyWorkingTime => days.SelectMany(d => d).Aggregate(TimeSpan.Zero, (total, i) => total + i.Duration);

    public bool HasWorkingTime => days.Any(d => d.Length > 0);

    /// <summary>True when every day is open from 00:00 to 24:00.</summary>
    public bool IsAlwaysOpen => days.All(d => d.Length == 1 && d[0] == WorkingInterval.AllDay);

    /// <summary>A copy of this schedule with <paramref name="day"/>'s hours replaced (none: closed).</summary>
    public WeeklySchedule With(DayOfWeek day, params WorkingInterval[] intervals) => With([day], intervals);

    /// <summary>A copy of this schedule with the hours of each of <paramref name="daysToSet"/> replaced.</summary>
    public WeeklySchedule With(IReadOnlyCollection<DayOfWeek> daysToSet, params WorkingInterval[] intervals)
    {
        ArgumentNullException.ThrowIfNull(daysToSet);
        ArgumentNullException.ThrowIfNull(intervals);
        var copy = (WorkingInterval[][])days.Clone();
        foreach (var day in daysToSet)
        {
            if (!Enum.IsDefined(day))
            {
                throw new ArgumentException($"{(int)day} is not a day of the week.", nameof(daysToSet));
            }

            copy[(int)day] = Validated(day, intervals);
        }

        return new WeeklySchedule(copy);
    }

    /// <summary>The day's intervals without a copy, for the calendar's hot path (callers never write to it).</summary>
    internal WorkingInterval[] IntervalsOn(DayOfWeek day) => days[(int)day];

    public override string ToString() => string.Join("; ",
        Enumerable.Range(0, 7).Select(i => (Day: (DayOfWeek)(((i + 1) % 7)), Hours: days[(i + 1) % 7]))
            .Where(d => d.Hours.Length > 0)
            .Select(d => $"{d.Day} {string.Join(", ", d.Hours.Select(h => h.ToString()))}"));

    private static WorkingInterval[] Validated(DayOfWeek day, IReadOnlyList<WorkingInterval> intervals)
    {
        ArgumentNullException.ThrowIfNull(intervals);
        var sorted = new WorkingInterval[intervals.Count];
        for (var i = 0; i < sorted.Length; i++)
        {
            sorted[i] = intervals[i] ?? throw new ArgumentException($"{day} has a missing (null) working interval.", nameof(intervals));
        }

        Array.Sort(sorted, (a, b) => a.StartOffset.CompareTo(b.StartOffset));
        for (var i = 1; i < sorted.Length; i++)
        {
            // Touching intervals (12:00 end, 12:00 start) are allowed: they simply read as one stretch.
            if (sorted[i].StartOffset < sorted[i - 1].EndOffset)
            {
                throw new ArgumentException($"Working hours overlap on {day}: {sorted[i - 1]} and {sorted[i]}.", nameof(intervals));
            }
        }

        return sorted;
    }
}
