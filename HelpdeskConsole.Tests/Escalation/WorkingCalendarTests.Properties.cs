using HelpdeskConsole.Escalation;

namespace HelpdeskConsole.Tests.Escalation;

/// <summary>
/// Properties checked over many seeded random cases (deterministic: the same seed gives the same cases): the
/// operations agree with each other, whatever the calendar.
/// </summary>
public sealed partial class WorkingCalendarTests
{
    private const int Cases = 400;

    private static readonly DateTime RangeStart = new(2025, 12, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime RangeEnd = new(2028, 1, 31, 0, 0, 0, DateTimeKind.Utc);

    public static TheoryData<string> Calendars() => new(CalendarsByName.Keys);

    private static readonly Dictionary<string, WorkingCalendar> CalendarsByName = new()
    {
        ["civil service WIB with holidays and Ramadan"] = WorkingCalendar.CivilService(Jakarta, IndonesianHolidays.All, IndonesianHolidays.Ramadan),
        ["civil service WIT with holidays and Ramadan"] = WorkingCalendar.CivilService(Jayapura, IndonesianHolidays.All, IndonesianHolidays.Ramadan),
        ["WITA with lunch breaks and holidays"] = new WorkingCalendar(
            Makassar,
            WeeklySchedule.Closed
                .With([DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday],
                    WorkingInterval.Parse("07:30-12:00"), WorkingInterval.Parse("13:00-16:00"))
                .With(DayOfWeek.Friday, WorkingInterval.Parse("07:30-11:30"), WorkingInterval.Parse("13:00-16:30")),
            IndonesianHolidays.All),
        ["night hotline across midnight"] = new WorkingCalendar(
            Jakarta,
            WeeklySchedule.Closed.With(Enum.GetValues<DayOfWeek>(), WorkingInterval.Parse("00:00-06:00"), WorkingInterval.Parse("22:00-24:00"))),
        ["always open"] = WorkingCalendar.AlwaysOpen(Jayapura),
    };

    [Theory]
    [MemberData(nameof(Calendars))]
    public void AddWorkingTime_RandomStartsAndDurations_WorkingTimeBetweenGivesTheDurationBack(string name)
    {
        var calendar = CalendarsByName[name];
        var random = new Random(20261129);
        for (var i = 0; i < Cases; i++)
        {
            var start = RandomInstant(random);
            var duration = RandomDuration(random);

            var due = calendar.AddWorkingTime(start, duration);

            Assert.True(due >= start, $"case {i}: due {due:o} before start {start:o}");
            Assert.Equal(duration, calendar.WorkingTimeBetween(start, due));
            if (duration > TimeSpan.Zero)
            {
                // Earliest: one tick earlier, the duration hasn't run out yet, and that tick was working time.
                Assert.True(calendar.WorkingTimeBetween(start, due.AddTicks(-1)) < duration, $"case {i}: {start:o} + {duration} is not the earliest");
                Assert.True(calendar.IsWorkingTime(due.AddTicks(-1)), $"case {i}: {due:o} does not end working time");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Calendars))]
    public void AddWorkingTime_InTwoSteps_SameAsInOne(string name)
    {
        var calendar = CalendarsByName[name];
        var random = new Random(7);
        for (var i = 0; i < Cases; i++)
        {
            var start = RandomInstant(random);
            var first = RandomDuration(random) + TimeSpan.FromTicks(1);
            var second = RandomDuration(random);

            Assert.Equal(calendar.AddWorkingTime(start, first + second), calendar.AddWorkingTime(calendar.AddWorkingTime(start, first), second));
        }
    }

    [Theory]
    [MemberData(nameof(Calendars))]
    public void WorkingTimeBetween_SplitAtAnyInstant_AddsUp(string name)
    {
        var calendar = CalendarsByName[name];
        var random = new Random(42);
        for (var i = 0; i < Cases; i++)
        {
            var instants = new[] { RandomInstant(random), RandomInstant(random), RandomInstant(random) };
            Array.Sort(instants);
            var (a, b, c) = (instants[0], instants[1], instants[2]);

            Assert.Equal(calendar.WorkingTimeBetween(a, c), calendar.WorkingTimeBetween(a, b) + calendar.WorkingTimeBetween(b, c));
            Assert.True(calendar.WorkingTimeBetween(a, c) <= c - a);
        }
    }

    [Theory]
    [MemberData(nameof(Calendars))]
    public void NextWorkingMoment_RandomInstants_IsWorkingTimeWithNoneBefore(string name)
    {
        var calendar = CalendarsByName[name];
        var random = new Random(3);
        for (var i = 0; i < Cases; i++)
        {
            var instant = RandomInstant(random);

            var next = calendar.NextWorkingMoment(instant);

            Assert.True(calendar.IsWorkingTime(next));
            Assert.Equal(TimeSpan.Zero, calendar.WorkingTimeBetween(instant, next));
            Assert.Equal(calendar.IsWorkingTime(instant), next == instant);
        }
    }

    [Theory]
    [MemberData(nameof(Calendars))]
    public void AddWorkingTimeWithPauses_RandomClosedPauses_WorkingTimeBetweenWithPausesGivesTheDurationBack(string name)
    {
        var calendar = CalendarsByName[name];
        var random = new Random(99);
        for (var i = 0; i < Cases; i++)
        {
            var start = RandomInstant(random);
            var duration = RandomDuration(random);
            var pauses = RandomPauses(random, start, allowOpen: false);

            var due = calendar.AddWorkingTime(start, duration, pauses);

            Assert.NotNull(due);
            Assert.Equal(duration, calendar.WorkingTimeBetween(start, due.Value, pauses));
            Assert.True(due >= calendar.AddWorkingTime(start, duration), $"case {i}: a pause brought the due time forward");
        }
    }

    [Theory]
    [MemberData(nameof(Calendars))]
    public void AddWorkingTimeWithPauses_RandomOpenPauses_NullExactlyWhenTheDurationCannotRunOut(string name)
    {
        var calendar = CalendarsByName[name];
        var random = new Random(1234);
        for (var i = 0; i < Cases; i++)
        {
            var start = RandomInstant(random);
            var duration = RandomDuration(random);
            var pauses = RandomPauses(random, start, allowOpen: true);

            var due = calendar.AddWorkingTime(start, duration, pauses);

            // With a pause still running, the most working time that can ever pass is what passes before it.
            var reachable = calendar.WorkingTimeBetween(start, RangeEnd.AddYears(2), pauses);
            if (due is null)
            {
                Assert.True(reachable < duration, $"case {i}: no due time although {reachable} >= {duration} can pass");
            }
            else
            {
                Assert.Equal(duration, calendar.WorkingTimeBetween(start, due.Value, pauses));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Calendars))]
    public void AddWorkingDays_RandomStarts_EarliestInstantAndIncreasingWithDays(string name)
    {
        var calendar = CalendarsByName[name];
        var random = new Random(5);
        for (var i = 0; i < Cases; i++)
        {
            var start = RandomInstant(random);
            var days = random.Next(0, 15);

            var due = calendar.AddWorkingDays(start, days);
            var dayLater = calendar.AddWorkingDays(start, days + 1);

            Assert.True(dayLater > due, $"case {i}: {days + 1} days from {start:o} is not after {days} days");
            Assert.Equal(due, calendar.AddWorkingTime(start, calendar.WorkingTimeBetween(start, due)));
        }
    }

    [Fact]
    public void AddWorkingTime_AlwaysOpen_IsStartPlusDuration()
    {
        var hotline = CalendarsByName["always open"];
        var random = new Random(11);
        for (var i = 0; i < Cases; i++)
        {
            var start = RandomInstant(random);
            var duration = RandomDuration(random);

            Assert.Equal(start + duration, hotline.AddWorkingTime(start, duration));
        }
    }

    private static DateTime RandomInstant(Random random)
    {
        var instant = new DateTime(random.NextInt64(RangeStart.Ticks, RangeEnd.Ticks), DateTimeKind.Utc);

        // Whole minutes half of the time, so interval edges (07:30, 16:00) come up often, not just in theory.
        return random.Next(2) == 0 ? new DateTime(instant.Ticks - instant.Ticks % TimeSpan.TicksPerMinute, DateTimeKind.Utc) : instant;
    }

    private static TimeSpan RandomDuration(Random random) => random.Next(4) switch
    {
        0 => TimeSpan.Zero,
        1 => TimeSpan.FromMinutes(random.Next(1, 8 * 60)),
        2 => TimeSpan.FromTicks(random.NextInt64(1, TimeSpan.FromHours(15 * 9).Ticks)),
        _ => TimeSpan.FromMinutes(30 * random.Next(1, 15 * 18)),
    };

    private static List<(DateTime FromUtc, DateTime? ToUtc)> RandomPauses(Random random, DateTime start, bool allowOpen)
    {
        var pauses = new List<(DateTime FromUtc, DateTime? ToUtc)>();
        for (var count = random.Next(0, 5); count > 0; count--)
        {
            var from = start + TimeSpan.FromMinutes(random.Next(-2 * 24 * 60, 20 * 24 * 60));
            var open = allowOpen && random.Next(4) == 0;
            pauses.Add((from, open ? null : from + TimeSpan.FromMinutes(random.Next(0, 3 * 24 * 60))));
        }

        return pauses;
    }
}
