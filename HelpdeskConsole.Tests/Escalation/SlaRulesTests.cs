using System.Globalization;
using HelpdeskConsole.Escalation;
using HelpdeskConsole.Tickets;

namespace HelpdeskConsole.Tests.Escalation;

/// <summary>
/// The SLA rules on top of the calendar: which target applies, the clock a ticket gets (kind, deadline, warning,
/// pause, level, next escalation) and the pauses read from a status history. Times are local, with the weekday.
/// </summary>
public sealed class SlaRulesTests
{
    private const int WibTeam = 1;
    private const int WitTeam = 2;
    private const int HotlineTeam = 3;
    private const int Upah = 10;
    private const int Thr = 11;

    private static readonly WorkingCalendar WibDesk =
        WorkingCalendar.CivilService("Asia/Jakarta", IndonesianHolidays.All, IndonesianHolidays.Ramadan);

    private static readonly WorkingCalendar WitDesk =
        WorkingCalendar.CivilService("Asia/Jayapura", IndonesianHolidays.All, IndonesianHolidays.Ramadan);

    private static SlaRules Rules(EscalationSettings? settings = null, params SlaPolicy[] policies) =>
        new(policies.Length > 0 ? policies : DomainDefaults(), settings ?? new EscalationSettings(),
            new Dictionary<int, WorkingCalendar>
            {
                [WibTeam] = WibDesk,
                [WitTeam] = WitDesk,
                [HotlineTeam] = WorkingCalendar.AlwaysOpen("Asia/Jakarta"),
            },
            WibDesk);

    private static SlaPolicy[] DomainDefaults() =>
        [.. SlaPolicy.Defaults.Select(d => new SlaPolicy { Priority = d.Priority, FirstResponse = d.FirstResponse, Resolution = d.Resolution })];

    private static SlaPolicy Policy(TicketPriority priority, int? categoryId, SlaTarget firstResponse, SlaTarget resolution) =>
        new() { Priority = priority, CategoryId = categoryId, FirstResponse = firstResponse, Resolution = resolution };

    private static SlaInput Ticket(
        string startedAtWib,
        TicketPriority priority = TicketPriority.P2,
        TicketStatus status = TicketStatus.Diproses,
        string? firstResponseWib = null,
        DeadlineKind? currentKind = null,
        EscalationLevel currentLevel = EscalationLevel.None,
        int teamId = WibTeam,
        int categoryId = Upah) =>
        new(priority, categoryId, teamId, status, Wib(startedAtWib), firstResponseWib is null ? null : Wib(firstResponseWib),
            currentKind, currentLevel);

    private static DateTime Wib(string local) => At(local, 7);

    private static DateTime At(string local, int utcOffsetHours) =>
        new DateTimeOffset(DateTime.ParseExact(local, "ddd yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), TimeSpan.FromHours(utcOffsetHours)).UtcDateTime;

    private static string? InWib(DateTime? utc) => Local(utc, 7);

    private static string? Local(DateTime? utc, int utcOffsetHours)
    {
        if (utc is null)
        {
            return null;
        }

        Assert.Equal(DateTimeKind.Utc, utc.Value.Kind);
        var local = new DateTimeOffset(utc.Value).ToOffset(TimeSpan.FromHours(utcOffsetHours));
        return local.ToString(local.Second == 0 ? "ddd yyyy-MM-dd HH:mm" : "ddd yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
    }

    private static (DateTime FromUtc, DateTime? ToUtc) Pause(string from, string? to) => (Wib(from), to is null ? null : Wib(to));

    // ---- Target -------------------------------------------------------------------------------------------------

    [Fact]
    public void Target_CategoryRuleForThePriority_WinsOverTheGeneralRule()
    {
        var rules = Rules(policies:
        [
            Policy(TicketPriority.P2, null, SlaTarget.Hours(4), SlaTarget.Days(14)),
            Policy(TicketPriority.P2, Thr, SlaTarget.Hours(2), SlaTarget.Days(7)),
        ]);

        Assert.Equal(SlaTarget.Hours(2), rules.Target(TicketPriority.P2, Thr, DeadlineKind.FirstResponse));
        Assert.Equal(SlaTarget.Days(7), rules.Target(TicketPriority.P2, Thr, DeadlineKind.Resolution));
        Assert.Equal(SlaTarget.Hours(4), rules.Target(TicketPriority.P2, Upah, DeadlineKind.FirstResponse));
        Assert.Equal(SlaTarget.Days(14), rules.Target(TicketPriority.P2, Upah, DeadlineKind.Resolution));
    }

    [Fact]
    public void Target_CategoryRuleForAnotherPriority_FallsBackToTheGeneralRule()
    {
        var rules = Rules(policies:
        [
            Policy(TicketPriority.P1, Thr, SlaTarget.Hours(1), SlaTarget.Days(3)),
            Policy(TicketPriority.P2, null, SlaTarget.Hours(6), SlaTarget.Days(10)),
        ]);

        Assert.Equal(SlaTarget.Hours(6), rules.Target(TicketPriority.P2, Thr, DeadlineKind.FirstResponse));
        Assert.Equal(SlaTarget.Days(10), rules.Target(TicketPriority.P2, Thr, DeadlineKind.Resolution));
    }

    [Theory]
    [InlineData(TicketPriority.P1, DeadlineKind.FirstResponse, 1, SlaUnit.WorkingHours)]
    [InlineData(TicketPriority.P1, DeadlineKind.Resolution, 14, SlaUnit.WorkingDays)]
    [InlineData(TicketPriority.P2, DeadlineKind.FirstResponse, 4, SlaUnit.WorkingHours)]
    [InlineData(TicketPriority.P2, DeadlineKind.Resolution, 14, SlaUnit.WorkingDays)]
    [InlineData(TicketPriority.P3, DeadlineKind.FirstResponse, 1, SlaUnit.WorkingDays)]
    [InlineData(TicketPriority.P3, DeadlineKind.Resolution, 14, SlaUnit.WorkingDays)]
    [InlineData(TicketPriority.P4, DeadlineKind.FirstResponse, 1, SlaUnit.WorkingDays)]
    [InlineData(TicketPriority.P4, DeadlineKind.Resolution, 5, SlaUnit.WorkingDays)]
    public void Target_NoRuleForThePriority_FallsBackToDomainDefaults(TicketPriority priority, DeadlineKind kind, int amount, SlaUnit unit)
    {
        // Only a category rule for another priority: every priority here has neither its own nor a general rule.
        var rules = new SlaRules([Policy(TicketPriority.P1, 99, SlaTarget.Hours(9), SlaTarget.Days(9))], new EscalationSettings(),
            new Dictionary<int, WorkingCalendar>(), WibDesk);

        Assert.Equal(new SlaTarget(amount, unit), rules.Target(priority, Upah, kind));
    }

    // ---- Compute: kind, closed, level ---------------------------------------------------------------------------

    [Theory]
    [InlineData(TicketStatus.Selesai)]
    [InlineData(TicketStatus.Diarsipkan)]
    [InlineData(TicketStatus.Diteruskan)]
    public void Compute_ClosedTicket_ClosedState(TicketStatus status)
    {
        var state = Rules().Compute(
            Ticket("Mon 2026-11-30 08:00", status: status, firstResponseWib: "Mon 2026-11-30 09:00",
                currentKind: DeadlineKind.Resolution, currentLevel: EscalationLevel.Breach),
            [Pause("Mon 2026-11-30 10:00", null)]);

        Assert.Same(SlaState.Closed, state);
        Assert.Equal(new SlaState(null, null, null, false, EscalationLevel.None, null), state);
    }

    [Fact]
    public void Compute_NoFirstResponseYet_RunsAgainstTheFirstResponseTarget()
    {
        // P2: 4 working hours from Monday 08:00 = 12:00; the warning at 75 % = 3 h = 11:00, the next level to come.
        var state = Rules().Compute(Ticket("Mon 2026-11-30 08:00"), []);

        Assert.Equal(DeadlineKind.FirstResponse, state.Kind);
        Assert.Equal("Mon 2026-11-30 12:00", InWib(state.DueAt));
        Assert.Equal("Mon 2026-11-30 11:00", InWib(state.WarnAt));
        Assert.False(state.Paused);
        Assert.Equal(EscalationLevel.None, state.Level);
        Assert.Equal("Mon 2026-11-30 11:00", InWib(state.NextEscalationAt));
    }

    [Fact]
    public void Compute_FirstResponseGiven_RunsAgainstTheResolutionTarget()
    {
        // P4 resolution: 5 working days from Tue 1 Dec 10:00 = Tue 8 Dec 10:00. Working time in between:
        // Tue 6 + Wed 8.5 + Thu 8.5 + Fri 9 + Mon 8.5 + Tue 2.5 = 43 h; 75 % = 32.25 h: Tue 6 (6), Wed (14.5), Thu (23),
        // Fri (32), then 0.25 h from Mon 7 Dec 07:30 = 07:45.
        var state = Rules().Compute(Ticket("Tue 2026-12-01 10:00", TicketPriority.P4, firstResponseWib: "Tue 2026-12-01 11:00"), []);

        Assert.Equal(DeadlineKind.Resolution, state.Kind);
        Assert.Equal("Tue 2026-12-08 10:00", InWib(state.DueAt));
        Assert.Equal("Mon 2026-12-07 07:45", InWib(state.WarnAt));
    }

    [Fact]
    public void Compute_SameKindAsStored_KeepsTheLevelReached()
    {
        // Warning already applied to this first-response deadline: the next level is the breach, at the due time.
        var state = Rules().Compute(
            Ticket("Mon 2026-11-30 08:00", currentKind: DeadlineKind.FirstResponse, currentLevel: EscalationLevel.Warning), []);

        Assert.Equal(EscalationLevel.Warning, state.Level);
        Assert.Equal("Mon 2026-11-30 12:00", InWib(state.NextEscalationAt));
    }

    [Fact]
    public void Compute_KindChangedSinceStored_StartsTheLevelsAfresh()
    {
        // The first response breached; now answered, the resolution deadline starts at level None, next: its warning.
        var state = Rules().Compute(
            Ticket("Tue 2026-12-01 10:00", TicketPriority.P4, firstResponseWib: "Wed 2026-12-02 09:00",
                currentKind: DeadlineKind.FirstResponse, currentLevel: EscalationLevel.Breach), []);

        Assert.Equal(DeadlineKind.Resolution, state.Kind);
        Assert.Equal(EscalationLevel.None, state.Level);
        Assert.Equal(state.WarnAt, state.NextEscalationAt);
        Assert.Equal("Mon 2026-12-07 07:45", InWib(state.NextEscalationAt));
    }

    // ---- Compute: pauses ----------------------------------------------------------------------------------------

    [Theory]
    [InlineData(TicketStatus.PerluKelengkapan)]
    [InlineData(TicketStatus.MenungguTanggapan)]
    public void Compute_WaitingOnCitizen_PausedWithoutDueOrNextEscalation(TicketStatus waiting)
    {
        var state = Rules().Compute(
            Ticket("Mon 2026-11-30 08:00", status: waiting, firstResponseWib: "Mon 2026-11-30 09:00",
                currentKind: DeadlineKind.Resolution, currentLevel: EscalationLevel.Warning),
            [Pause("Mon 2026-11-30 09:00", null)]);

        Assert.True(state.Paused);
        Assert.Equal(DeadlineKind.Resolution, state.Kind);
        Assert.Null(state.DueAt);
        Assert.Null(state.WarnAt);
        Assert.Null(state.NextEscalationAt);
        Assert.Equal(EscalationLevel.Warning, state.Level);
    }

    [Fact]
    public void Compute_WaitingOnCitizenAfterTheDeadlinePassed_StillPaused()
    {
        // The first-response deadline (12:00) has passed when the ticket goes to PERLU_KELENGKAPAN at 13:00: the clock
        // is held all the same; nothing escalates while the citizen has the ball.
        var state = Rules().Compute(
            Ticket("Mon 2026-11-30 08:00", status: TicketStatus.PerluKelengkapan, currentKind: DeadlineKind.FirstResponse,
                currentLevel: EscalationLevel.Breach),
            [Pause("Mon 2026-11-30 13:00", null)]);

        Assert.True(state.Paused);
        Assert.Null(state.DueAt);
        Assert.Null(state.NextEscalationAt);
    }

    [Fact]
    public void Compute_AfterAClosedPause_DueAndWarningMoveByThePausedWorkingTime()
    {
        // P2 first response from Monday 08:00, paused 09:00–11:00: due 12:00 + 2 h = 14:00. The warning is 75 % of the
        // 4 h of unpaused working time, 3 h: 08:00–09:00, then 2 h from 11:00 = 13:00.
        var state = Rules().Compute(Ticket("Mon 2026-11-30 08:00"), [Pause("Mon 2026-11-30 09:00", "Mon 2026-11-30 11:00")]);

        Assert.False(state.Paused);
        Assert.Equal("Mon 2026-11-30 14:00", InWib(state.DueAt));
        Assert.Equal("Mon 2026-11-30 13:00", InWib(state.WarnAt));
    }

    [Fact]
    public void Compute_StartedAtWithoutKind_ReadAsUtc()
    {
        // Demo data built in memory may carry Unspecified times; the rules read them as UTC rather than throw.
        var utc = Wib("Mon 2026-11-30 08:00");
        var input = Ticket("Mon 2026-11-30 08:00") with { StartedAt = DateTime.SpecifyKind(utc, DateTimeKind.Unspecified) };
        var pause = (DateTime.SpecifyKind(Wib("Mon 2026-11-30 09:00"), DateTimeKind.Unspecified),
            (DateTime?)DateTime.SpecifyKind(Wib("Mon 2026-11-30 11:00"), DateTimeKind.Unspecified));

        var state = Rules().Compute(input, [pause]);

        Assert.Equal("Mon 2026-11-30 14:00", InWib(state.DueAt));
    }

    // ---- Compute: warning, levels, second level ----------------------------------------------------------------

    [Theory]
    [InlineData(75, "Mon 2026-11-30 11:00")]
    [InlineData(50, "Mon 2026-11-30 10:00")]
    [InlineData(25, "Mon 2026-11-30 09:00")]
    public void Compute_WarningPercent_WarnsAfterThatShareOfTheWorkingTime(int percent, string expectedWarn)
    {
        var state = Rules(new EscalationSettings { WarningPercent = percent }).Compute(Ticket("Mon 2026-11-30 08:00"), []);

        Assert.Equal("Mon 2026-11-30 12:00", InWib(state.DueAt));
        Assert.Equal(expectedWarn, InWib(state.WarnAt));
    }

    [Fact]
    public void Compute_OneWorkingDayFiledOnSaturday_WarnsAt75PercentOfMonday()
    {
        // P3 first response: 1 working day from Saturday = Monday 16:00, 8.5 h of working time; 75 % = 6 h 22 min 30 s
        // from 07:30 = 13:52:30.
        var state = Rules().Compute(Ticket("Sat 2026-11-28 10:00", TicketPriority.P3), []);

        Assert.Equal("Mon 2026-11-30 16:00", InWib(state.DueAt));
        Assert.Equal("Mon 2026-11-30 13:52:30", InWib(state.WarnAt));
    }

    [Fact]
    public void Compute_FiledFridayAfternoon_WarningCrossesTheWeekend()
    {
        // P2 from Fri 15:30: Friday gives 1 h, Monday 3 h → due Mon 10:30; warning at 3 h → Mon 09:30.
        var state = Rules().Compute(Ticket("Fri 2026-11-27 15:30"), []);

        Assert.Equal("Mon 2026-11-30 10:30", InWib(state.DueAt));
        Assert.Equal("Mon 2026-11-30 09:30", InWib(state.WarnAt));
    }

    // P2 first response filed Monday 08:00: warning 11:00, due 12:00, second level 2 working hours later, 14:00.
    [Theory]
    [InlineData(true, true, true, EscalationLevel.None, "Mon 2026-11-30 11:00")]
    [InlineData(true, true, true, EscalationLevel.Warning, "Mon 2026-11-30 12:00")]
    [InlineData(true, true, true, EscalationLevel.Breach, "Mon 2026-11-30 14:00")]
    [InlineData(true, true, true, EscalationLevel.SecondLevel, null)]
    [InlineData(false, true, true, EscalationLevel.None, "Mon 2026-11-30 12:00")]
    [InlineData(false, false, true, EscalationLevel.None, "Mon 2026-11-30 14:00")]
    [InlineData(true, false, true, EscalationLevel.Warning, "Mon 2026-11-30 14:00")]
    [InlineData(true, false, false, EscalationLevel.Warning, null)]
    [InlineData(true, true, false, EscalationLevel.Breach, null)]
    [InlineData(false, false, false, EscalationLevel.None, null)]
    public void Compute_LevelsSwitchedOnOrOff_NextEscalationIsTheNextSwitchedOnLevel(
        bool warning, bool breach, bool secondLevel, EscalationLevel reached, string? expectedNext)
    {
        var settings = new EscalationSettings { WarningEnabled = warning, BreachEnabled = breach, SecondLevelEnabled = secondLevel };

        var state = Rules(settings).Compute(
            Ticket("Mon 2026-11-30 08:00", currentKind: DeadlineKind.FirstResponse, currentLevel: reached), []);

        Assert.Equal(reached, state.Level);
        Assert.Equal(expectedNext, InWib(state.NextEscalationAt));
    }

    [Theory]
    // P1 first response, 1 working hour. Due Mon 15:30; 2 h after: Monday's last 30 min + Tue 07:30 + 1.5 h.
    [InlineData("Mon 2026-11-30 14:30", "Mon 2026-11-30 15:30", "Tue 2026-12-01 09:00")]
    // Due Fri 16:00; Friday's last 30 min + Mon 07:30 + 1.5 h.
    [InlineData("Fri 2026-11-27 15:00", "Fri 2026-11-27 16:00", "Mon 2026-11-30 09:00")]
    // Due Wed 23 Dec 15:30; then Thu 24 (cuti), Fri 25 (Christmas) and the weekend: 30 min + Mon 28 07:30 + 1.5 h.
    [InlineData("Wed 2026-12-23 14:30", "Wed 2026-12-23 15:30", "Mon 2026-12-28 09:00")]
    public void Compute_BreachReached_SecondLevelTwoWorkingHoursAfterTheDue(string filed, string expectedDue, string expectedSecond)
    {
        var state = Rules().Compute(
            Ticket(filed, TicketPriority.P1, currentKind: DeadlineKind.FirstResponse, currentLevel: EscalationLevel.Breach), []);

        Assert.Equal(expectedDue, InWib(state.DueAt));
        Assert.Equal(expectedSecond, InWib(state.NextEscalationAt));
    }

    [Fact]
    public void Compute_SecondLevelAfterSetMinutes_UsesTheSetting()
    {
        // 45 working minutes after a Fri 16:00 due: 30 min Friday + 15 min Monday.
        var rules = Rules(new EscalationSettings { SecondLevelAfterMinutes = 45 });

        var state = rules.Compute(
            Ticket("Fri 2026-11-27 15:00", TicketPriority.P1, currentKind: DeadlineKind.FirstResponse, currentLevel: EscalationLevel.Breach), []);

        Assert.Equal("Mon 2026-11-30 07:45", InWib(state.NextEscalationAt));
    }

    // ---- Compute: calendars -------------------------------------------------------------------------------------

    [Fact]
    public void Compute_WitTeam_DueByItsLocalHours()
    {
        // 08:45 UTC Fri 27 Nov is 17:45 WIT (closed): P2's 4 h run from Mon 07:30 WIT → 11:30 WIT. A WIB team is still
        // open (15:45 WIB): 45 min Friday + 3 h 15 min Monday → 10:45 WIB.
        var filed = new DateTime(2026, 11, 27, 8, 45, 0, DateTimeKind.Utc);
        var wit = Rules().Compute(new SlaInput(TicketPriority.P2, Upah, WitTeam, TicketStatus.Baru, filed, null, null, EscalationLevel.None), []);
        var wib = Rules().Compute(new SlaInput(TicketPriority.P2, Upah, WibTeam, TicketStatus.Baru, filed, null, null, EscalationLevel.None), []);

        Assert.Equal("Mon 2026-11-30 11:30", Local(wit.DueAt, 9));
        Assert.Equal("Mon 2026-11-30 10:45", InWib(wib.DueAt));
    }

    [Fact]
    public void Compute_AlwaysOpenTeam_CountsNightsAndHolidays()
    {
        // Christmas Eve 22:00: 4 elapsed hours = 02:00 on Christmas Day; warning after 3 h.
        var state = Rules().Compute(Ticket("Thu 2026-12-24 22:00", teamId: HotlineTeam), []);

        Assert.Equal("Fri 2026-12-25 02:00", InWib(state.DueAt));
        Assert.Equal("Fri 2026-12-25 01:00", InWib(state.WarnAt));
    }

    [Fact]
    public void Compute_TeamUnknownToTheSnapshot_UsesTheFallbackCalendar()
    {
        var state = Rules().Compute(Ticket("Mon 2026-11-30 08:00", teamId: 404), []);

        Assert.Equal("Mon 2026-11-30 12:00", InWib(state.DueAt));
    }

    [Fact]
    public void Compute_CategoryRule_UsedForTheDeadline()
    {
        // THR's own P2 rule: 2 working hours for the first response.
        var rules = Rules(policies:
        [
            Policy(TicketPriority.P2, null, SlaTarget.Hours(4), SlaTarget.Days(14)),
            Policy(TicketPriority.P2, Thr, SlaTarget.Hours(2), SlaTarget.Days(7)),
        ]);

        Assert.Equal("Mon 2026-11-30 10:00", InWib(rules.Compute(Ticket("Mon 2026-11-30 08:00", categoryId: Thr), []).DueAt));
        Assert.Equal("Mon 2026-11-30 12:00", InWib(rules.Compute(Ticket("Mon 2026-11-30 08:00", categoryId: Upah), []).DueAt));
    }

    // ---- PausesFrom ---------------------------------------------------------------------------------------------

    [Fact]
    public void PausesFrom_NoWaitingStatus_NoPauses()
    {
        var pauses = SlaRules.PausesFrom(
        [
            (Wib("Mon 2026-11-30 08:00"), TicketStatus.Verifikasi),
            (Wib("Mon 2026-11-30 09:00"), TicketStatus.Diproses),
            (Wib("Mon 2026-11-30 10:00"), TicketStatus.Selesai),
        ]);

        Assert.Empty(pauses);
    }

    [Fact]
    public void PausesFrom_IntoWaitingAndOut_OneClosedPause()
    {
        var pauses = SlaRules.PausesFrom(
        [
            (Wib("Mon 2026-11-30 08:00"), TicketStatus.Diproses),
            (Wib("Mon 2026-11-30 09:00"), TicketStatus.MenungguTanggapan),
            (Wib("Tue 2026-12-01 10:00"), TicketStatus.Diproses),
        ]);

        Assert.Equal([Pause("Mon 2026-11-30 09:00", "Tue 2026-12-01 10:00")], pauses);
    }

    [Fact]
    public void PausesFrom_FromOneWaitingStatusToTheOther_OnePauseFromTheFirst()
    {
        var pauses = SlaRules.PausesFrom(
        [
            (Wib("Mon 2026-11-30 09:00"), TicketStatus.PerluKelengkapan),
            (Wib("Mon 2026-11-30 11:00"), TicketStatus.MenungguTanggapan),
            (Wib("Mon 2026-11-30 13:00"), TicketStatus.Diproses),
        ]);

        Assert.Equal([Pause("Mon 2026-11-30 09:00", "Mon 2026-11-30 13:00")], pauses);
    }

    [Fact]
    public void PausesFrom_StillWaiting_LastPauseRuns()
    {
        var pauses = SlaRules.PausesFrom(
        [
            (Wib("Mon 2026-11-30 09:00"), TicketStatus.PerluKelengkapan),
            (Wib("Mon 2026-11-30 10:00"), TicketStatus.Verifikasi),
            (Wib("Tue 2026-12-01 09:00"), TicketStatus.MenungguTanggapan),
        ]);

        Assert.Equal([Pause("Mon 2026-11-30 09:00", "Mon 2026-11-30 10:00"), Pause("Tue 2026-12-01 09:00", null)], pauses);
    }

    [Fact]
    public void PausesFrom_ChangesOutOfOrder_ReadInTimeOrder()
    {
        var pauses = SlaRules.PausesFrom(
        [
            (Wib("Tue 2026-12-01 10:00"), TicketStatus.Diproses),
            (Wib("Mon 2026-11-30 09:00"), TicketStatus.MenungguTanggapan),
        ]);

        Assert.Equal([Pause("Mon 2026-11-30 09:00", "Tue 2026-12-01 10:00")], pauses);
    }

    [Fact]
    public void PausesFrom_ClosedWhileWaiting_PauseEndsAtTheClosing()
    {
        var pauses = SlaRules.PausesFrom(
        [
            (Wib("Mon 2026-11-30 09:00"), TicketStatus.MenungguTanggapan),
            (Wib("Mon 2026-12-14 09:00"), TicketStatus.Selesai),
            (Wib("Tue 2026-12-15 09:00"), TicketStatus.Diproses),
        ]);

        Assert.Equal([Pause("Mon 2026-11-30 09:00", "Mon 2026-12-14 09:00")], pauses);
    }
}
