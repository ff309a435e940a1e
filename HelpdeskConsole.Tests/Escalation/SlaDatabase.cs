using System.Data.Common;
using HelpdeskConsole.Data;
using HelpdeskConsole.Data.Seeding;
using HelpdeskConsole.Escalation;
using HelpdeskConsole.Tickets;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace HelpdeskConsole.Tests.Escalation;

/// <summary>
/// A fresh SQLite database in memory (one connection kept open) with the real migrations and the seeded reference
/// data (teams, categories, domain.md's SLA policies, holidays, Ramadan periods, civil-service hours), and the SLA
/// services wired as the app wires them, on a fake clock.
/// </summary>
internal sealed class SlaDatabase : IAsyncDisposable
{
    private readonly SqliteConnection connection;
    private readonly ServiceProvider services;
    private int nextNumber;

    private SlaDatabase(SqliteConnection connection, ServiceProvider services, FakeTimeProvider clock, TicketUpdateHook hook)
    {
        this.connection = connection;
        this.services = services;
        Clock = clock;
        Hook = hook;
    }

    public FakeTimeProvider Clock { get; }

    /// <summary>Runs SQL on the connection just before the first <c>UPDATE "Tickets"</c> command: another writer's save.</summary>
    public TicketUpdateHook Hook { get; }

    public IDbContextFactory<HelpdeskDbContext> Factory => services.GetRequiredService<IDbContextFactory<HelpdeskDbContext>>();

    public SlaRulesProvider RulesProvider => services.GetRequiredService<SlaRulesProvider>();

    public SlaClock SlaClock => services.GetRequiredService<SlaClock>();

    public DeadlineRecalculator Recalculator => services.GetRequiredService<DeadlineRecalculator>();

    public static async Task<SlaDatabase> CreateAsync(DateTimeOffset now)
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        var clock = new FakeTimeProvider(now);
        var hook = new TicketUpdateHook();
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<TimeProvider>(clock)
            .AddDbContextFactory<HelpdeskDbContext>(o => o.UseSqlite(connection).AddInterceptors(hook))
            .AddSingleton<WriteGate>()
            .AddSingleton<SlaRulesProvider>()
            .AddSingleton<SlaClock>()
            .AddSingleton<DeadlineRecalculator>()
            .BuildServiceProvider();
        var factory = services.GetRequiredService<IDbContextFactory<HelpdeskDbContext>>();
        await using (var db = await factory.CreateDbContextAsync())
        {
            await db.Database.MigrateAsync();
        }

        await new ReferenceDataSeeder(factory, clock).SeedAsync();
        return new SlaDatabase(connection, services, clock, hook);
    }

    public HelpdeskDbContext CreateDbContext() => Factory.CreateDbContext();

    /// <summary>Adds a ticket in the category's team, its clock started as intake starts it (unless told not to).</summary>
    public async Task<int> AddTicketAsync(string categoryCode, TicketPriority priority, TicketStatus status, DateTime createdAt,
        DateTime? firstResponseAt = null, bool startClock = true)
    {
        var rules = await RulesProvider.GetAsync(fresh: true);
        await using var db = CreateDbContext();
        var category = await db.Categories.SingleAsync(c => c.Code == categoryCode);
        var number = ++nextNumber;
        var ticket = new Ticket
        {
            Number = $"ADU-2026-{number:D6}",
            TrackingCode = $"TRK{number:D6}",
            Subject = "Upah belum dibayar dua bulan",
            Kind = TicketKind.Pengaduan,
            Priority = priority,
            Status = status,
            CategoryId = category.Id,
            TeamId = category.TeamId,
            Complainant = new Complainant { IdentityMode = IdentityMode.Anonim, CreatedAt = createdAt },
            CreatedAt = createdAt,
            UpdatedAt = createdAt,
            FirstResponseAt = firstResponseAt,
            SlaStartedAt = createdAt,
        };
        if (startClock)
        {
            SlaClock.Start(ticket, rules);
        }

        db.Tickets.Add(ticket);
        await db.SaveChangesAsync();
        return ticket.Id;
    }

    public async Task<Ticket> TicketAsync(int id)
    {
        await using var db = CreateDbContext();
        return await db.Tickets.AsNoTracking().SingleAsync(t => t.Id == id);
    }

    public async Task<List<TicketHistoryEntry>> HistoryAsync(int ticketId)
    {
        await using var db = CreateDbContext();
        return await db.TicketHistory.AsNoTracking().Where(h => h.TicketId == ticketId).OrderBy(h => h.Id).ToListAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        await connection.DisposeAsync();
    }

    /// <summary>Lets a test slip a write in between a reader's SELECT and its UPDATE, deterministically.</summary>
    public sealed class TicketUpdateHook : DbCommandInterceptor
    {
        private string? sql;

        /// <summary>Runs <paramref name="otherWritersSql"/> once, right before the next UPDATE of the Tickets table.</summary>
        public void BeforeNextTicketUpdate(string otherWritersSql) => sql = otherWritersSql;

        public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
        {
            RunHook(command);
            return result;
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            RunHook(command);
            return ValueTask.FromResult(result);
        }

        private void RunHook(DbCommand command)
        {
            if (sql is null || !command.CommandText.StartsWith("UPDATE \"Tickets\"", StringComparison.Ordinal))
            {
                return;
            }

            using var other = command.Connection!.CreateCommand();
            other.Transaction = command.Transaction;
            other.CommandText = sql;
            sql = null;
            other.ExecuteNonQuery();
        }
    }
}
