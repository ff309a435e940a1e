using HelpdeskConsole.Data;
using HelpdeskConsole.Escalation;
using HelpdeskConsole.Realtime;
using HelpdeskConsole.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace HelpdeskConsole.Tests.Escalation;

/// <summary>Sweeps racing on the real app's database file, as two processes (each with its own write gate) would.</summary>
public sealed class EscalationSweepConcurrencyTests : IAsyncLifetime
{
    private readonly HelpdeskAppFactory factory = new HelpdeskAppFactory().WithSetting("Helpdesk:DemoTicketCount", "400");

    public Task InitializeAsync()
    {
        _ = factory.Server;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await factory.DisposeAsync();

    [Fact]
    public async Task Sweep_TwoProcessesAtOnce_ApplyEachLevelExactlyOnce()
    {
        var services = factory.Services;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        int due;
        await using (var db = factory.CreateDbContext())
        {
            await db.TicketEscalations.ExecuteDeleteAsync();
            // Every open ticket with a running clock is past its deadline, no level applied yet.
            var open = HelpdeskConsole.Tickets.TicketStatusExtensions.Open.Where(s => !HelpdeskConsole.Tickets.TicketLifecycle.IsWaitingOnCitizen(s)).ToList();
            due = await db.Tickets.Where(t => open.Contains(t.Status))
                .ExecuteUpdateAsync(s => s
                    .SetProperty(t => t.EscalationLevel, EscalationLevel.None)
                    .SetProperty(t => t.DueKind, DeadlineKind.Resolution)
                    .SetProperty(t => t.WarnAt, now.AddHours(-2))
                    .SetProperty(t => t.DueAt, now.AddHours(-1))
                    .SetProperty(t => t.NextEscalationAt, now.AddHours(-2)));
        }

        Assert.True(due >= 20, $"the demo data should have open tickets with a running clock, found {due}");
        var contexts = services.GetRequiredService<IDbContextFactory<HelpdeskDbContext>>();
        var gates = Enumerable.Range(0, 3).Select(_ => new WriteGate(contexts)).ToList();
        var sweeps = gates.Select(gate => new EscalationSweep(contexts, services.GetRequiredService<SlaRulesProvider>(),
            gate, services.GetRequiredService<ITicketEventBus>(), services.GetRequiredService<TimeProvider>(),
            NullLogger<EscalationSweep>.Instance)).ToList();

        var results = await Task.WhenAll(sweeps.Select(s => Task.Run(() => s.RunAsync())));

        await using var check = factory.CreateDbContext();
        var rows = await check.TicketEscalations.AsNoTracking().ToListAsync();
        Assert.Equal(rows.Count, results.Sum(r => r.Levels));
        Assert.Equal(due, rows.Count(r => r.Level == EscalationLevel.Breach));
        Assert.Equal(due, rows.Count(r => r.Level == EscalationLevel.Warning));
        Assert.DoesNotContain(rows.GroupBy(r => (r.TicketId, r.DeadlineKind, r.Cycle, r.Level)), g => g.Count() > 1);
        Assert.Equal(rows.Count, await check.TicketEvents.CountAsync(e => e.Type == TicketEventType.TicketEscalated));
        gates.ForEach(g => g.Dispose());
    }
}
