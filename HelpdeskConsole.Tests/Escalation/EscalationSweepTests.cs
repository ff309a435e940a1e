using System.Data.Common;
using HelpdeskConsole.Data;
using HelpdeskConsole.Escalation;
using HelpdeskConsole.Realtime;
using HelpdeskConsole.Tests.Tickets.Workspace;
using HelpdeskConsole.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace HelpdeskConsole.Tests.Escalation;

/// <summary>
/// The sweep on the real services and database, on a fake clock: a P2 wage complaint filed Monday 30 November 2026
/// at 08:00 WIB has 4 working hours to a first response, so it is warned at 11:00 (75%), breaches at 12:00 and goes
/// to the lead at 14:00 (2 working hours later).
/// </summary>
public sealed class EscalationSweepTests : WorkspaceTestBase
{
    private static readonly DateTimeOffset Filed = new(2026, 11, 30, 1, 0, 0, TimeSpan.Zero); // 08:00 WIB
    private readonly FakeTimeProvider clock = new(Filed);

    public EscalationSweepTests()
    {
        Context.Services.AddSingleton<TimeProvider>(clock);
        Context.Services.AddSingleton<EscalationSweep>();
    }

    private EscalationSweep Sweep => Context.Services.GetRequiredService<EscalationSweep>();

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var db = await Db.CreateDbContextAsync();
        var team = await db.Teams.SingleAsync(t => t.Categories.Any(c => c.Code == "UPAH"));
        team.LeadId = Lead.UserId;
        await db.SaveChangesAsync();
    }

    private void At(int hourWib, int minute = 0, int days = 0) =>
        clock.SetUtcNow(Filed.AddDays(days).AddHours(hourWib - 8).AddMinutes(minute));

    private async Task<List<TicketEscalation>> EscalationsAsync(int ticketId)
    {
        await using var db = await Db.CreateDbContextAsync();
        return await db.TicketEscalations.AsNoTracking().Where(e => e.TicketId == ticketId).OrderBy(e => e.Id).ToListAsync();
    }

    [Fact]
    public async Task Sweep_NewTicket_StoresItsDeadlineAndWarningTime()
    {
        var id = await FileAsync();

        var ticket = await ReadAsync(id);
        Assert.Equal(TicketPriority.P2, ticket.Priority);
        Assert.Equal(DeadlineKind.FirstResponse, ticket.DueKind);
        Assert.Equal(Filed.AddHours(4).UtcDateTime, ticket.DueAt);
        Assert.Equal(Filed.AddHours(3).UtcDateTime, ticket.WarnAt);
        Assert.Equal(ticket.WarnAt, ticket.NextEscalationAt);
    }

    [Fact]
    public async Task Sweep_BeforeTheWarningTime_DoesNothing()
    {
        var id = await FileAsync();
        At(10, 59);

        var result = await Sweep.RunAsync();

        Assert.Equal(0, result.Levels);
        Assert.Empty(await EscalationsAsync(id));
    }

    [Fact]
    public async Task Sweep_AtTheWarningTime_WarnsTheAssigneeOnceAndPublishesIt()
    {
        var id = await FileAsync();
        await Workspace.ClaimAsync(Officer, await LoadAsync(Officer, id));
        var version = (await ReadAsync(id)).Version;
        var received = new List<TicketEventMessage>();
        using var subscription = Bus.Subscribe(batch =>
        {
            lock (received)
            {
                received.AddRange(batch);
            }

            return Task.CompletedTask;
        });
        At(11);

        var first = await Sweep.RunAsync();
        var second = await Sweep.RunAsync();

        Assert.Equal(1, first.Warnings);
        Assert.Equal(0, second.Levels);
        var alert = Assert.Single(await EscalationsAsync(id));
        Assert.Equal((EscalationLevel.Warning, Officer.UserId, DeadlineKind.FirstResponse), (alert.Level, alert.AssigneeId, alert.DeadlineKind));
        var ticket = await ReadAsync(id);
        Assert.Equal(EscalationLevel.Warning, ticket.EscalationLevel);
        Assert.Equal(ticket.DueAt, ticket.NextEscalationAt);
        // A warning changes nothing the officer edits, so their open workspace stays current.
        Assert.Equal(version, ticket.Version);
        Assert.Contains(ticket.History, h => h.Action == TicketHistoryAction.Escalated && h.ToValue == "Warning");
        await WaitForAsync(() => received.Any(m => m.Type == TicketEventType.TicketEscalated && m.Level == EscalationLevel.Warning
            && m.Payload.TicketId == id && m.Payload.AssigneeId == Officer.UserId));
    }

    [Fact]
    public async Task Sweep_AtTheDeadline_BreachRaisesThePriorityOnce()
    {
        var id = await FileAsync();
        At(11);
        await Sweep.RunAsync();
        At(12);

        var result = await Sweep.RunAsync();
        await Sweep.RunAsync();

        Assert.Equal(1, result.Breaches);
        Assert.Equal([EscalationLevel.Warning, EscalationLevel.Breach], (await EscalationsAsync(id)).Select(e => e.Level));
        var ticket = await ReadAsync(id);
        Assert.Equal(TicketPriority.P1, ticket.Priority);
        Assert.Contains(ticket.History, h => h.Action == TicketHistoryAction.PriorityChanged && h.FromValue == "P2" && h.ToValue == "P1");
        Assert.Equal(Filed.AddHours(6).UtcDateTime, ticket.NextEscalationAt); // 14:00 WIB, two working hours on
    }

    [Fact]
    public async Task Sweep_SecondLevel_ReassignsToTheLeadAndAlertsThem()
    {
        var id = await FileAsync();
        await Workspace.ClaimAsync(Officer, await LoadAsync(Officer, id));
        At(12);
        await Sweep.RunAsync();
        At(13, 59);
        Assert.Equal(0, (await Sweep.RunAsync()).SecondLevels);
        At(14);

        var result = await Sweep.RunAsync();

        Assert.Equal(1, result.SecondLevels);
        var ticket = await ReadAsync(id);
        Assert.Equal(Lead.UserId, ticket.AssigneeId);
        Assert.Null(ticket.NextEscalationAt);
        Assert.Contains(ticket.History, h => h.Action == TicketHistoryAction.Assigned && h.FromValue == "Sari Wulandari" && h.ToValue == "Bambang Sutrisno");
        var second = (await EscalationsAsync(id)).Single(e => e.Level == EscalationLevel.SecondLevel);
        Assert.Equal(Lead.UserId, second.AssigneeId);
    }

    [Fact]
    public async Task Sweep_AfterTheAppWasDown_AppliesEveryMissedLevelExactlyOnce()
    {
        var id = await FileAsync();
        At(9, days: 1); // Tuesday morning: warning, breach and second level are all past

        var result = await Sweep.RunAsync();
        await Sweep.RunAsync();

        Assert.Equal((1, 1, 1), (result.Warnings, result.Breaches, result.SecondLevels));
        Assert.Equal([EscalationLevel.Warning, EscalationLevel.Breach, EscalationLevel.SecondLevel], (await EscalationsAsync(id)).Select(e => e.Level));
    }

    [Fact]
    public async Task Sweep_WhileWaitingOnTheCitizen_DoesNotEscalateAndResumesAfterTheReply()
    {
        var id = await FileAsync();
        await Workspace.TransitionAsync(Officer, await LoadAsync(Officer, id), TicketAction.StartProcessing, null);
        At(10);
        await Workspace.TransitionAsync(Officer, await LoadAsync(Officer, id), TicketAction.AwaitCitizen, null);
        At(15);

        Assert.Equal(0, (await Sweep.RunAsync()).Levels);
        var paused = await ReadAsync(id);
        Assert.True(paused.SlaPaused);
        Assert.Null(paused.DueAt);
        Assert.Contains(paused.History, h => h.Action == TicketHistoryAction.ClockPaused);

        // The citizen answers at 15:00: two working hours were left, so the deadline is 17:00, i.e. past 16:00 closing,
        // one hour into Tuesday: 08:30 WIB.
        var code = paused.TrackingCode;
        var reply = await Context.Services.GetRequiredService<HelpdeskConsole.Intake.CitizenReplyService>().AddAsync(code, "Ini data yang diminta.");
        Assert.True(reply.Succeeded);
        var resumed = await ReadAsync(id);
        Assert.False(resumed.SlaPaused);
        Assert.Equal(Filed.AddDays(1).AddMinutes(30).UtcDateTime, resumed.DueAt);
        Assert.Contains(resumed.History, h => h.Action == TicketHistoryAction.ClockResumed);
    }

    [Fact]
    public async Task Sweep_ReopenedTicket_StartsANewSetOfLevels()
    {
        var id = await FileAsync();
        At(9, days: 1);
        await Sweep.RunAsync();
        await Workspace.TransitionAsync(Lead, await LoadAsync(Lead, id), TicketAction.StartProcessing, null);
        await Workspace.AddMessageAsync(Lead, await LoadAsync(Lead, id), "Kami tindak lanjuti.", isPublic: true);
        await Workspace.TransitionAsync(Lead, await LoadAsync(Lead, id), TicketAction.Resolve, "Sudah dibayar.");
        await Workspace.TransitionAsync(Lead, await LoadAsync(Lead, id), TicketAction.Reopen, "Ternyata belum.");

        var reopened = await ReadAsync(id);
        Assert.Equal(2, reopened.SlaCycle);
        Assert.Equal(DeadlineKind.Resolution, reopened.DueKind);
        Assert.Equal(EscalationLevel.None, reopened.EscalationLevel);

        clock.Advance(TimeSpan.FromDays(40));
        var result = await Sweep.RunAsync();

        Assert.Equal((1, 1, 1), (result.Warnings, result.Breaches, result.SecondLevels));
        var levels = await EscalationsAsync(id);
        Assert.Equal(6, levels.Count);
        Assert.Equal(3, levels.Count(e => e.Cycle == 2 && e.DeadlineKind == DeadlineKind.Resolution));
    }

    [Fact]
    public async Task Sweep_KilledHalfway_LeavesNothingAndTheRerunAppliesEachLevelOnce()
    {
        var ids = new List<int>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add(await FileAsync());
        }

        var sequenceBefore = await SequenceAsync();
        At(12);
        var crashingContexts = new CrashingFactory(Connection);
        using var gate = new WriteGate(crashingContexts);
        var crashing = new EscalationSweep(crashingContexts, Context.Services.GetRequiredService<SlaRulesProvider>(),
            gate, Bus, clock, NullLogger<EscalationSweep>.Instance);

        var crash = await Assert.ThrowsAsync<DbUpdateException>(() => crashing.RunAsync());
        Assert.IsType<SimulatedCrashException>(crash.InnerException);

        await using (var db = await Db.CreateDbContextAsync())
        {
            Assert.Equal(0, await db.TicketEscalations.CountAsync());
            Assert.All(await db.Tickets.ToListAsync(), t => Assert.Equal(EscalationLevel.None, t.EscalationLevel));
        }

        Assert.Equal(sequenceBefore, await SequenceAsync());

        var rerun = await Sweep.RunAsync();

        Assert.Equal((5, 5), (rerun.Warnings, rerun.Breaches));
        foreach (var id in ids)
        {
            Assert.Equal([EscalationLevel.Warning, EscalationLevel.Breach], (await EscalationsAsync(id)).Select(e => e.Level));
        }

        Assert.Equal(sequenceBefore + 10, await SequenceAsync());
    }

    private async Task<long> SequenceAsync()
    {
        await using var db = await Db.CreateDbContextAsync();
        return await db.EventSequences.Select(s => s.Value).SingleAsync();
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!condition())
        {
            await Task.Delay(10, timeout.Token);
        }
    }

    private sealed class SimulatedCrashException() : Exception("Simulated crash halfway through the sweep");

    /// <summary>Contexts that fail once the sweep's tickets and alerts are written but before its events are.</summary>
    private sealed class CrashingFactory(DbConnection connection) : IDbContextFactory<HelpdeskDbContext>
    {
        public HelpdeskDbContext CreateDbContext() =>
            new(new DbContextOptionsBuilder<HelpdeskDbContext>().UseSqlite(connection).AddInterceptors(new CrashOnEvents()).Options);
    }

    private sealed class CrashOnEvents : DbCommandInterceptor
    {
        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
            command.CommandText.Contains("INSERT INTO \"TicketEvents\"", StringComparison.Ordinal)
                ? throw new SimulatedCrashException()
                : base.ReaderExecutingAsync(command, eventData, result, cancellationToken);

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
            command.CommandText.Contains("INSERT INTO \"TicketEvents\"", StringComparison.Ordinal)
                ? throw new SimulatedCrashException()
                : base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
    }
}
