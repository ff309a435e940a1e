using HelpdeskConsole.Escalation;

namespace HelpdeskConsole.Tests.Escalation;

/// <summary>The seed data: counts and dates as the 2026 decree has them, and internal consistency.</summary>
public sealed class IndonesianHolidaysTests
{
    private static IEnumerable<NonWorkingDay> InYear(int year) => IndonesianHolidays.All.Where(d => d.Date.Year == year);

    [Fact]
    public void Year2026_Has17NationalHolidaysAnd8CollectiveLeaveDays()
    {
        Assert.Equal(17, InYear(2026).Count(d => d.Kind == NonWorkingDayKind.NationalHoliday));
        Assert.Equal(8, InYear(2026).Count(d => d.Kind == NonWorkingDayKind.CollectiveLeave));
    }

    [Fact]
    public void Year2026_CollectiveLeave_OnTheDecreesDates()
    {
        var leave = InYear(2026).Where(d => d.Kind == NonWorkingDayKind.CollectiveLeave).Select(d => d.Date).Order();

        Assert.Equal(
            [
                new DateOnly(2026, 2, 16), new DateOnly(2026, 3, 18), new DateOnly(2026, 3, 20), new DateOnly(2026, 3, 23),
                new DateOnly(2026, 3, 24), new DateOnly(2026, 5, 15), new DateOnly(2026, 5, 28), new DateOnly(2026, 12, 24),
            ],
            leave);
    }

    [Fact]
    public void Year2026_IdulFitri_OnTheWeekendOf21And22March()
    {
        var idulFitri = InYear(2026).Where(d => d.NameId.StartsWith("Idulfitri", StringComparison.Ordinal)).Select(d => d.Date).Order();

        Assert.Equal([new DateOnly(2026, 3, 21), new DateOnly(2026, 3, 22)], idulFitri);
        Assert.All(idulFitri, d => Assert.True(d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday));
    }

    [Fact]
    public void Year2027_HasTheNationalHolidaysOfAYearButNoCollectiveLeaveYet()
    {
        // 17 holidays plus a second Isra Mikraj (1449 H): the Hijri year is 11 days shorter than the Gregorian one.
        Assert.Equal(18, InYear(2027).Count(d => d.Kind == NonWorkingDayKind.NationalHoliday));
        Assert.DoesNotContain(InYear(2027), d => d.Kind == NonWorkingDayKind.CollectiveLeave);
    }

    [Fact]
    public void All_MarkedUnconfirmedAndNamedInBothLanguages()
    {
        Assert.All(IndonesianHolidays.All, d =>
        {
            Assert.True(d.Unconfirmed, $"{d.Date} {d.NameEn}");
            Assert.False(string.IsNullOrWhiteSpace(d.NameId));
            Assert.False(string.IsNullOrWhiteSpace(d.NameEn));
        });
        Assert.All(IndonesianHolidays.Ramadan, p => Assert.True(p.Unconfirmed));
    }

    [Fact]
    public void All_NoDateListedTwiceWithTheSameName()
    {
        var duplicates = IndonesianHolidays.All.GroupBy(d => (d.Date, d.NameId)).Where(g => g.Count() > 1).Select(g => g.Key);

        Assert.Empty(duplicates);
    }

    [Theory]
    [InlineData(2026)]
    [InlineData(2027)]
    public void ChristianHolidays_FollowEaster(int year)
    {
        var holidays = InYear(year).Where(d => d.Kind == NonWorkingDayKind.NationalHoliday).ToDictionary(d => d.NameEn, d => d.Date);
        var easter = holidays["Easter Sunday"];

        Assert.Equal(DayOfWeek.Sunday, easter.DayOfWeek);
        Assert.Equal(easter.AddDays(-2), holidays["Good Friday"]);
        Assert.Equal(easter.AddDays(39), holidays["Ascension of Jesus Christ"]);
        Assert.Equal(new DateOnly(year, 12, 25), holidays["Christmas Day"]);
        Assert.Equal(new DateOnly(year, 8, 17), holidays["Independence Day"]);
    }

    [Fact]
    public void Ramadan_EachPeriodEndsTheDayBeforeIdulFitri()
    {
        foreach (var ramadan in IndonesianHolidays.Ramadan)
        {
            var days = ramadan.To.DayNumber - ramadan.From.DayNumber + 1;
            var nextDay = IndonesianHolidays.All.Where(d => d.Date == ramadan.To.AddDays(1)).Select(d => d.NameId);

            Assert.InRange(days, 29, 30);
            Assert.Contains(nextDay, name => name.StartsWith("Idulfitri", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Seed_BuildsACalendarInEachIndonesianTimeZone()
    {
        foreach (var zone in new[] { "Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura" })
        {
            var calendar = WorkingCalendar.CivilService(zone, IndonesianHolidays.All, IndonesianHolidays.Ramadan);

            Assert.Equal(IndonesianHolidays.All.Count, calendar.NonWorkingDays.Count);
        }
    }
}
