using System.Globalization;
using HelpdeskConsole.Escalation;

namespace HelpdeskConsole.Tests.Escalation;

/// <summary>
/// The working-time arithmetic. Times are written in the desk's local time with the weekday
/// ("Fri 2026-11-27 15:00"), which the parser checks against the date. Split over several files by topic.
/// </summary>
public sealed partial class WorkingCalendarTests
{
    private const string Jakarta = "Asia/Jakarta";
    private const string Makassar = "Asia/Makassar";
    private const string Jayapura = "Asia/Jayapura";

    /// <summary>The civil-service desk in Jakarta with the seeded 2026–2027 holidays and Ramadan periods.</summary>
    private static readonly WorkingCalendar Desk =
        WorkingCalendar.CivilService(Jakarta, IndonesianHolidays.All, IndonesianHolidays.Ramadan);

    private static DateTime Wib(string local) => Utc(local, 7);

    private static DateTime Wita(string local) => Utc(local, 8);

    private static DateTime Wit(string local) => Utc(local, 9);

    private static DateTime Utc(string local, int utcOffsetHours)
    {
        var clock = DateTime.ParseExact(local, "ddd yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        return new DateTimeOffset(clock, TimeSpan.FromHours(utcOffsetHours)).UtcDateTime;
    }

    private static string InWib(DateTime? utc) => Local(utc, 7);

    private static string Local(DateTime? utc, int utcOffsetHours)
    {
        Assert.NotNull(utc);
        Assert.Equal(DateTimeKind.Utc, utc.Value.Kind);
        var local = new DateTimeOffset(utc.Value).ToOffset(TimeSpan.FromHours(utcOffsetHours));
        return local.ToString(local.Second == 0 && local.Millisecond == 0 ? "ddd yyyy-MM-dd HH:mm" : "ddd yyyy-MM-dd HH:mm:ss.fffffff", CultureInfo.InvariantCulture);
    }

    private static TimeSpan Hours(double hours) => TimeSpan.FromHours(hours);

    [Theory]
    [InlineData("Mon 2026-11-30 07:29", false)]
    [InlineData("Mon 2026-11-30 07:30", true)]
    [InlineData("Mon 2026-11-30 12:00", true)]
    [InlineData("Mon 2026-11-30 15:59", true)]
    [InlineData("Mon 2026-11-30 16:00", false)]
    [InlineData("Fri 2026-11-27 16:00", true)]
    [InlineData("Fri 2026-11-27 16:29", true)]
    [InlineData("Fri 2026-11-27 16:30", false)]
    [InlineData("Sat 2026-11-28 10:00", false)]
    [InlineData("Sun 2026-11-29 10:00", false)]
    [InlineData("Thu 2026-12-24 10:00", false)] // cuti bersama (Christmas)
    [InlineData("Fri 2026-12-25 10:00", false)] // Christmas
    [InlineData("Mon 2026-08-17 10:00", false)] // Independence Day
    [InlineData("Tue 2026-08-18 10:00", true)]
    public void IsWorkingTime_CivilServiceDesk_FollowsHoursWeekendsAndHolidays(string local, bool expected) =>
        Assert.Equal(expected, Desk.IsWorkingTime(Wib(local)));

    [Theory]
    [InlineData("Mon 2026-11-30 06:00", "Mon 2026-11-30 07:30")]
    [InlineData("Mon 2026-11-30 10:00", "Mon 2026-11-30 10:00")]
    [InlineData("Mon 2026-11-30 16:00", "Tue 2026-12-01 07:30")]
    [InlineData("Fri 2026-11-27 16:30", "Mon 2026-11-30 07:30")]
    [InlineData("Sat 2026-11-28 13:00", "Mon 2026-11-30 07:30")]
    [InlineData("Wed 2026-12-23 17:00", "Mon 2026-12-28 07:30")] // Thu cuti bersama, Fri Christmas, weekend
    [InlineData("Thu 2026-12-31 16:00", "Mon 2027-01-04 07:30")] // New Year's Day on Friday
    public void NextWorkingMoment_CivilServiceDesk_IsNowOrNextOpening(string local, string expected) =>
        Assert.Equal(expected, InWib(Desk.NextWorkingMoment(Wib(local))));

    [Fact]
    public void NextWorkingMoment_InsideWorkingHours_KeepsTheExactTick()
    {
        var instant = Wib("Mon 2026-11-30 10:00").AddTicks(12_345);

        Assert.Equal(instant, Desk.NextWorkingMoment(instant));
    }

    [Fact]
    public void AddWorkingTime_FiledFridayAfternoon_ContinuesMondayAfterTheWeekend()
    {
        // Friday 15:00–16:30 gives 1.5 h; the other 2.5 h run from Monday 07:30.
        var due = Desk.AddWorkingTime(Wib("Fri 2026-11-27 15:00"), Hours(4));

        Assert.Equal("Mon 2026-11-30 10:00", InWib(due));
    }

    [Fact]
    public void AddWorkingTime_FiledOnSaturday_ClockStartsMondayMorning()
    {
        var due = Desk.AddWorkingTime(Wib("Sat 2026-11-28 10:00"), Hours(1));

        Assert.Equal("Mon 2026-11-30 08:30", InWib(due));
    }

    [Fact]
    public void AddWorkingTime_FiledAtNight_ClockStartsNextMorning()
    {
        var due = Desk.AddWorkingTime(Wib("Tue 2026-12-01 22:00"), Hours(1));

        Assert.Equal("Wed 2026-12-02 08:30", InWib(due));
    }

    [Fact]
    public void AddWorkingTime_FiledBeforeOpening_ClockStartsAtOpening()
    {
        var due = Desk.AddWorkingTime(Wib("Mon 2026-11-30 06:00"), Hours(4));

        Assert.Equal("Mon 2026-11-30 11:30", InWib(due));
    }

    [Fact]
    public void AddWorkingTime_RunsOutAtClosing_DueAtClosingNotNextOpening()
    {
        var due = Desk.AddWorkingTime(Wib("Mon 2026-11-30 10:00"), Hours(6));

        Assert.Equal("Mon 2026-11-30 16:00", InWib(due));
    }

    [Fact]
    public void AddWorkingTime_FridayHasHalfAnHourMore_ThanMondayToThursday()
    {
        // 8.5 h from 08:00: a Thursday closes at 16:00 (so 30 min spill into Friday), a Friday at 16:30.
        Assert.Equal("Fri 2026-11-27 08:00", InWib(Desk.AddWorkingTime(Wib("Thu 2026-11-26 08:00"), Hours(8.5))));
        Assert.Equal("Fri 2026-11-27 16:30", InWib(Desk.AddWorkingTime(Wib("Fri 2026-11-27 08:00"), Hours(8.5))));
    }

    [Fact]
    public void AddWorkingTime_FiledAfterMondayToThursdayClosing_OnFridayStillCounts()
    {
        // 16:00–16:30 is working time on a Friday only.
        Assert.Equal("Mon 2026-11-30 08:00", InWib(Desk.AddWorkingTime(Wib("Fri 2026-11-27 16:00"), Hours(1))));
        Assert.Equal("Fri 2026-11-27 08:30", InWib(Desk.AddWorkingTime(Wib("Thu 2026-11-26 16:00"), Hours(1))));
    }

    [Fact]
    public void AddWorkingTime_HolidayInTheMiddle_SkipsIt()
    {
        // Tuesday 25 August 2026 is Maulid Nabi.
        var due = Desk.AddWorkingTime(Wib("Mon 2026-08-24 15:00"), Hours(4));

        Assert.Equal("Wed 2026-08-26 10:30", InWib(due));
    }

    [Fact]
    public void AddWorkingTime_IdulFitriWeek_SkipsNyepiIdulFitriAndCollectiveLeave()
    {
        // Tue 17 March is a Ramadan day (closes 15:00): 1 h. Then Wed 18 (cuti Nyepi), Thu 19 (Nyepi),
        // Fri 20 (cuti), Sat–Sun 21–22 (Idulfitri), Mon–Tue 23–24 (cuti). Ramadan is over on Wed 25: 07:30 + 3 h.
        var due = Desk.AddWorkingTime(Wib("Tue 2026-03-17 14:00"), Hours(4));

        Assert.Equal("Wed 2026-03-25 10:30", InWib(due));
    }

    [Fact]
    public void AddWorkingTime_AcrossTheYearEnd_SkipsNewYearsDay()
    {
        // Thursday 31 December: 1 h; Friday 1 January 2027 is a holiday; the rest from Monday 4 January.
        var due = Desk.AddWorkingTime(Wib("Thu 2026-12-31 15:00"), Hours(4));

        Assert.Equal("Mon 2027-01-04 10:30", InWib(due));
    }

    [Fact]
    public void AddWorkingTime_ChristmasWeek_SkipsCollectiveLeaveChristmasAndWeekend()
    {
        var due = Desk.AddWorkingTime(Wib("Wed 2026-12-23 14:00"), Hours(8));

        Assert.Equal("Mon 2026-12-28 13:30", InWib(due));
    }

    [Fact]
    public void AddWorkingTime_ZeroDuration_ReturnsTheStartUnchanged()
    {
        var saturday = Wib("Sat 2026-11-28 10:00");

        Assert.Equal(saturday, Desk.AddWorkingTime(saturday, TimeSpan.Zero));
    }

    [Fact]
    public void AddWorkingTime_FourteenWorkingDaysOfHours_LandsThreeWeeksLater()
    {
        // 14 days × 8.5 h = 119 h from Monday 07:30. Weeks of 43 h: two full weeks (86 h) end Fri 11 Dec;
        // 33 h remain: Mon–Wed 25.5 h, then 7.5 h on Thursday 17 December.
        var due = Desk.AddWorkingTime(Wib("Mon 2026-11-30 07:30"), Hours(14 * 8.5));

        Assert.Equal("Thu 2026-12-17 15:00", InWib(due));
    }

    [Fact]
    public void WorkingTimeBetween_OrdinaryWeek_Is43Hours()
    {
        var week = Desk.WorkingTimeBetween(Wib("Mon 2026-11-30 00:00"), Wib("Mon 2026-12-07 00:00"));

        Assert.Equal(Hours(4 * 8.5 + 9), week);
    }

    [Fact]
    public void WorkingTimeBetween_IdulFitriFortnight_CountsOnlyTheOpenDays()
    {
        // Mon–Tue 16–17 March: Ramadan days of 7 h. Wed 18 – Tue 24 closed. Wed–Fri 25–27: 8.5 + 8.5 + 9 h.
        var total = Desk.WorkingTimeBetween(Wib("Mon 2026-03-16 00:00"), Wib("Mon 2026-03-30 00:00"));

        Assert.Equal(Hours(7 + 7 + 8.5 + 8.5 + 9), total);
    }

    [Theory]
    [InlineData("Mon 2026-11-30 10:00", "Mon 2026-11-30 12:00", 2)]
    [InlineData("Mon 2026-11-30 17:00", "Tue 2026-12-01 07:00", 0)]
    [InlineData("Fri 2026-11-27 16:00", "Mon 2026-11-30 08:00", 1)]
    [InlineData("Mon 2026-11-30 12:00", "Mon 2026-11-30 10:00", 0)]
    [InlineData("Mon 2026-11-30 12:00", "Mon 2026-11-30 12:00", 0)]
    [InlineData("Wed 2026-12-23 15:00", "Mon 2026-12-28 08:30", 2)]
    public void WorkingTimeBetween_TwoInstants_CountsWorkingHoursOnly(string from, string to, double expectedHours) =>
        Assert.Equal(Hours(expectedHours), Desk.WorkingTimeBetween(Wib(from), Wib(to)));

    [Fact]
    public void WorkingHoursOn_LocalDates_ShowTheHoursThatApply()
    {
        Assert.Equal([WorkingInterval.Parse("07:30-16:00")], Desk.WorkingHoursOn(new DateOnly(2026, 11, 30)));
        Assert.Equal([WorkingInterval.Parse("07:30-16:30")], Desk.WorkingHoursOn(new DateOnly(2026, 11, 27)));
        Assert.Equal([WorkingInterval.Parse("08:00-15:00")], Desk.WorkingHoursOn(new DateOnly(2026, 3, 2)));
        Assert.Empty(Desk.WorkingHoursOn(new DateOnly(2026, 3, 20)));
        Assert.Empty(Desk.WorkingHoursOn(new DateOnly(2026, 11, 28)));
        Assert.True(Desk.IsWorkingDay(new DateOnly(2026, 3, 2)));
        Assert.False(Desk.IsWorkingDay(new DateOnly(2026, 3, 23)));
    }

    [Fact]
    public void AddWorkingTime_ScheduleWithLunchBreak_StopsTheClockDuringTheBreak()
    {
        var withBreaks = WeeklySchedule.Closed
            .With([DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday],
                WorkingInterval.Parse("07:30-12:00"), WorkingInterval.Parse("13:00-16:00"))
            .With(DayOfWeek.Friday, WorkingInterval.Parse("07:30-11:30"), WorkingInterval.Parse("13:00-16:30"));
        var calendar = new WorkingCalendar(Jakarta, withBreaks);

        Assert.Equal(Hours(37.5), withBreaks.WeeklyWorkingTime);
        Assert.False(calendar.IsWorkingTime(Wib("Mon 2026-11-30 12:30")));
        Assert.Equal("Mon 2026-11-30 14:00", InWib(calendar.AddWorkingTime(Wib("Mon 2026-11-30 11:00"), Hours(2))));
        Assert.Equal("Mon 2026-11-30 12:00", InWib(calendar.AddWorkingTime(Wib("Mon 2026-11-30 11:00"), Hours(1))));
        Assert.Equal("Fri 2026-11-27 13:30", InWib(calendar.AddWorkingTime(Wib("Fri 2026-11-27 11:00"), Hours(1))));
    }

    [Fact]
    public void AddWorkingTime_NightShiftAcrossMidnight_RunsThroughMidnight()
    {
        // A hotline open 22:00–24:00 and 00:00–06:00 every night: two touching intervals on two dates.
        var nights = WeeklySchedule.Closed.With(
            Enum.GetValues<DayOfWeek>(),
            WorkingInterval.Parse("00:00-06:00"),
            WorkingInterval.UntilMidnight(new TimeOnly(22, 0)));
        var hotline = new WorkingCalendar(Jakarta, nights);

        Assert.True(hotline.IsWorkingTime(Wib("Tue 2026-12-01 00:00")));
        Assert.Equal("Tue 2026-12-01 01:00", InWib(hotline.AddWorkingTime(Wib("Mon 2026-11-30 23:00"), Hours(2))));
        Assert.Equal("Mon 2026-11-30 23:00", InWib(hotline.AddWorkingTime(Wib("Mon 2026-11-30 12:00"), Hours(1))));
        Assert.Equal(Hours(8), hotline.WorkingTimeBetween(Wib("Mon 2026-11-30 12:00"), Wib("Tue 2026-12-01 12:00")));
    }
}
