using System.Globalization;
using HelpdeskConsole.Escalation;
using HelpdeskConsole.Tickets;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskConsole.Tests.Escalation;

/// <summary>
/// The stored SLA clock: pauses read from the status history, a replayed ticket, and <see cref="SlaClock.ApplyAsync"/>
/// inside a writer's transaction on a real database, where each pause and resumption lands in the history.
/// Seeded calendar: civil-service hours in WIB with the 2026–2027 holidays.
/// </summary>
public sealed class SlaClockTests : IAsyncLifetime
{
    private SlaDatabase database = default!;

    public async Task InitializeAsync() =>
        database = await SlaDatabase.CreateAsync(new DateTimeOffset(Wib("Mon 2026-11-30 08:00")));

    public async Task DisposeAsync() => await database.DisposeAsync();

    private static DateTime Wib(string local) =>
        new DateTimeOffset(DateTime.ParseExact(local, "ddd yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), TimeSpan.FromHours(7)).UtcDateTime;

    private static string InWib(DateTime? utc)
    {
        Assert.NotNull(utc);
        return new DateTimeOffset(DateTime.SpecifyKind(utc.Value, DateTimeKind.Utc)).ToOffset(TimeSpan.FromHours(7))
            .ToString("ddd yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
    }

    private static (DateTime FromUtc, DateTime? ToUtc) Pause(string from, string? to) => (Wib(from), to is null ? null : Wib(to));

    // ---- PausesSince ---------------------------------------------------------------------------------------------

    [Fact]
    public void PausesSince_PauseSpanningTheStart_ClippedToTheStart()
    {
        var pauses = SlaClock.PausesSince(
            [(Wib("Mon 2026-11-30 09:00"), "MenungguTanggapan"), (Wib("Mon 2026-11-30 11:00"), "Diproses")],
            Wib("Mon 2026-11-30 10:00"));

        Assert.Equal([Pause("Mon 2026-11-30 10:00", "Mon 2026-11-30 11:00")], pauses);
    }

    [Theory]
    [InlineData("Mon 2026-11-30 10:00")] // ended an hour before the clock started
    [InlineData("Mon 2026-11-30 11:00")] // ended exactly when it started
    public void PausesSince_PauseOverBeforeTheStart_Dropped(string resumedAt)
    {
        var pauses = SlaClock.PausesSince(
            [(Wib("Mon 2026-11-30 09:00"), "PerluKelengkapan"), (Wib(resumedAt), "Diproses")],
            Wib("Mon 2026-11-30 11:00"));

        Assert.Empty(pauses);
    }

    [Fact]
    public void PausesSince_RunningPauseFromBeforeTheStart_RunsFromTheStart()
    {
        var pauses = SlaClock.PausesSince([(Wib("Fri 2026-11-27 09:00"), "PerluKelengkapan")], Wib("Mon 2026-11-30 08:00"));

        Assert.Equal([Pause("Mon 2026-11-30 08:00", null)], pauses);
    }

    [Fact]
    public void PausesSince_PausesAfterTheStart_KeptAsTheyAre()
    {
        var pauses = SlaClock.PausesSince(
            [
                (Wib("Mon 2026-11-30 09:00"), "MenungguTanggapan"), (Wib("Mon 2026-11-30 10:00"), "Diproses"),
                (Wib("Tue 2026-12-01 09:00"), "PerluKelengkapan"),
            ],
            Wib("Mon 2026-11-30 08:00"));

        Assert.Equal([Pause("Mon 2026-11-30 09:00", "Mon 2026-11-30 10:00"), Pause("Tue 2026-12-01 09:00", null)], pauses);
    }

    [Fact]
    public void PausesSince_UnknownStatusNames_Ignored()
    {
        // A value that isn't a status (renamed, mistyped, or a number outside the enum) neither starts nor ends a pause.
        var pauses = SlaClock.PausesSince(
            [
                (Wib("Mon 2026-11-30 09:00"), "PerluKelengkapan"), (Wib("Mon 2026-11-30 10:00"), "PERLU_INFO"),
                (Wib("Mon 2026-11-30 10:30"), "99"), (Wib("Mon 2026-11-30 11:00"), "Diproses"),
            ],
            Wib("Mon 2026-11-30 08:00"));

        Assert.Equal([Pause("Mon 2026-11-30 09:00", "Mon 2026-11-30 11:00")], pauses);
    }

    // ---- Replay --------------------------------------------------------------------------------------------------

    private static Ticket InMemoryTicket(TicketPriority priority, TicketStatus status, params (string At, TicketHistoryAction Action, string? To)[] history) => new()
    {
        Number = "ADU-2026-000001",
        TrackingCode = "TRK000001",
        Subject = "THR belum dibayar",
        Priority = priority,
        Status = status,
        CreatedAt = Wib("Mon 2026-11-30 08:00"),
        FirstResponseAt = Wib("Mon 2026-11-30 09:00"),
        DueKind = DeadlineKind.FirstResponse,
        EscalationLevel = EscalationLevel.Breach,
        History = [.. history.Select(h => new TicketHistoryEntry { At = Wib(h.At), Action = h.Action, ToValue = h.To })],
    };

    [Fact]
    public void Replay_ReopenedTicket_CycleTwoStartedAtTheReopeningWithItsOwnPauses()
    {
        var ticket = InMemoryTicket(TicketPriority.P4, TicketStatus.Diproses,
            ("Tue 2026-12-01 10:00", TicketHistoryAction.StatusChanged, "MenungguTanggapan"), // before the reopening: not counted
            ("Wed 2026-12-02 09:00", TicketHistoryAction.StatusChanged, "Diproses"),
            ("Wed 2026-12-02 11:00", TicketHistoryAction.Resolved, "Selesai"),
            ("Thu 2026-12-03 10:00", TicketHistoryAction.Reopened, "Diproses"),
            ("Thu 2026-12-03 11:00", TicketHistoryAction.Replied, null),
            ("Fri 2026-12-04 10:00", TicketHistoryAction.StatusChanged, "MenungguTanggapan"),
            ("Fri 2026-12-04 10:00", TicketHistoryAction.ClockPaused, "MenungguTanggapan"),
            ("Mon 2026-12-07 10:00", TicketHistoryAction.StatusChanged, "Diproses"),
            ("Tue 2026-12-08 09:00", TicketHistoryAction.ClockPaused, "PerluKelengkapan")); // not a status change: ignored

        SlaClock.Replay(ticket, SlaRules.Default);

        // P4 resolution: 5 working days from Thu 3 Dec 10:00 = Thu 10 Dec 10:00. Paused Fri 10:00–16:30 (6.5 h) and
        // Mon 07:30–10:00 (2.5 h): 9 h more, Thu 10:00–16:00 (6 h) + Fri 11 07:30 + 3 h = 10:30.
        Assert.Equal(Wib("Thu 2026-12-03 10:00"), ticket.SlaStartedAt);
        Assert.Equal(2, ticket.SlaCycle);
        Assert.Equal(DeadlineKind.Resolution, ticket.DueKind);
        Assert.Equal(EscalationLevel.None, ticket.EscalationLevel);
        Assert.False(ticket.SlaPaused);
        Assert.Equal("Fri 2026-12-11 10:30", InWib(ticket.DueAt));
    }

    [Fact]
    public void Replay_NeverReopened_CycleOneStartedAtCreation()
    {
        var ticket = InMemoryTicket(TicketPriority.P4, TicketStatus.Diproses,
            ("Mon 2026-11-30 08:30", TicketHistoryAction.StatusChanged, "Diproses"));

        SlaClock.Replay(ticket, SlaRules.Default);

        // 5 working days from Mon 30 Nov 08:00: Tue, Wed, Thu, Fri, Mon → Mon 7 Dec 08:00.
        Assert.Equal(ticket.CreatedAt, ticket.SlaStartedAt);
        Assert.Equal(1, ticket.SlaCycle);
        Assert.Equal("Mon 2026-12-07 08:00", InWib(ticket.DueAt));
    }

    [Fact]
    public void Replay_StillWaitingOnTheCitizen_PausedWithoutDue()
    {
        var ticket = InMemoryTicket(TicketPriority.P4, TicketStatus.PerluKelengkapan,
            ("Mon 2026-11-30 10:00", TicketHistoryAction.StatusChanged, "PerluKelengkapan"));

        SlaClock.Replay(ticket, SlaRules.Default);

        Assert.True(ticket.SlaPaused);
        Assert.Null(ticket.DueAt);
        Assert.Null(ticket.NextEscalationAt);
    }

    // ---- ApplyAsync on a real database ---------------------------------------------------------------------------

    private async Task ChangeStatusAsync(int ticketId, TicketStatus to, DateTime at, TicketHistoryAction action = TicketHistoryAction.StatusChanged)
    {
        // What a writer does: change the ticket, add the history line, apply the clock, save, all in one context.
        await using var db = database.CreateDbContext();
        var ticket = await db.Tickets.SingleAsync(t => t.Id == ticketId);
        db.TicketHistory.Add(new TicketHistoryEntry
        {
            TicketId = ticketId, At = at, Action = action, FromValue = ticket.Status.ToString(), ToValue = to.ToString(),
        });
        ticket.Status = to;
        await database.SlaClock.ApplyAsync(db, ticket, actorId: null, at);
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task ApplyAsync_MovedToWaitingAndBack_PauseAndResumeRecordedAndDueMovedByThePausedWorkingTime()
    {
        // P2 resolution (answered at 08:30): 14 working days from Mon 30 Nov 08:00 → Fri 18 Dec 08:00.
        var id = await database.AddTicketAsync("UPAH", TicketPriority.P2, TicketStatus.Diproses,
            Wib("Mon 2026-11-30 08:00"), firstResponseAt: Wib("Mon 2026-11-30 08:30"));
        var before = await database.TicketAsync(id);
        Assert.Equal("Fri 2026-12-18 08:00", InWib(before.DueAt));

        await ChangeStatusAsync(id, TicketStatus.MenungguTanggapan, Wib("Tue 2026-12-01 10:00"));
        var paused = await database.TicketAsync(id);

        Assert.True(paused.SlaPaused);
        Assert.Null(paused.DueAt);
        Assert.Null(paused.WarnAt);
        Assert.Null(paused.NextEscalationAt);
        Assert.Equal(DeadlineKind.Resolution, paused.DueKind);
        var pausedEntry = Assert.Single(await database.HistoryAsync(id), h => h.Action == TicketHistoryAction.ClockPaused);
        Assert.Equal("MenungguTanggapan", pausedEntry.ToValue);
        Assert.Equal(Wib("Tue 2026-12-01 10:00"), pausedEntry.At);

        await ChangeStatusAsync(id, TicketStatus.Diproses, Wib("Wed 2026-12-02 09:00"));
        var resumed = await database.TicketAsync(id);

        // Paused working time: Tue 10:00–16:00 (6 h) + Wed 07:30–09:00 (1.5 h) = 7.5 h; Fri 18 Dec 08:00 + 7.5 h = 15:30.
        Assert.False(resumed.SlaPaused);
        Assert.Equal("Fri 2026-12-18 15:30", InWib(resumed.DueAt));
        Assert.Equal(TimeSpan.FromHours(7.5), SlaRules.Default.CalendarFor(0).WorkingTimeBetween(before.DueAt!.Value, resumed.DueAt!.Value));
        var resumedEntry = Assert.Single(await database.HistoryAsync(id), h => h.Action == TicketHistoryAction.ClockResumed);
        Assert.Equal("Diproses", resumedEntry.ToValue);
        Assert.Equal(Wib("Wed 2026-12-02 09:00"), resumedEntry.At);
    }

    [Fact]
    public async Task ApplyAsync_FromOneWaitingStatusToTheOther_NoSecondPauseEntry()
    {
        var id = await database.AddTicketAsync("UPAH", TicketPriority.P2, TicketStatus.Verifikasi, Wib("Mon 2026-11-30 08:00"));

        await ChangeStatusAsync(id, TicketStatus.PerluKelengkapan, Wib("Mon 2026-11-30 09:00"));
        await ChangeStatusAsync(id, TicketStatus.MenungguTanggapan, Wib("Mon 2026-11-30 10:00"));

        var history = await database.HistoryAsync(id);
        Assert.Single(history, h => h.Action == TicketHistoryAction.ClockPaused);
        Assert.DoesNotContain(history, h => h.Action == TicketHistoryAction.ClockResumed);
        Assert.True((await database.TicketAsync(id)).SlaPaused);
    }

    [Fact]
    public async Task ApplyAsync_ClosedWhileWaiting_ClockEndsWithoutAResumeEntry()
    {
        var id = await database.AddTicketAsync("UPAH", TicketPriority.P2, TicketStatus.Diproses,
            Wib("Mon 2026-11-30 08:00"), firstResponseAt: Wib("Mon 2026-11-30 08:30"));
        await ChangeStatusAsync(id, TicketStatus.MenungguTanggapan, Wib("Mon 2026-11-30 09:00"));

        await ChangeStatusAsync(id, TicketStatus.Selesai, Wib("Tue 2026-12-01 09:00"), TicketHistoryAction.Resolved);

        var closed = await database.TicketAsync(id);
        Assert.Null(closed.DueKind);
        Assert.Null(closed.DueAt);
        Assert.False(closed.SlaPaused);
        Assert.DoesNotContain(await database.HistoryAsync(id), h => h.Action == TicketHistoryAction.ClockResumed);
    }

    [Fact]
    public async Task ApplyAsync_StatusChangeWithoutPause_NoClockEntryAndSameDue()
    {
        var id = await database.AddTicketAsync("UPAH", TicketPriority.P2, TicketStatus.Baru, Wib("Mon 2026-11-30 08:00"));

        await ChangeStatusAsync(id, TicketStatus.Verifikasi, Wib("Mon 2026-11-30 09:00"));

        var ticket = await database.TicketAsync(id);
        Assert.Equal("Mon 2026-11-30 12:00", InWib(ticket.DueAt));
        Assert.DoesNotContain(await database.HistoryAsync(id),
            h => h.Action is TicketHistoryAction.ClockPaused or TicketHistoryAction.ClockResumed);
    }
}
