using HelpdeskConsole.Escalation;

namespace HelpdeskConsole.Tests.Escalation;

/// <summary>
/// The deadlines issue 5 names, each worked out by hand in its comment: the Idulfitri 2026 collective-leave week, the
/// 2026→2027 year end, a ticket filed at night, Friday's extra half hour, the three time zones for one instant, the
/// 24/7 calendar, Ramadan hours and pauses across closed days.
/// </summary>
public sealed partial class WorkingCalendarTests
{
    // 18–24 March 2026 are all closed: Wed 18 cuti Nyepi, Thu 19 Nyepi, Fri 20 cuti Idulfitri, Sat–Sun 21–22
    // Idulfitri, Mon–Tue 23–24 cuti Idulfitri. Ramadan (08:00–15:00, Fri 15:30) runs to 20 March; Good Friday is 3 April.
    [Theory]
    // After Fri 13: Mon 16 (1), Tue 17 (2), Wed 25 (3), Thu 26 (4), Fri 27 (5), Mon 30 (6), Tue 31 (7), Wed 1 (8),
    // Thu 2 (9), Mon 6 (10), Tue 7 (11), Wed 8 (12), Thu 9 (13), Fri 10 (14); 10:00 is inside ordinary hours.
    [InlineData("Fri 2026-03-13 10:00", "Fri 2026-04-10 10:00")]
    // After Tue 17: Wed 25 (1) … Tue 14 April (14); a Ramadan clock time of 14:30 exists on an ordinary day too.
    [InlineData("Tue 2026-03-17 14:30", "Tue 2026-04-14 14:30")]
    // Filed during the leave: the clock starts Wed 25 07:30, due at the close of the 14th working day counting it:
    // Wed 25 (1), Thu 26, Fri 27, Mon 30, Tue 31, Wed 1, Thu 2, Mon 6, Tue 7, Wed 8, Thu 9, Fri 10, Mon 13, Tue 14 (14).
    [InlineData("Mon 2026-03-23 09:00", "Tue 2026-04-14 16:00")]
    public void AddWorkingDays_FourteenDaysAcrossTheIdulFitriLeaveWeek_SkipsTheWholeWeek(string filed, string expected) =>
        Assert.Equal(expected, InWib(Desk.AddWorkingDays(Wib(filed), 14)));

    [Theory]
    // After Mon 21 Dec: Tue 22 (1), Wed 23 (2), [Thu 24 cuti, Fri 25 Christmas, weekend], Mon 28 (3), Tue 29 (4),
    // Wed 30 (5), Thu 31 (6), [Fri 1 Jan New Year, weekend], Mon 4 (7), [Tue 5 Isra Mikraj 1448 H], Wed 6 (8),
    // Thu 7 (9), Fri 8 (10), Mon 11 (11), Tue 12 (12), Wed 13 (13), Thu 14 (14).
    [InlineData("Mon 2026-12-21 10:00", "Thu 2027-01-14 10:00")]
    // Filed Wednesday 22:00 before the leave: the clock starts Mon 28 07:30; the 14th working day counting it:
    // Mon 28 (1), Tue 29, Wed 30, Thu 31, Mon 4, Wed 6, Thu 7, Fri 8, Mon 11, Tue 12, Wed 13, Thu 14, Fri 15, Mon 18 (14).
    [InlineData("Wed 2026-12-23 22:00", "Mon 2027-01-18 16:00")]
    // Filed on Thursday 24 December (cuti bersama): same start, same deadline.
    [InlineData("Thu 2026-12-24 10:00", "Mon 2027-01-18 16:00")]
    public void AddWorkingDays_FourteenDaysAcrossTheYearEnd_SkipsChristmasLeaveAndNewYear(string filed, string expected) =>
        Assert.Equal(expected, InWib(Desk.AddWorkingDays(Wib(filed), 14)));

    [Fact]
    public void AddWorkingTime_FourWorkingHoursAcrossTheYearEnd_ContinuesAfterNewYearsWeekend()
    {
        // Thu 31 Dec 15:30–16:00 is 0.5 h; Fri 1 Jan is New Year's Day; Mon 4 Jan 07:30 + 3.5 h = 11:00.
        Assert.Equal("Mon 2027-01-04 11:00", InWib(Desk.AddWorkingTime(Wib("Thu 2026-12-31 15:30"), Hours(4))));
    }

    [Theory]
    // Tue 22:00: the clock starts Wed 07:30, so N days end at the close of the Nth working day counting Wednesday.
    [InlineData("Tue 2026-12-01 22:00", 1, "Wed 2026-12-02 16:00")]
    [InlineData("Tue 2026-12-01 22:00", 5, "Tue 2026-12-08 16:00")] // Wed, Thu, Fri, Mon, Tue
    [InlineData("Tue 2026-12-01 22:00", 14, "Mon 2026-12-21 16:00")] // Wed 2 (1) … Fri 18 (13), Mon 21 (14)
    [InlineData("Thu 2026-12-03 22:00", 1, "Fri 2026-12-04 16:30")] // Friday closes at 16:30
    [InlineData("Fri 2026-12-04 22:00", 1, "Mon 2026-12-07 16:00")] // over the weekend
    public void AddWorkingDays_FiledAt22Local_DueAtCloseOfTheNthWorkingDay(string filed, int days, string expected) =>
        Assert.Equal(expected, InWib(Desk.AddWorkingDays(Wib(filed), days)));

    [Theory]
    // The same rule when the night is followed by a Ramadan day (opens 08:00) and the due day has ordinary hours
    // (opens 07:30): the due time is still the close of the Nth working day, not 08:00 the day after it.
    // Fri 13 March 22:00: Mon 16 (1), Tue 17 (2, closes 15:00); then the leave week.
    [InlineData("Fri 2026-03-13 22:00", 2, "Tue 2026-03-17 15:00")]
    // Mon 8 March 2027 is Nyepi; Tue 9 is the last day of Ramadan 1448 H (1); Wed–Thu 10–11 Idulfitri; Fri 12 ordinary.
    [InlineData("Mon 2027-03-08 22:00", 1, "Tue 2027-03-09 15:00")]
    [InlineData("Mon 2027-03-08 22:00", 2, "Fri 2027-03-12 16:30")]
    // Filed exactly at a Ramadan opening in hours reads the same way (as Monday 07:30 → Monday 16:00 does).
    [InlineData("Tue 2026-03-17 08:00", 1, "Tue 2026-03-17 15:00")]
    public void AddWorkingDays_FiledAtNightBeforeARamadanDay_DueAtCloseOfTheNthWorkingDay(string filed, int days, string expected) =>
        Assert.Equal(expected, InWib(Desk.AddWorkingDays(Wib(filed), days)));

    [Fact]
    public void AddWorkingTime_FiledAt22Local_ClockStartsAtTheNextOpeningInEachZone()
    {
        // 22:00 WIT on Monday 30 November is 13:00 UTC, 20:00 WIB: closed in all three zones.
        // The WIT desk opens Tue 07:30 WIT (+1 h = 08:30 WIT); WIB opens Tue 07:30 WIB (08:30 WIB).
        var filed = Wit("Mon 2026-11-30 22:00");

        Assert.Equal("Tue 2026-12-01 08:30", Local(WitDesk.AddWorkingTime(filed, Hours(1)), 9));
        Assert.Equal("Tue 2026-12-01 08:30", InWib(WibDesk.AddWorkingTime(filed, Hours(1))));
        Assert.Equal(TimeSpan.Zero, WitDesk.WorkingTimeBetween(filed, Wit("Tue 2026-12-01 07:30")));
    }

    [Theory]
    [InlineData("Fri 2026-11-27 16:00", 0.5, "Fri 2026-11-27 16:30")] // runs out exactly at Friday's close
    [InlineData("Fri 2026-11-27 16:00", 1, "Mon 2026-11-30 08:00")] // 0.5 h Friday + 0.5 h Monday
    [InlineData("Fri 2026-11-27 16:29", 1, "Mon 2026-11-30 08:29")] // 1 min Friday + 59 min Monday
    [InlineData("Fri 2026-11-27 16:30", 1, "Mon 2026-11-30 08:30")] // closed at 16:30 sharp
    [InlineData("Thu 2026-11-26 16:15", 1, "Fri 2026-11-27 08:30")] // Thursday closed at 16:00
    [InlineData("Thu 2026-04-02 16:15", 1, "Mon 2026-04-06 08:30")] // Good Friday: no extra half hour at all
    public void AddWorkingTime_FridayLastHalfHour_CountsOnlyOnAnOpenFriday(string filed, double hours, string expected) =>
        Assert.Equal(expected, InWib(Desk.AddWorkingTime(Wib(filed), Hours(hours))));

    [Theory]
    [InlineData("Fri 2026-11-27 16:15", 5, "Fri 2026-12-04 16:15")] // Mon, Tue, Wed, Thu, Fri: Friday has 16:15
    [InlineData("Fri 2026-11-27 16:29", 1, "Mon 2026-11-30 16:00")] // Monday has no 16:29: its close
    [InlineData("Fri 2026-11-27 16:30", 1, "Mon 2026-11-30 16:00")] // filed after close: Monday is day 1
    [InlineData("Thu 2026-11-26 16:15", 1, "Fri 2026-11-27 16:30")] // after Thursday's close: Friday is day 1
    public void AddWorkingDays_FridayLastHalfHour_ClockTimeOnlyFridayHas(string filed, int days, string expected) =>
        Assert.Equal(expected, InWib(Desk.AddWorkingDays(Wib(filed), days)));

    [Theory]
    [InlineData("Fri 2026-11-27 16:00", "Fri 2026-11-27 17:00", 0.5)]
    [InlineData("Thu 2026-11-26 16:00", "Thu 2026-11-26 17:00", 0)]
    public void WorkingTimeBetween_AfterFourPm_OnlyFridayCounts(string from, string to, double expectedHours) =>
        Assert.Equal(Hours(expectedHours), Desk.WorkingTimeBetween(Wib(from), Wib(to)));

    [Fact]
    public void AddWorkingTime_SameUtcInstantFridayAfternoon_EachZoneResumesOnItsOwnMonday()
    {
        // 08:45 UTC Fri 27 Nov = 15:45 WIB (open), 16:45 WITA and 17:45 WIT (closed). Four working hours:
        // WIB 0.75 h Friday + 3.25 h from Mon 07:30 = 10:45 WIB (03:45 UTC); WITA Mon 07:30 + 4 h = 11:30 WITA
        // (03:30 UTC); WIT Mon 11:30 WIT (02:30 UTC).
        var filed = UtcAt(2026, 11, 27, 8, 45);

        Assert.Equal(UtcAt(2026, 11, 30, 3, 45), WibDesk.AddWorkingTime(filed, Hours(4)));
        Assert.Equal(UtcAt(2026, 11, 30, 3, 30), WitaDesk.AddWorkingTime(filed, Hours(4)));
        Assert.Equal(UtcAt(2026, 11, 30, 2, 30), WitDesk.AddWorkingTime(filed, Hours(4)));
    }

    [Fact]
    public void AddWorkingDays_SameUtcInstantMondayMorning_WibBeforeOpeningOthersInHours()
    {
        // 00:00 UTC Mon 30 Nov = 07:00 WIB (before opening: due at Monday's close, 16:00 WIB = 09:00 UTC),
        // 08:00 WITA and 09:00 WIT (in hours: the same clock time on Tuesday, both 00:00 UTC Tue).
        var filed = UtcAt(2026, 11, 30, 0, 0);

        Assert.Equal(UtcAt(2026, 11, 30, 9, 0), WibDesk.AddWorkingDays(filed, 1));
        Assert.Equal(UtcAt(2026, 12, 1, 0, 0), WitaDesk.AddWorkingDays(filed, 1));
        Assert.Equal(UtcAt(2026, 12, 1, 0, 0), WitDesk.AddWorkingDays(filed, 1));
    }

    [Fact]
    public void AddWorkingTime_SameUtcInstantBeforeChristmasLeave_WitDueOnASundayByUtcDate()
    {
        // 08:45 UTC Wed 23 Dec: 15:45 WIB has 15 min left; WITA (16:45) and WIT (17:45) are closed. Thu 24 (cuti),
        // Fri 25 (Christmas) and the weekend follow. One working hour:
        // WIB Mon 28 07:30 + 45 min = 08:15 WIB = 01:15 UTC; WITA 08:30 WITA = 00:30 UTC; WIT 08:30 WIT = 23:30 UTC Sun 27.
        var filed = UtcAt(2026, 12, 23, 8, 45);

        Assert.Equal(UtcAt(2026, 12, 28, 1, 15), WibDesk.AddWorkingTime(filed, Hours(1)));
        Assert.Equal(UtcAt(2026, 12, 28, 0, 30), WitaDesk.AddWorkingTime(filed, Hours(1)));
        Assert.Equal(UtcAt(2026, 12, 27, 23, 30), WitDesk.AddWorkingTime(filed, Hours(1)));
    }

    [Fact]
    public void IsWorkingTime_NewYearsMorningInThreeZones_ClosedEverywhere()
    {
        // 01:00 UTC Fri 1 Jan 2027: 08:00 WIB, 09:00 WITA, 10:00 WIT — working hours on any other Friday.
        var instant = UtcAt(2027, 1, 1, 1, 0);

        Assert.False(WibDesk.IsWorkingTime(instant));
        Assert.False(WitaDesk.IsWorkingTime(instant));
        Assert.False(WitDesk.IsWorkingTime(instant));
        Assert.True(WibDesk.IsWorkingTime(UtcAt(2027, 1, 8, 1, 0)));
    }

    [Fact]
    public void AlwaysOpen_AcrossTheYearEndAndHolidays_CountsEveryHour()
    {
        var hotline = WorkingCalendar.AlwaysOpen(Jakarta);

        // 22:00 on New Year's Eve + 4 h = 02:00 on New Year's Day; 14 days are 14 calendar days, Christmas included.
        Assert.Equal("Fri 2027-01-01 02:00", InWib(hotline.AddWorkingTime(Wib("Thu 2026-12-31 22:00"), Hours(4))));
        Assert.Equal("Wed 2027-01-06 22:00", InWib(hotline.AddWorkingDays(Wib("Wed 2026-12-23 22:00"), 14)));
        Assert.Equal(Hours(7 * 24), hotline.WorkingTimeBetween(Wib("Wed 2026-12-23 00:00"), Wib("Wed 2026-12-30 00:00")));
    }

    [Fact]
    public void AlwaysOpen_SameUtcInstantInAnyZone_DueAfterTheSameElapsedTime()
    {
        var filed = UtcAt(2026, 11, 28, 15, 0);

        Assert.Equal(filed.AddHours(4), WorkingCalendar.AlwaysOpen(Jakarta).AddWorkingTime(filed, Hours(4)));
        Assert.Equal(filed.AddHours(4), WorkingCalendar.AlwaysOpen(Jayapura).AddWorkingTime(filed, Hours(4)));
    }

    [Fact]
    public void AlwaysOpen_WithAPause_AddsThePauseInFull()
    {
        // Saturday 10:00 + 4 h, paused 11:00–13:00: 1 h before, 3 h after = 16:00.
        var hotline = WorkingCalendar.AlwaysOpen(Jakarta);

        var due = hotline.AddWorkingTime(Wib("Sat 2026-11-28 10:00"), Hours(4), [Pause("Sat 2026-11-28 11:00", "Sat 2026-11-28 13:00")]);

        Assert.Equal("Sat 2026-11-28 16:00", InWib(due));
    }

    [Fact]
    public void WorkingTimeBetween_WeekRamadanBegins_OrdinaryThenRamadanHours()
    {
        // Mon 16 Feb 2026 cuti Imlek, Tue 17 Imlek, Wed 18 ordinary (8.5 h), Thu 19 Ramadan (7 h), Fri 20 Ramadan (7.5 h).
        var week = Desk.WorkingTimeBetween(Wib("Mon 2026-02-16 00:00"), Wib("Mon 2026-02-23 00:00"));

        Assert.Equal(Hours(8.5 + 7 + 7.5), week);
    }

    [Theory]
    [InlineData("Fri 2026-03-13 15:15", 1, "Mon 2026-03-16 15:00")] // Ramadan Friday 15:15; Ramadan Monday closes 15:00
    [InlineData("Fri 2026-03-13 14:30", 5, "Fri 2026-03-27 14:30")] // Mon 16, Tue 17, Wed 25, Thu 26, Fri 27
    [InlineData("Fri 2027-02-05 16:15", 1, "Mon 2027-02-08 15:00")] // ordinary Friday → first day of Ramadan 1448 H
    public void AddWorkingDays_RamadanHours_ClockTimePulledIntoTheShorterDay(string filed, int days, string expected) =>
        Assert.Equal(expected, InWib(Desk.AddWorkingDays(Wib(filed), days)));

    [Fact]
    public void AddWorkingTime_RamadanFriday_HasHalfAnHourMoreThanRamadanThursday()
    {
        // 7.5 h from Ramadan Friday 08:00 ends at its 15:30 close; from Thursday 08:00 it spills 30 min into Friday.
        Assert.Equal("Fri 2026-03-06 15:30", InWib(Desk.AddWorkingTime(Wib("Fri 2026-03-06 08:00"), Hours(7.5))));
        Assert.Equal("Fri 2026-03-06 08:30", InWib(Desk.AddWorkingTime(Wib("Thu 2026-03-05 08:00"), Hours(7.5))));
    }

    [Fact]
    public void AddWorkingDaysWithPauses_PauseAcrossTheIdulFitriWeek_OnlyItsWorkingEdgesAreAdded()
    {
        // Unpaused, 5 days from Mon 16 March 10:00: Tue 17, Wed 25, Thu 26, Fri 27, Mon 30 → Mon 30 10:00.
        // Paused Tue 17 10:00 → Wed 25 09:00: working time inside it is Tue 10:00–15:00 (5 h) + Wed 07:30–09:00 (1.5 h).
        // Mon 30 10:00 + 6.5 h: Monday to 16:00 gives 6 h, Tue 31 07:30 + 0.5 h = 08:00.
        var due = Desk.AddWorkingDays(Wib("Mon 2026-03-16 10:00"), 5, [Pause("Tue 2026-03-17 10:00", "Wed 2026-03-25 09:00")]);

        Assert.Equal("Tue 2026-03-31 08:00", InWib(due));
    }

    [Fact]
    public void AddWorkingTimeWithPauses_PauseOverTheChristmasLeave_ResumesMondayWhenItEnds()
    {
        // Four working hours from Wed 23 Dec 14:00; 1 h used before the pause at 15:00. The pause ends Mon 28 09:00
        // (the closed days between cost nothing); 3 h more = 12:00.
        var due = Desk.AddWorkingTime(Wib("Wed 2026-12-23 14:00"), Hours(4), [Pause("Wed 2026-12-23 15:00", "Mon 2026-12-28 09:00")]);

        Assert.Equal("Mon 2026-12-28 12:00", InWib(due));
    }
}
