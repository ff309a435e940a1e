namespace HelpdeskConsole.Tests.Escalation;

/// <summary>Pauses: while a ticket waits on the citizen the SLA clock stops.</summary>
public sealed partial class WorkingCalendarTests
{
    private static readonly DateTime MondayEight = Wib("Mon 2026-11-30 08:00");

    private static (DateTime FromUtc, DateTime? ToUtc) Pause(string from, string? to) =>
        (Wib(from), to is null ? null : Wib(to));

    [Fact]
    public void AddWorkingTimeWithPauses_NoPauses_SameAsWithout()
    {
        Assert.Equal("Mon 2026-11-30 12:00", InWib(Desk.AddWorkingTime(MondayEight, Hours(4), [])));
    }

    [Fact]
    public void AddWorkingTimeWithPauses_OneClosedPause_ExtendsByThePausedWorkingTime()
    {
        var due = Desk.AddWorkingTime(MondayEight, Hours(4), [Pause("Mon 2026-11-30 09:00", "Mon 2026-11-30 11:00")]);

        Assert.Equal("Mon 2026-11-30 14:00", InWib(due));
    }

    [Fact]
    public void AddWorkingTimeWithPauses_OverlappingPauses_CountOnce()
    {
        var overlapping = Desk.AddWorkingTime(MondayEight, Hours(4),
            [Pause("Mon 2026-11-30 10:00", "Mon 2026-11-30 11:00"), Pause("Mon 2026-11-30 09:00", "Mon 2026-11-30 10:30")]);
        var nested = Desk.AddWorkingTime(MondayEight, Hours(4),
            [Pause("Mon 2026-11-30 09:00", "Mon 2026-11-30 11:00"), Pause("Mon 2026-11-30 09:30", "Mon 2026-11-30 10:00")]);
        var touching = Desk.AddWorkingTime(MondayEight, Hours(4),
            [Pause("Mon 2026-11-30 09:00", "Mon 2026-11-30 10:00"), Pause("Mon 2026-11-30 10:00", "Mon 2026-11-30 11:00")]);

        Assert.Equal("Mon 2026-11-30 14:00", InWib(overlapping));
        Assert.Equal("Mon 2026-11-30 14:00", InWib(nested));
        Assert.Equal("Mon 2026-11-30 14:00", InWib(touching));
    }

    [Fact]
    public void AddWorkingTimeWithPauses_PauseOutsideWorkingHours_ChangesNothing()
    {
        var start = Wib("Mon 2026-11-30 14:00");

        var due = Desk.AddWorkingTime(start, Hours(4), [Pause("Mon 2026-11-30 17:00", "Tue 2026-12-01 07:00")]);

        Assert.Equal("Tue 2026-12-01 09:30", InWib(due));
        Assert.Equal(Desk.AddWorkingTime(start, Hours(4)), due);
    }

    [Fact]
    public void AddWorkingTimeWithPauses_PauseOverTheWeekend_OnlyItsWorkingEdgesCount()
    {
        // Paused Friday 16:00 to Monday 09:00: Friday's last 30 min and Monday's first 90 min stop the clock.
        var start = Wib("Fri 2026-11-27 14:00");

        var due = Desk.AddWorkingTime(start, Hours(4), [Pause("Fri 2026-11-27 16:00", "Mon 2026-11-30 09:00")]);

        Assert.Equal("Mon 2026-11-30 09:00", InWib(Desk.AddWorkingTime(start, Hours(4))));
        Assert.Equal("Mon 2026-11-30 11:00", InWib(due));
    }

    [Fact]
    public void AddWorkingTimeWithPauses_PauseStartedBeforeTheTicket_CountsFromTheTicket()
    {
        var due = Desk.AddWorkingTime(MondayEight, Hours(1), [Pause("Sun 2026-11-29 20:00", "Mon 2026-11-30 09:00")]);

        Assert.Equal("Mon 2026-11-30 10:00", InWib(due));
    }

    [Fact]
    public void AddWorkingTimeWithPauses_PauseEndedBeforeTheTicket_IsIgnored()
    {
        var due = Desk.AddWorkingTime(MondayEight, Hours(1), [Pause("Fri 2026-11-27 09:00", "Fri 2026-11-27 15:00")]);

        Assert.Equal("Mon 2026-11-30 09:00", InWib(due));
    }

    [Fact]
    public void AddWorkingTimeWithPauses_YearLongPause_ResumesWhenItEnds()
    {
        // One hour used before the pause; the clock restarts on Wednesday 1 December 2027 at opening.
        var due = Desk.AddWorkingTime(MondayEight, Hours(4), [Pause("Mon 2026-11-30 09:00", "Wed 2027-12-01 00:00")]);

        Assert.Equal("Wed 2027-12-01 10:30", InWib(due));
    }

    [Fact]
    public void AddWorkingTimeWithPauses_OpenPauseBeforeDue_HasNoDueTime()
    {
        var due = Desk.AddWorkingTime(MondayEight, Hours(4), [Pause("Mon 2026-11-30 10:00", null)]);

        Assert.Null(due);
    }

    [Fact]
    public void AddWorkingTimeWithPauses_OpenPauseOverTheWeekend_HasNoDueTime()
    {
        // Friday 14:00–16:30 leaves 1.5 h for Monday, but the pause that began on Saturday is still running.
        var due = Desk.AddWorkingTime(Wib("Fri 2026-11-27 14:00"), Hours(4), [Pause("Sat 2026-11-28 09:00", null)]);

        Assert.Null(due);
    }

    [Theory]
    [InlineData("Mon 2026-11-30 13:00")]
    [InlineData("Mon 2026-11-30 12:00")]
    public void AddWorkingTimeWithPauses_OpenPauseAfterTheDeadlinePassed_KeepsTheDeadline(string pausedAt)
    {
        var due = Desk.AddWorkingTime(MondayEight, Hours(4), [Pause(pausedAt, null)]);

        Assert.Equal("Mon 2026-11-30 12:00", InWib(due));
    }

    [Fact]
    public void AddWorkingTimeWithPauses_EmptyPause_IsIgnored()
    {
        var due = Desk.AddWorkingTime(MondayEight, Hours(4), [Pause("Mon 2026-11-30 09:00", "Mon 2026-11-30 09:00")]);

        Assert.Equal("Mon 2026-11-30 12:00", InWib(due));
    }

    [Fact]
    public void WorkingTimeBetweenWithPauses_ClosedAndOverlappingPauses_AreSubtractedOnce()
    {
        var used = Desk.WorkingTimeBetween(MondayEight, Wib("Mon 2026-11-30 15:00"),
            [Pause("Mon 2026-11-30 09:00", "Mon 2026-11-30 10:30"), Pause("Mon 2026-11-30 10:00", "Mon 2026-11-30 11:00")]);

        Assert.Equal(Hours(5), used);
    }

    [Fact]
    public void WorkingTimeBetweenWithPauses_OpenPause_CountsAsPausedUntilTheEnd()
    {
        var used = Desk.WorkingTimeBetween(MondayEight, Wib("Tue 2026-12-01 12:00"), [Pause("Mon 2026-11-30 10:00", null)]);

        Assert.Equal(Hours(2), used);
    }

    [Fact]
    public void WorkingTimeBetweenWithPauses_PauseCoversTheWholeSpan_IsZero()
    {
        var used = Desk.WorkingTimeBetween(MondayEight, Wib("Mon 2026-11-30 15:00"), [Pause("Mon 2026-11-30 07:00", "Mon 2026-11-30 16:00")]);

        Assert.Equal(TimeSpan.Zero, used);
    }

    [Fact]
    public void AddWorkingDaysWithPauses_ClosedPause_AddsThePausedWorkingTime()
    {
        // One working day from Tuesday 10:00 is Wednesday 10:00; an hour paused on Tuesday moves it to 11:00.
        var start = Wib("Tue 2026-12-01 10:00");

        var due = Desk.AddWorkingDays(start, 1, [Pause("Tue 2026-12-01 14:00", "Tue 2026-12-01 15:00")]);

        Assert.Equal("Wed 2026-12-02 11:00", InWib(due));
    }

    [Fact]
    public void AddWorkingDaysWithPauses_OpenPause_HasNoDueTime()
    {
        var due = Desk.AddWorkingDays(Wib("Tue 2026-12-01 10:00"), 1, [Pause("Tue 2026-12-01 14:00", null)]);

        Assert.Null(due);
    }

    [Fact]
    public void AddWorkingTimeWithPauses_PauseEndsBeforeItStarts_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            Desk.AddWorkingTime(MondayEight, Hours(4), [Pause("Mon 2026-11-30 11:00", "Mon 2026-11-30 09:00")]));

        Assert.Equal("pauses", error.ParamName);
        Assert.Contains("Pause #1 ends", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddWorkingTimeWithPauses_PauseNotInUtc_Throws()
    {
        var local = DateTime.SpecifyKind(new DateTime(2026, 11, 30, 9, 0, 0), DateTimeKind.Unspecified);

        var error = Assert.Throws<ArgumentException>(() => Desk.AddWorkingTime(MondayEight, Hours(4), [(local, null)]));

        Assert.Equal("pauses", error.ParamName);
    }

    [Fact]
    public void AddWorkingTimeWithPauses_NullList_Throws() =>
        Assert.Throws<ArgumentNullException>(() => Desk.AddWorkingTime(MondayEight, Hours(4), null!));
}
