using HelpdeskConsole.Escalation;

namespace HelpdeskConsole.Tests.Escalation;

public sealed class WeeklyScheduleTests
{
    [Fact]
    public void CivilService_MondayToThursdayAndALongerFriday()
    {
        var schedule = WeeklySchedule.CivilService;

        foreach (var day in new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday })
        {
            Assert.Equal([WorkingInterval.Parse("07:30-16:00")], schedule[day]);
        }

        Assert.Equal([WorkingInterval.Parse("07:30-16:30")], schedule[DayOfWeek.Friday]);
        Assert.Empty(schedule[DayOfWeek.Saturday]);
        Assert.Empty(schedule[DayOfWeek.Sunday]);
        Assert.Equal(TimeSpan.FromHours(43), schedule.WeeklyWorkingTime);
        Assert.Equal("Monday 07:30–16:00; Tuesday 07:30–16:00; Wednesday 07:30–16:00; Thursday 07:30–16:00; Friday 07:30–16:30", schedule.ToString());
    }

    [Fact]
    public void CivilServiceRamadan_ShorterDays()
    {
        var schedule = WeeklySchedule.CivilServiceRamadan;

        Assert.Equal([WorkingInterval.Parse("08:00-15:00")], schedule[DayOfWeek.Wednesday]);
        Assert.Equal([WorkingInterval.Parse("08:00-15:30")], schedule[DayOfWeek.Friday]);
        Assert.Empty(schedule[DayOfWeek.Saturday]);
        Assert.Equal(TimeSpan.FromHours(35.5), schedule.WeeklyWorkingTime);
    }

    [Fact]
    public void AlwaysOpen_EveryHourOfTheWeek()
    {
        Assert.True(WeeklySchedule.AlwaysOpen.IsAlwaysOpen);
        Assert.Equal(TimeSpan.FromHours(168), WeeklySchedule.AlwaysOpen.WeeklyWorkingTime);
        Assert.False(WeeklySchedule.CivilService.IsAlwaysOpen);
        Assert.False(WeeklySchedule.Closed.HasWorkingTime);
    }

    [Fact]
    public void With_OverlappingIntervals_ThrowsNamingTheDayAndBothIntervals()
    {
        var error = Assert.Throws<ArgumentException>(() => WeeklySchedule.Closed.With(
            DayOfWeek.Monday, WorkingInterval.Parse("11:00-16:00"), WorkingInterval.Parse("07:30-12:00")));

        Assert.Equal("Working hours overlap on Monday: 07:30–12:00 and 11:00–16:00. (Parameter 'intervals')", error.Message);
    }

    [Fact]
    public void Constructor_OverlappingIntervals_Throws()
    {
        var hours = new Dictionary<DayOfWeek, IReadOnlyList<WorkingInterval>>
        {
            [DayOfWeek.Friday] = [WorkingInterval.Parse("07:30-16:30"), WorkingInterval.Parse("16:00-17:00")],
        };

        var error = Assert.Throws<ArgumentException>(() => new WeeklySchedule(hours));

        Assert.Contains("overlap on Friday", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void With_TouchingIntervalsInAnyOrder_AcceptedAndSorted()
    {
        var schedule = WeeklySchedule.Closed.With(
            DayOfWeek.Monday, WorkingInterval.Parse("12:00-16:00"), WorkingInterval.Parse("07:30-12:00"));

        Assert.Equal([WorkingInterval.Parse("07:30-12:00"), WorkingInterval.Parse("12:00-16:00")], schedule[DayOfWeek.Monday]);
        Assert.Equal(TimeSpan.FromHours(8.5), schedule.WeeklyWorkingTime);
    }

    [Fact]
    public void With_ReturnsANewScheduleAndLeavesTheOriginalAlone()
    {
        var shorterFriday = WeeklySchedule.CivilService.With(DayOfWeek.Friday, WorkingInterval.Parse("07:30-11:30"));
        var closedFriday = WeeklySchedule.CivilService.With(DayOfWeek.Friday);

        Assert.Equal([WorkingInterval.Parse("07:30-11:30")], shorterFriday[DayOfWeek.Friday]);
        Assert.Empty(closedFriday[DayOfWeek.Friday]);
        Assert.Equal([WorkingInterval.Parse("07:30-16:30")], WeeklySchedule.CivilService[DayOfWeek.Friday]);
    }

    [Fact]
    public void Indexer_CannotBeUsedToChangeTheSchedule()
    {
        var monday = WeeklySchedule.CivilService[DayOfWeek.Monday];

        Assert.IsNotType<WorkingInterval[]>(monday);
        Assert.Throws<NotSupportedException>(() => ((IList<WorkingInterval>)monday)[0] = WorkingInterval.AllDay);
    }

    [Fact]
    public void Constructor_MissingDays_AreClosed()
    {
        var schedule = new WeeklySchedule(new Dictionary<DayOfWeek, IReadOnlyList<WorkingInterval>>
        {
            [DayOfWeek.Saturday] = [WorkingInterval.Parse("08:00-12:00")],
        });

        Assert.Equal(TimeSpan.FromHours(4), schedule.WeeklyWorkingTime);
        Assert.Empty(schedule[DayOfWeek.Monday]);
    }

    [Fact]
    public void Indexer_NotADayOfTheWeek_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => WeeklySchedule.CivilService[(DayOfWeek)7]);
        Assert.Throws<ArgumentException>(() => WeeklySchedule.Closed.With((DayOfWeek)7, WorkingInterval.AllDay));
    }
}
