using HelpdeskConsole.Escalation;

namespace HelpdeskConsole.Tests.Escalation;

/// <summary>Bad settings and bad arguments fail at once, with a message that says what to fix.</summary>
public sealed partial class WorkingCalendarTests
{
    [Fact]
    public void Constructor_UnknownTimeZone_ThrowsNamingItAndTheExpectedIds()
    {
        var error = Assert.Throws<ArgumentException>(() => new WorkingCalendar("Asia/Atlantis", WeeklySchedule.CivilService));

        Assert.Equal("timeZoneId", error.ParamName);
        Assert.Contains("'Asia/Atlantis'", error.Message, StringComparison.Ordinal);
        Assert.Contains("Asia/Jakarta (WIB)", error.Message, StringComparison.Ordinal);
        Assert.IsType<TimeZoneNotFoundException>(error.InnerException);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Constructor_MissingTimeZone_Throws(string? timeZoneId)
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => new WorkingCalendar(timeZoneId!, WeeklySchedule.CivilService));

        Assert.Contains("needs a time zone", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Jakarta, 7)]
    [InlineData(Makassar, 8)]
    [InlineData(Jayapura, 9)]
    public void Constructor_IndonesianTimeZones_HaveFixedOffsets(string timeZoneId, int hours)
    {
        var calendar = new WorkingCalendar(timeZoneId, WeeklySchedule.CivilService);

        Assert.Equal(timeZoneId, calendar.TimeZoneId);
        Assert.Equal(TimeSpan.FromHours(hours), calendar.TimeZone.GetUtcOffset(new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc)));
        Assert.Equal(TimeSpan.FromHours(hours), calendar.TimeZone.GetUtcOffset(new DateTime(2027, 7, 1, 0, 0, 0, DateTimeKind.Utc)));
    }

    [Fact]
    public void Constructor_ScheduleWithoutWorkingTime_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => new WorkingCalendar(Jakarta, WeeklySchedule.Closed));

        Assert.Equal("weeklySchedule", error.ParamName);
        Assert.Contains("no working hours", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_OverlappingSpecialSchedules_ThrowsNamingBoth()
    {
        var ramadan = new SpecialSchedule(
            new DatePeriod(new DateOnly(2026, 2, 19), new DateOnly(2026, 3, 20), "Ramadan 1447 H", "Ramadan 1447 AH"),
            WeeklySchedule.CivilServiceRamadan);
        var closure = new SpecialSchedule(
            new DatePeriod(new DateOnly(2026, 3, 20), new DateOnly(2026, 3, 27), "Renovasi", "Renovation"),
            WeeklySchedule.Closed);

        var error = Assert.Throws<ArgumentException>(() =>
            new WorkingCalendar(Jakarta, WeeklySchedule.CivilService, specialSchedules: [closure, ramadan]));

        Assert.Equal("specialSchedules", error.ParamName);
        Assert.Contains("Ramadan 1447 H (2026-02-19–2026-03-20)", error.Message, StringComparison.Ordinal);
        Assert.Contains("Renovasi (2026-03-20–2026-03-27)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_NullNonWorkingDay_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => new WorkingCalendar(Jakarta, WeeklySchedule.CivilService, [null!]));

        Assert.Equal("nonWorkingDays", error.ParamName);
    }

    [Fact]
    public void Constructor_TwoHolidaysOnOneDate_BothKeptAndTheDateClosed()
    {
        var christmas = new NonWorkingDay(new DateOnly(2027, 12, 24), "Natal", "Christmas", NonWorkingDayKind.NationalHoliday);
        var other = new NonWorkingDay(new DateOnly(2027, 12, 24), "Lain", "Other", NonWorkingDayKind.CollectiveLeave);

        var calendar = new WorkingCalendar(Jakarta, WeeklySchedule.CivilService, [other, christmas]);

        Assert.Equal(2, calendar.NonWorkingDays.Count);
        Assert.False(calendar.IsWorkingDay(new DateOnly(2027, 12, 24)));
    }

    [Fact]
    public void Constructor_NonWorkingDays_ListedInDateOrder()
    {
        var calendar = WorkingCalendar.CivilService(Jakarta, IndonesianHolidays.All, IndonesianHolidays.Ramadan);

        Assert.Equal(calendar.NonWorkingDays.OrderBy(d => d.Date).Select(d => d.Date), calendar.NonWorkingDays.Select(d => d.Date));
        Assert.Equal(IndonesianHolidays.All.Count, calendar.NonWorkingDays.Count);
        Assert.Equal(2, calendar.SpecialSchedules.Count);
    }

    [Theory]
    [InlineData(DateTimeKind.Unspecified)]
    [InlineData(DateTimeKind.Local)]
    public void Operations_NonUtcTimes_ThrowNamingTheParameter(DateTimeKind kind)
    {
        var notUtc = DateTime.SpecifyKind(new DateTime(2026, 11, 30, 8, 0, 0), kind);
        var utc = MondayEight;

        Assert.Equal("startUtc", Assert.Throws<ArgumentException>(() => Desk.AddWorkingTime(notUtc, Hours(1))).ParamName);
        Assert.Equal("startUtc", Assert.Throws<ArgumentException>(() => Desk.AddWorkingDays(notUtc, 1)).ParamName);
        Assert.Equal("fromUtc", Assert.Throws<ArgumentException>(() => Desk.WorkingTimeBetween(notUtc, utc)).ParamName);
        Assert.Equal("toUtc", Assert.Throws<ArgumentException>(() => Desk.WorkingTimeBetween(utc, notUtc)).ParamName);
        Assert.Equal("utc", Assert.Throws<ArgumentException>(() => Desk.IsWorkingTime(notUtc)).ParamName);
        var error = Assert.Throws<ArgumentException>(() => Desk.NextWorkingMoment(notUtc));
        Assert.Contains($"DateTimeKind.{kind}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddWorkingTime_NegativeOrHugeDuration_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Desk.AddWorkingTime(MondayEight, TimeSpan.FromMinutes(-1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Desk.AddWorkingTime(MondayEight, TimeSpan.MaxValue));
        Assert.Throws<ArgumentOutOfRangeException>(() => Desk.AddWorkingTime(MondayEight, TimeSpan.FromMinutes(-1), []));
    }

    [Fact]
    public void AddWorkingDays_NegativeOrHugeCount_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Desk.AddWorkingDays(MondayEight, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Desk.AddWorkingDays(MondayEight, WorkingCalendar.MaxWorkingDays + 1));
    }

    [Fact]
    public void AddWorkingTime_LongestAllowedDuration_Completes()
    {
        // The guard's upper bound still computes (walking 100 years of dates), so a sweep never hangs or overflows.
        var due = WorkingCalendar.AlwaysOpen(Jakarta).AddWorkingTime(MondayEight, WorkingCalendar.MaxWorkingDuration);

        Assert.Equal(MondayEight + WorkingCalendar.MaxWorkingDuration, due);
    }

    [Fact]
    public void NonWorkingDay_BlankNameOrUnknownKind_Throws()
    {
        var date = new DateOnly(2026, 8, 17);

        Assert.Equal("nameId", Assert.Throws<ArgumentException>(() => new NonWorkingDay(date, " ", "Independence Day", NonWorkingDayKind.NationalHoliday)).ParamName);
        Assert.Equal("nameEn", Assert.Throws<ArgumentException>(() => new NonWorkingDay(date, "Proklamasi", "", NonWorkingDayKind.NationalHoliday)).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => new NonWorkingDay(date, "Proklamasi", "Independence Day", (NonWorkingDayKind)42));
        Assert.True(new NonWorkingDay(date, "Proklamasi", "Independence Day", NonWorkingDayKind.NationalHoliday).Unconfirmed);
    }

    [Fact]
    public void DatePeriod_EndsBeforeItStarts_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            new DatePeriod(new DateOnly(2026, 3, 20), new DateOnly(2026, 2, 19), "Ramadan 1447 H", "Ramadan 1447 AH"));

        Assert.Equal("to", error.ParamName);
        Assert.Contains("ends (2026-02-19) before it starts (2026-03-20)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DatePeriod_SingleDay_ContainsOnlyThatDay()
    {
        var period = new DatePeriod(new DateOnly(2026, 3, 20), new DateOnly(2026, 3, 20), "Satu hari", "One day");

        Assert.True(period.Contains(new DateOnly(2026, 3, 20)));
        Assert.False(period.Contains(new DateOnly(2026, 3, 19)));
        Assert.False(period.Contains(new DateOnly(2026, 3, 21)));
    }
}
