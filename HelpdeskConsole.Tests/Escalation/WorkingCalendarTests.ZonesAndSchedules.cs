using HelpdeskConsole.Escalation;

namespace HelpdeskConsole.Tests.Escalation;

/// <summary>The three Indonesian time zones, the Ramadan schedule and the 24/7 calendar.</summary>
public sealed partial class WorkingCalendarTests
{
    private static readonly WorkingCalendar WibDesk = WorkingCalendar.CivilService(Jakarta, IndonesianHolidays.All, IndonesianHolidays.Ramadan);
    private static readonly WorkingCalendar WitaDesk = WorkingCalendar.CivilService(Makassar, IndonesianHolidays.All, IndonesianHolidays.Ramadan);
    private static readonly WorkingCalendar WitDesk = WorkingCalendar.CivilService(Jayapura, IndonesianHolidays.All, IndonesianHolidays.Ramadan);

    private static DateTime UtcAt(int year, int month, int day, int hour, int minute) =>
        new(year, month, day, hour, minute, 0, DateTimeKind.Utc);

    [Fact]
    public void IsWorkingTime_SameInstantInThreeZones_ReadsEachDesksLocalClock()
    {
        // 00:00 UTC on Monday 30 November: 07:00 WIB (not yet open), 08:00 WITA, 09:00 WIT.
        var morning = UtcAt(2026, 11, 30, 0, 0);
        Assert.False(WibDesk.IsWorkingTime(morning));
        Assert.True(WitaDesk.IsWorkingTime(morning));
        Assert.True(WitDesk.IsWorkingTime(morning));

        // 08:45 UTC: 15:45 WIB (open), 16:45 WITA and 17:45 WIT (closed).
        var afternoon = UtcAt(2026, 11, 30, 8, 45);
        Assert.True(WibDesk.IsWorkingTime(afternoon));
        Assert.False(WitaDesk.IsWorkingTime(afternoon));
        Assert.False(WitDesk.IsWorkingTime(afternoon));
    }

    [Fact]
    public void IsWorkingTime_SundayInUtcButMondayLocally_FollowsTheLocalDate()
    {
        // 23:30 UTC on Sunday 29 November is Monday morning east of Jakarta: 07:30 WITA and 08:30 WIT.
        var instant = UtcAt(2026, 11, 29, 23, 30);

        Assert.Equal("Mon 2026-11-30 06:30", Local(instant, 7));
        Assert.False(WibDesk.IsWorkingTime(instant));
        Assert.True(WitaDesk.IsWorkingTime(instant));
        Assert.True(WitDesk.IsWorkingTime(instant));
    }

    [Fact]
    public void IsWorkingTime_HolidayByLocalDate_ClosedWhileTheUtcDateIsStillTheDayBefore()
    {
        // 23:30 UTC on Wednesday 23 December is 07:30 WITA on Thursday 24 December, collective leave.
        var instant = UtcAt(2026, 12, 23, 23, 30);

        Assert.False(WitaDesk.IsWorkingTime(instant));
        Assert.Equal("Mon 2026-12-28 07:30", Local(WitaDesk.NextWorkingMoment(instant), 8));
    }

    [Fact]
    public void AddWorkingTime_SameFilingInstantInThreeZones_DueByEachLocalClock()
    {
        var filed = UtcAt(2026, 11, 30, 0, 0);

        var wib = WibDesk.AddWorkingTime(filed, Hours(1));
        var wita = WitaDesk.AddWorkingTime(filed, Hours(1));
        var wit = WitDesk.AddWorkingTime(filed, Hours(1));

        Assert.Equal("Mon 2026-11-30 08:30", Local(wib, 7));
        Assert.Equal("Mon 2026-11-30 09:00", Local(wita, 8));
        Assert.Equal("Mon 2026-11-30 10:00", Local(wit, 9));
        Assert.Equal(UtcAt(2026, 11, 30, 1, 30), wib);
        Assert.Equal(UtcAt(2026, 11, 30, 1, 0), wita);
        Assert.Equal(UtcAt(2026, 11, 30, 1, 0), wit);
    }

    [Fact]
    public void NextWorkingMoment_FridayAfternoonInThreeZones_OnlyJakartaIsStillOpen()
    {
        var instant = UtcAt(2026, 11, 27, 9, 15); // 16:15 WIB, 17:15 WITA, 18:15 WIT

        Assert.Equal(instant, WibDesk.NextWorkingMoment(instant));
        Assert.Equal(Wita("Mon 2026-11-30 07:30"), WitaDesk.NextWorkingMoment(instant));
        Assert.Equal(Wit("Mon 2026-11-30 07:30"), WitDesk.NextWorkingMoment(instant));
        Assert.Equal(UtcAt(2026, 11, 29, 22, 30), WitDesk.NextWorkingMoment(instant));
    }

    [Fact]
    public void WorkingTimeBetween_SameUtcSpanInThreeZones_DiffersByLocalHours()
    {
        var from = UtcAt(2026, 11, 30, 0, 0);
        var to = UtcAt(2026, 11, 30, 6, 0);

        Assert.Equal(Hours(5.5), WibDesk.WorkingTimeBetween(from, to)); // 07:30–13:00 WIB
        Assert.Equal(Hours(6), WitaDesk.WorkingTimeBetween(from, to)); // 08:00–14:00 WITA
        Assert.Equal(Hours(6), WitDesk.WorkingTimeBetween(from, to)); // 09:00–15:00 WIT
    }

    [Fact]
    public void AddWorkingDays_WitDesk_SameLocalClockTimeNextWorkingDay()
    {
        Assert.Equal("Tue 2026-12-01 10:00", Local(WitDesk.AddWorkingDays(Wit("Mon 2026-11-30 10:00"), 1), 9));
    }

    [Fact]
    public void IsWorkingTime_JakartaBefore1964_UsesTheOffsetOfThatTime()
    {
        // Jakarta kept UTC+07:30 until 1964: the calendar reads history from the zone's rules, not a fixed +7.
        var calendar = new WorkingCalendar(Jakarta, WeeklySchedule.CivilService);
        var opening = new DateTimeOffset(1963, 7, 1, 7, 30, 0, new TimeSpan(7, 30, 0)).UtcDateTime;

        Assert.True(calendar.IsWorkingTime(opening));
        Assert.False(calendar.IsWorkingTime(opening.AddTicks(-1)));
        Assert.Equal(opening, calendar.NextWorkingMoment(new DateTime(1963, 6, 30, 12, 0, 0, DateTimeKind.Utc)));
    }

    [Fact]
    public void AddWorkingTime_ZoneWithDaylightSaving_FollowsTheLocalClockInSummerAndWinter()
    {
        // Not an Indonesian zone, but accepted: 07:30 in Berlin is 05:30 UTC in July and 06:30 UTC in January.
        var berlin = new WorkingCalendar("Europe/Berlin", WeeklySchedule.CivilService);

        Assert.Equal(new DateTime(2026, 7, 6, 6, 30, 0, DateTimeKind.Utc), berlin.AddWorkingTime(new DateTime(2026, 7, 6, 0, 0, 0, DateTimeKind.Utc), Hours(1)));
        Assert.Equal(new DateTime(2026, 1, 5, 7, 30, 0, DateTimeKind.Utc), berlin.AddWorkingTime(new DateTime(2026, 1, 5, 0, 0, 0, DateTimeKind.Utc), Hours(1)));

        // The fortnight around the change to summer time (Sunday 29 March 2026) still has two weeks of 43 hours.
        Assert.Equal(Hours(2 * 43), berlin.WorkingTimeBetween(new DateTime(2026, 3, 23, 0, 0, 0, DateTimeKind.Utc), new DateTime(2026, 4, 6, 0, 0, 0, DateTimeKind.Utc)));
    }

    [Theory]
    [InlineData("Wed 2026-02-18 15:30", true)] // the day before Ramadan: ordinary hours
    [InlineData("Thu 2026-02-19 07:45", false)] // first day of Ramadan 1447 H: opens 08:00
    [InlineData("Thu 2026-02-19 08:00", true)]
    [InlineData("Mon 2026-03-02 14:59", true)]
    [InlineData("Mon 2026-03-02 15:00", false)]
    [InlineData("Fri 2026-03-06 15:15", true)] // Friday closes 15:30 in Ramadan
    [InlineData("Fri 2026-03-06 15:30", false)]
    [InlineData("Fri 2026-03-20 10:00", false)] // last day of Ramadan, collective leave
    [InlineData("Wed 2026-03-25 07:45", true)] // after Idulfitri: ordinary hours again
    [InlineData("Fri 2027-02-05 16:15", true)] // before Ramadan 1448 H
    [InlineData("Mon 2027-02-08 07:45", false)] // first day of Ramadan 1448 H
    [InlineData("Mon 2027-02-08 14:30", true)]
    public void IsWorkingTime_RamadanPeriods_UseTheShorterHours(string local, bool expected) =>
        Assert.Equal(expected, WibDesk.IsWorkingTime(Wib(local)));

    [Fact]
    public void AddWorkingTime_RamadanThursday_ContinuesIntoRamadanFriday()
    {
        // Thursday 14:00–15:00 gives 1 h; Friday opens at 08:00.
        var due = WibDesk.AddWorkingTime(Wib("Thu 2026-03-05 14:00"), Hours(4));

        Assert.Equal("Fri 2026-03-06 11:00", InWib(due));
    }

    [Fact]
    public void WorkingTimeBetween_RamadanWeek_Is35AndAHalfHours()
    {
        var week = WibDesk.WorkingTimeBetween(Wib("Mon 2026-02-23 00:00"), Wib("Mon 2026-03-02 00:00"));

        Assert.Equal(Hours(4 * 7 + 7.5), week);
    }

    [Fact]
    public void SpecialSchedule_ClosedWeeklyHours_ClosesThePeriod()
    {
        // An office move: closed for a week, without listing each date as a holiday.
        var move = new SpecialSchedule(
            new DatePeriod(new DateOnly(2026, 12, 7), new DateOnly(2026, 12, 11), "Pindah kantor", "Office move", unconfirmed: false),
            WeeklySchedule.Closed);
        var calendar = new WorkingCalendar(Jakarta, WeeklySchedule.CivilService, specialSchedules: [move]);

        Assert.Equal("Mon 2026-12-14 08:30", InWib(calendar.AddWorkingTime(Wib("Fri 2026-12-04 16:30"), Hours(1))));
    }

    [Fact]
    public void AlwaysOpen_EveryMoment_IsWorkingTimeEvenOnHolidays()
    {
        var hotline = WorkingCalendar.AlwaysOpen(Jakarta);
        var newYear = Wib("Fri 2027-01-01 03:00");

        Assert.True(hotline.IsAlwaysOpen);
        Assert.True(hotline.IsWorkingTime(newYear));
        Assert.Equal(newYear, hotline.NextWorkingMoment(newYear));
        Assert.True(hotline.IsWorkingDay(new DateOnly(2027, 1, 1)));
    }

    [Fact]
    public void AlwaysOpen_AddWorkingTime_IsPlainElapsedTime()
    {
        var hotline = WorkingCalendar.AlwaysOpen(Jakarta);

        Assert.Equal("Sun 2026-11-29 03:00", InWib(hotline.AddWorkingTime(Wib("Sat 2026-11-28 23:00"), Hours(4))));
        Assert.Equal(
            new TimeSpan(3, 5, 0, 0),
            hotline.WorkingTimeBetween(Wib("Thu 2026-12-24 10:00"), Wib("Sun 2026-12-27 15:00")));
    }

    [Fact]
    public void AlwaysOpen_WeeklyHoursWithHolidays_ClosesOnTheHolidays()
    {
        // Open around the clock except on the listed days: not an always-open calendar any more.
        var hotline = new WorkingCalendar(Jakarta, WeeklySchedule.AlwaysOpen, IndonesianHolidays.All);

        Assert.False(hotline.IsAlwaysOpen);
        Assert.False(hotline.IsWorkingTime(Wib("Fri 2027-01-01 03:00")));
        Assert.Equal("Sat 2027-01-02 01:00", InWib(hotline.AddWorkingTime(Wib("Thu 2026-12-31 23:00"), Hours(2))));
        Assert.False(Desk.IsAlwaysOpen);
    }
}
