using HelpdeskConsole.Escalation;

namespace HelpdeskConsole.Tests.Escalation;

/// <summary>
/// "N working days": the same clock time N working days after the day the clock started, pulled back to the
/// closing time when that day's hours don't reach it (the rule is spelled out on AddWorkingDays).
/// </summary>
public sealed partial class WorkingCalendarTests
{
    [Theory]
    [InlineData("Tue 2026-12-01 10:00", 1, "Wed 2026-12-02 10:00")]
    [InlineData("Tue 2026-12-01 10:00", 5, "Tue 2026-12-08 10:00")]
    [InlineData("Fri 2026-11-27 10:00", 1, "Mon 2026-11-30 10:00")]
    [InlineData("Mon 2026-11-30 07:30", 1, "Mon 2026-11-30 16:00")] // an opening clock time: the previous close
    [InlineData("Mon 2026-11-30 15:59", 14, "Fri 2026-12-18 15:59")]
    public void AddWorkingDays_FiledInHours_SameClockTimeNWorkingDaysLater(string filed, int days, string expected) =>
        Assert.Equal(expected, InWib(Desk.AddWorkingDays(Wib(filed), days)));

    [Theory]
    [InlineData("Sat 2026-11-28 10:00", 1, "Mon 2026-11-30 16:00")]
    [InlineData("Sat 2026-11-28 10:00", 5, "Fri 2026-12-04 16:30")]
    [InlineData("Thu 2026-12-03 06:00", 1, "Thu 2026-12-03 16:00")]
    [InlineData("Thu 2026-12-03 20:00", 1, "Fri 2026-12-04 16:30")]
    [InlineData("Mon 2026-11-30 16:00", 1, "Tue 2026-12-01 16:00")] // closing time is already outside hours
    [InlineData("Fri 2026-12-25 10:00", 1, "Mon 2026-12-28 16:00")] // filed on Christmas Day
    public void AddWorkingDays_FiledOutsideHours_DueAtCloseOfTheNthWorkingDay(string filed, int days, string expected) =>
        Assert.Equal(expected, InWib(Desk.AddWorkingDays(Wib(filed), days)));

    [Fact]
    public void AddWorkingDays_ClockTimeAfterDueDaysClosing_DueAtThatClosing()
    {
        // Filed Friday 16:15 (Friday closes 16:30); Monday closes at 16:00.
        Assert.Equal("Mon 2026-11-30 16:00", InWib(Desk.AddWorkingDays(Wib("Fri 2026-11-27 16:15"), 1)));
    }

    [Fact]
    public void AddWorkingDays_DueDayIsARamadanDay_PulledIntoItsShorterHours()
    {
        // Wednesday 18 February 2026 is the last ordinary day; Thursday 19 is the first of Ramadan (08:00–15:00).
        Assert.Equal("Thu 2026-02-19 15:00", InWib(Desk.AddWorkingDays(Wib("Wed 2026-02-18 15:30"), 1)));
        Assert.Equal("Thu 2026-02-19 10:00", InWib(Desk.AddWorkingDays(Wib("Wed 2026-02-18 10:00"), 1)));
    }

    [Fact]
    public void AddWorkingDays_ClockTimeBeforeDueDaysOpening_DueAtThePreviousClosing()
    {
        // 07:45 on Thursday 19 February is before the Ramadan opening (08:00): no working time separates it from
        // Wednesday's close, which is the earlier instant with the same working time behind it.
        Assert.Equal("Wed 2026-02-18 16:00", InWib(Desk.AddWorkingDays(Wib("Wed 2026-02-18 07:45"), 1)));
    }

    [Fact]
    public void AddWorkingDays_HolidayInTheMiddle_IsNotAWorkingDay()
    {
        Assert.Equal("Wed 2026-08-26 10:00", InWib(Desk.AddWorkingDays(Wib("Mon 2026-08-24 10:00"), 1)));
    }

    [Theory]
    [InlineData(1, "Tue 2026-03-17 10:00")]
    [InlineData(2, "Wed 2026-03-25 10:00")] // 18–24 March: Nyepi, Idulfitri and collective leave
    [InlineData(5, "Mon 2026-03-30 10:00")]
    [InlineData(14, "Mon 2026-04-13 10:00")] // Good Friday, 3 April, skipped too
    public void AddWorkingDays_AcrossTheIdulFitriWeek_CountsOnlyOpenDays(int days, string expected) =>
        Assert.Equal(expected, InWib(Desk.AddWorkingDays(Wib("Mon 2026-03-16 10:00"), days)));

    [Fact]
    public void AddWorkingDays_AcrossTheYearEnd_SkipsChristmasAndNewYear()
    {
        // Working days after Wed 23 Dec: Mon 28, Tue 29, Wed 30, Thu 31, Mon 4 Jan.
        Assert.Equal("Mon 2027-01-04 10:00", InWib(Desk.AddWorkingDays(Wib("Wed 2026-12-23 10:00"), 5)));
    }

    [Fact]
    public void AddWorkingDays_ScheduleWithBreaks_ClockTimeInABreakPulledToItsStart()
    {
        var withBreaks = WeeklySchedule.Closed
            .With([DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday],
                WorkingInterval.Parse("07:30-12:00"), WorkingInterval.Parse("13:00-16:00"))
            .With(DayOfWeek.Friday, WorkingInterval.Parse("07:30-11:30"), WorkingInterval.Parse("13:00-16:30"));
        var calendar = new WorkingCalendar(Jakarta, withBreaks);

        // Thursday 11:45 is working time; Friday 11:45 falls in the Friday-prayer break.
        Assert.Equal("Fri 2026-11-27 11:30", InWib(calendar.AddWorkingDays(Wib("Thu 2026-11-26 11:45"), 1)));

        // Filed in Friday's break, the clock starts at 13:00. Monday 13:00 is an opening, so the due time is the
        // close before it, 12:00: the same working time behind it, and the deadline shows before lunch.
        Assert.Equal("Mon 2026-11-30 12:00", InWib(calendar.AddWorkingDays(Wib("Fri 2026-11-27 11:45"), 1)));
        Assert.Equal("Mon 2026-11-30 14:00", InWib(calendar.AddWorkingDays(Wib("Fri 2026-11-27 14:00"), 1)));
    }

    [Fact]
    public void AddWorkingDays_ZeroDays_ReturnsTheStartUnchanged()
    {
        var saturday = Wib("Sat 2026-11-28 10:00");

        Assert.Equal(saturday, Desk.AddWorkingDays(saturday, 0));
    }

    [Theory]
    [InlineData("Mon 2026-11-30 10:00", 8.5)]
    [InlineData("Thu 2026-12-03 10:00", 8.5)] // 6 h Thursday + 2.5 h Friday
    [InlineData("Fri 2026-12-04 10:00", 9)] // 6.5 h Friday + 2.5 h Monday
    [InlineData("Sat 2026-11-28 10:00", 8.5)] // all of Monday
    [InlineData("Fri 2026-11-27 16:15", 8.75)] // Friday's last 15 min + all of Monday
    public void AddWorkingDays_OneDay_SpansAboutOneDayOfWorkingTime(string filed, double expectedHours)
    {
        var start = Wib(filed);

        Assert.Equal(Hours(expectedHours), Desk.WorkingTimeBetween(start, Desk.AddWorkingDays(start, 1)));
    }

    [Fact]
    public void AddWorkingDays_AlwaysOpen_IsWholeCalendarDays()
    {
        var hotline = WorkingCalendar.AlwaysOpen(Jakarta);

        Assert.Equal("Sat 2026-12-12 23:00", InWib(hotline.AddWorkingDays(Wib("Sat 2026-11-28 23:00"), 14)));
    }
}
