using System.Diagnostics;
using System.Globalization;
using HelpdeskConsole.Data.Seeding;
using HelpdeskConsole.Escalation;
using HelpdeskConsole.Tests.TestSupport;
using HelpdeskConsole.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HelpdeskConsole.Tests.Benchmarks;

/// <summary>
/// Issue target: a sweep over a million tickets of which 10,000 are due finishes in under 2 seconds, and costs next
/// to nothing when nothing is due. Seeds 1,000,000 tickets with the real bulk seeder (minutes), unless
/// HELPDESK_BENCH_DATA_DIR names a data directory seeded before.
/// Run: <c>dotnet test --filter "FullyQualifiedName~EscalationSweepBenchmark"</c>.
/// </summary>
[Trait("Category", "Benchmark")]
public sealed class EscalationSweepBenchmark(ITestOutputHelper output)
{
    private const int Tickets = 1_000_000;
    private const int Due = 10_000;

    [Fact]
    public async Task Sweep_MillionTicketsTenThousandDue_Under2Seconds()
    {
        var reuse = Environment.GetEnvironmentVariable("HELPDESK_BENCH_DATA_DIR");
        await using var factory = new HelpdeskAppFactory().WithSetting("Helpdesk:DemoTicketCount", "0")
            .WithSetting("Logging:LogLevel:Default", "Warning");
        if (!string.IsNullOrEmpty(reuse))
        {
            Directory.CreateDirectory(reuse);
            factory.WithSetting("Helpdesk:DataDirectory", reuse);
        }

        _ = factory.Server;
        var report = new BenchmarkReport($"Escalation sweep over {Tickets:N0} tickets (SQLite WAL, 2 cores)");
        var now = factory.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        await using (var db = factory.CreateDbContext())
        {
            db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
            var existing = await db.Tickets.CountAsync();
            if (existing < Tickets)
            {
                var seeding = Stopwatch.StartNew();
                await using var scope = factory.Services.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<BulkTicketSeeder>().SeedAsync(Tickets - existing, seed: 7);
                report.Add("bulk seed", seeding.Elapsed.TotalSeconds, "s");
            }

            report.Add("tickets in database", (await db.Tickets.CountAsync()).ToString("N0", CultureInfo.InvariantCulture));
            // A quiet desk: every running clock's next level is tomorrow.
            await db.TicketEscalations.ExecuteDeleteAsync();
            report.Add("tickets with a running clock", (await db.Tickets.Where(t => t.NextEscalationAt != null)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.NextEscalationAt, now.AddDays(1)))).ToString("N0", CultureInfo.InvariantCulture));
        }

        var sweep = factory.Services.GetRequiredService<EscalationSweep>();
        var idle = new List<double>();
        for (var i = 0; i < 7; i++)
        {
            var run = Stopwatch.StartNew();
            var nothing = await sweep.RunAsync();
            idle.Add(run.Elapsed.TotalMilliseconds);
            Assert.Equal(0, nothing.Levels);
        }

        idle.Sort();
        report.Add("sweep, nothing due (median of 7)", idle[3], "ms", "next to nothing");

        await using (var db = factory.CreateDbContext())
        {
            db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
            // 10,000 of the tickets whose clocks run (the open ones) come due, spread over them: half reach their warning,
            // half (already warned) breach.
            var running = await db.Tickets.Where(t => t.NextEscalationAt != null).OrderBy(t => t.Id).Select(t => t.Id).ToListAsync();
            Assert.True(running.Count >= Due, $"only {running.Count:N0} tickets have a running clock");
            var stride = running.Count / Due;
            var chosen = Enumerable.Range(0, Due).Select(i => running[i * stride]).ToList();
            var toWarn = chosen.Where((_, i) => i % 2 == 0).ToList();
            var toBreach = chosen.Where((_, i) => i % 2 == 1).ToList();
            var warned = await db.Tickets.Where(t => toWarn.Contains(t.Id)).ExecuteUpdateAsync(s => s
                .SetProperty(t => t.Status, TicketStatus.Diproses)
                .SetProperty(t => t.DueKind, DeadlineKind.Resolution)
                .SetProperty(t => t.EscalationLevel, EscalationLevel.None)
                .SetProperty(t => t.WarnAt, now.AddMinutes(-1))
                .SetProperty(t => t.DueAt, now.AddDays(2))
                .SetProperty(t => t.NextEscalationAt, now.AddMinutes(-1)));
            var breached = await db.Tickets.Where(t => toBreach.Contains(t.Id)).ExecuteUpdateAsync(s => s
                .SetProperty(t => t.Status, TicketStatus.Diproses)
                .SetProperty(t => t.DueKind, DeadlineKind.Resolution)
                .SetProperty(t => t.EscalationLevel, EscalationLevel.Warning)
                .SetProperty(t => t.WarnAt, now.AddDays(-1))
                .SetProperty(t => t.DueAt, now.AddMinutes(-1))
                .SetProperty(t => t.NextEscalationAt, now.AddMinutes(-1)));
            Assert.Equal(Due, warned + breached);
            // The set-up's own writes are folded into the database file now, not during the timed sweep.
            if (db.Database.IsSqlite())
            {
                await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);");
            }
        }

        var busy = Stopwatch.StartNew();
        var result = await sweep.RunAsync();
        var busyMs = busy.Elapsed.TotalMilliseconds;
        report.Add("sweep, 10,000 due", busyMs, "ms", "< 2,000 ms");
        report.Add("levels applied", $"{result.Warnings:N0} warnings, {result.Breaches:N0} breaches");

        var again = Stopwatch.StartNew();
        var rerun = await sweep.RunAsync();
        report.Add("rerun right after", again.Elapsed.TotalMilliseconds, "ms");
        report.Print(output);

        Assert.Equal(Due, result.Levels);
        Assert.Equal(0, rerun.Levels);
        await using (var db = factory.CreateDbContext())
        {
            Assert.Equal(Due, await db.TicketEscalations.CountAsync());
        }

        Assert.True(busyMs < 2_000, $"the sweep took {busyMs:N0} ms");
    }
}
