using System.Globalization;
using HelpdeskConsole.Escalation;
using HelpdeskConsole.Tickets;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskConsole.Tests.Escalation;

/// <summary>
/// Recomputing stored deadlines after an admin changes the rules, on a real database with the seeded policies
/// (P2: 4 working hours, 14 working days) and the civil-service calendar in WIB.
/// </summary>
public sealed class DeadlineRecalculatorTests : IAsyncLifetime
{
    private static readonly DateTime FiledMonday = Wib("Mon 2026-11-30 08:00");
    private static readonly DateTime AnsweredMonday = Wib("Mon 2026-11-30 08:30");

    private SlaDatabase database = default!;

    public async Task InitializeAsync() => database = await SlaDatabase.CreateAsync(new DateTimeOffset(FiledMonday));

    public async Task DisposeAsync() => await database.DisposeAsync();

    private static DateTime Wib(string local) =>
        new DateTimeOffset(DateTime.ParseExact(local, "ddd yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), TimeSpan.FromHours(7)).UtcDateTime;

    private static string? InWib(DateTime? utc) => utc is null
        ? null
        : new DateTimeOffset(utc.Value).ToOffset(TimeSpan.FromHours(7)).ToString("ddd yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>An admin edit: the general P2 resolution target becomes <paramref name="days"/> working days.</summary>
    private async Task SetP2ResolutionDaysAsync(int days)
    {
        await using (var db = database.CreateDbContext())
        {
            var changed = await db.SlaPolicies.Where(p => p.Priority == TicketPriority.P2 && p.CategoryId == null)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.ResolutionAmount, days));
            Assert.Equal(1, changed);
        }

        database.RulesProvider.Invalidate();
    }

    [Fact]
    public async Task RecalculateAsync_PolicyChanged_MovesOpenTicketsDueAndKeepsTheirVersion()
    {
        // 14 working days from Mon 30 Nov 08:00 = Fri 18 Dec 08:00; 5 working days = Mon 7 Dec 08:00.
        var open = await database.AddTicketAsync("UPAH", TicketPriority.P2, TicketStatus.Diproses, FiledMonday, AnsweredMonday);
        var before = await database.TicketAsync(open);
        Assert.Equal("Fri 2026-12-18 08:00", InWib(before.DueAt));

        await SetP2ResolutionDaysAsync(5);
        var changed = await database.Recalculator.RecalculateAsync();

        var after = await database.TicketAsync(open);
        Assert.Equal(1, changed);
        Assert.Equal("Mon 2026-12-07 08:00", InWib(after.DueAt));
        Assert.Equal(DeadlineKind.Resolution, after.DueKind);
        Assert.True(after.WarnAt < after.DueAt);
        Assert.Equal(before.Version, after.Version);
    }

    [Fact]
    public async Task RecalculateAsync_ClosedTicket_LeftAlone()
    {
        var closed = await database.AddTicketAsync("UPAH", TicketPriority.P2, TicketStatus.Selesai, FiledMonday, AnsweredMonday);
        await using (var db = database.CreateDbContext())
        {
            // Leftover clock values that a recomputation would clear: they show whether the ticket was touched.
            await db.Tickets.Where(t => t.Id == closed).ExecuteUpdateAsync(s => s
                .SetProperty(t => t.DueKind, DeadlineKind.Resolution)
                .SetProperty(t => t.DueAt, Wib("Fri 2026-12-18 08:00")));
        }

        var before = await database.TicketAsync(closed);

        await SetP2ResolutionDaysAsync(5);
        var changed = await database.Recalculator.RecalculateAsync();

        var after = await database.TicketAsync(closed);
        Assert.Equal(0, changed);
        Assert.Equal("Fri 2026-12-18 08:00", InWib(after.DueAt));
        Assert.Equal(DeadlineKind.Resolution, after.DueKind);
        Assert.Equal(before.Version, after.Version);
    }

    [Fact]
    public async Task RecalculateAsync_PausedTicket_StaysPausedWithoutDue()
    {
        var waiting = await database.AddTicketAsync("UPAH", TicketPriority.P2, TicketStatus.Diproses, FiledMonday, AnsweredMonday);
        await using (var db = database.CreateDbContext())
        {
            var ticket = await db.Tickets.SingleAsync(t => t.Id == waiting);
            db.TicketHistory.Add(new TicketHistoryEntry
            {
                TicketId = waiting, At = Wib("Mon 2026-11-30 10:00"), Action = TicketHistoryAction.StatusChanged,
                FromValue = nameof(TicketStatus.Diproses), ToValue = nameof(TicketStatus.MenungguTanggapan),
            });
            ticket.Status = TicketStatus.MenungguTanggapan;
            await database.SlaClock.ApplyAsync(db, ticket, null, Wib("Mon 2026-11-30 10:00"));
            await db.SaveChangesAsync();
        }

        await SetP2ResolutionDaysAsync(5);
        var changed = await database.Recalculator.RecalculateAsync();

        var after = await database.TicketAsync(waiting);
        Assert.Equal(0, changed);
        Assert.True(after.SlaPaused);
        Assert.Null(after.DueAt);
    }

    [Fact]
    public async Task RecalculateAsync_NothingChanged_ChangesNothing()
    {
        await database.AddTicketAsync("UPAH", TicketPriority.P2, TicketStatus.Diproses, FiledMonday, AnsweredMonday);
        await SetP2ResolutionDaysAsync(5);
        Assert.Equal(1, await database.Recalculator.RecalculateAsync());

        Assert.Equal(0, await database.Recalculator.RecalculateAsync());
    }

    [Fact]
    public async Task RecalculateAsync_OnlyMissing_TouchesOnlyTicketsWithoutAClock()
    {
        var withClock = await database.AddTicketAsync("UPAH", TicketPriority.P2, TicketStatus.Diproses, FiledMonday, AnsweredMonday);
        var withoutClock = await database.AddTicketAsync("UPAH", TicketPriority.P2, TicketStatus.Diproses, FiledMonday, AnsweredMonday,
            startClock: false);
        Assert.Null((await database.TicketAsync(withoutClock)).DueKind);

        await SetP2ResolutionDaysAsync(5);
        var changed = await database.Recalculator.RecalculateAsync(onlyMissing: true);

        Assert.Equal(1, changed);
        Assert.Equal("Fri 2026-12-18 08:00", InWib((await database.TicketAsync(withClock)).DueAt)); // still the old rule
        var filled = await database.TicketAsync(withoutClock);
        Assert.Equal(DeadlineKind.Resolution, filled.DueKind);
        Assert.Equal("Mon 2026-12-07 08:00", InWib(filled.DueAt));
    }

    [Fact]
    public async Task RecalculateAsync_TicketSavedBetweenReadAndUpdate_Skipped()
    {
        var savedMeanwhile = await database.AddTicketAsync("UPAH", TicketPriority.P2, TicketStatus.Diproses, FiledMonday, AnsweredMonday);
        var untouched = await database.AddTicketAsync("UPAH", TicketPriority.P2, TicketStatus.Diproses, FiledMonday, AnsweredMonday);
        var versionBefore = (await database.TicketAsync(savedMeanwhile)).Version;
        await SetP2ResolutionDaysAsync(5);

        // Another writer saves the first ticket after the recalculator read it and before it writes (its save already
        // used the new rules, so the recalculator must not overwrite it with values computed from a stale read).
        database.Hook.BeforeNextTicketUpdate($"UPDATE \"Tickets\" SET \"Version\" = \"Version\" + 1 WHERE \"Id\" = {savedMeanwhile}");
        var changed = await database.Recalculator.RecalculateAsync();

        Assert.Equal(1, changed);
        var skipped = await database.TicketAsync(savedMeanwhile);
        Assert.Equal(versionBefore + 1, skipped.Version);
        Assert.Equal("Fri 2026-12-18 08:00", InWib(skipped.DueAt));
        Assert.Equal("Mon 2026-12-07 08:00", InWib((await database.TicketAsync(untouched)).DueAt));
    }
}
