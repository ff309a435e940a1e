using HelpdeskConsole.Escalation;

namespace HelpdeskConsole.Tests.Escalation;

public sealed class WorkingIntervalTests
{
    [Fact]
    public void Constructor_EndBeforeStart_ThrowsShowingTheInterval()
    {
        var error = Assert.Throws<ArgumentException>(() => new WorkingInterval(new TimeOnly(16, 0), new TimeOnly(7, 30)));

        Assert.Equal("end", error.ParamName);
        Assert.Contains("must end after it starts: 16:00–07:30", error.Message, StringComparison.Ordinal);
        Assert.Contains("cannot cross midnight", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_EmptyInterval_Throws() =>
        Assert.Throws<ArgumentException>(() => new WorkingInterval(new TimeOnly(8, 0), new TimeOnly(8, 0)));

    [Fact]
    public void Constructor_MidnightAsEnd_IsRejectedBecauseItReadsAsTheStartOfTheDay() =>
        Assert.Throws<ArgumentException>(() => new WorkingInterval(new TimeOnly(16, 0), TimeOnly.MinValue));

    [Fact]
    public void UntilMidnight_RunsToTheEndOfTheDay()
    {
        var evening = WorkingInterval.UntilMidnight(new TimeOnly(16, 0));

        Assert.True(evening.EndsAtMidnight);
        Assert.Equal(TimeOnly.MinValue, evening.End);
        Assert.Equal(TimeSpan.FromHours(8), evening.Duration);
        Assert.Equal("16:00–24:00", evening.ToString());
        Assert.Equal(TimeSpan.FromHours(24), WorkingInterval.AllDay.Duration);
    }

    [Theory]
    [InlineData("07:30-16:00", 7, 30, 16, 0)]
    [InlineData("07:30–16:00", 7, 30, 16, 0)]
    [InlineData(" 7:30 - 16:30 ", 7, 30, 16, 30)]
    public void Parse_StartDashEnd_ReadsBothTimes(string text, int startHour, int startMinute, int endHour, int endMinute)
    {
        var interval = WorkingInterval.Parse(text);

        Assert.Equal(new WorkingInterval(new TimeOnly(startHour, startMinute), new TimeOnly(endHour, endMinute)), interval);
    }

    [Fact]
    public void Parse_EndAt24_IsUntilMidnight() =>
        Assert.Equal(WorkingInterval.UntilMidnight(new TimeOnly(22, 0)), WorkingInterval.Parse("22:00-24:00"));

    [Theory]
    [InlineData("7.30-16")]
    [InlineData("07:30")]
    [InlineData("07:30-16:00-17:00")]
    [InlineData("25:00-26:00")]
    public void Parse_Malformed_ThrowsFormatException(string text)
    {
        var error = Assert.Throws<FormatException>(() => WorkingInterval.Parse(text));

        Assert.Contains(text, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Backwards_ThrowsArgumentException() =>
        Assert.Throws<ArgumentException>(() => WorkingInterval.Parse("16:00-07:30"));

    [Fact]
    public void ToString_ReadsLikeTheSchedule()
    {
        Assert.Equal("07:30–16:00", new WorkingInterval(new TimeOnly(7, 30), new TimeOnly(16, 0)).ToString());
        Assert.Equal("00:00–24:00", WorkingInterval.AllDay.ToString());
    }
}
