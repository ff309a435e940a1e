using HelpdeskConsole.Data;
using HelpdeskConsole.Escalation;
using HelpdeskConsole.Realtime;
using HelpdeskConsole.Teams.Assignment;
using HelpdeskConsole.Tests.TestSupport;
using HelpdeskConsole.Tickets;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HelpdeskConsole.Tests.Teams;

/// <summary>
/// A real SQLite database file (WAL, the app's busy timeout, the real migrations and reference data) shared by several
/// "processes": each has its own services, so its own write gate, context factory, SLA clock and event bus, as
/// separate app instances on one file would. Deleted on dispose.
/// </summary>
internal sealed class SharedDatabaseFile : IAsyncDisposable
{
    private readonly string directory;
    private readonly TimeProvider clock;
    private readonly List<ServiceProvider> processes = [];
    private int nextNumber;

    private SharedDatabaseFile(string directory, TimeProvider clock)
    {
        this.directory = directory;
        this.clock = clock;
        ConnectionString = $"Data Source={Path.Combine(directory, "helpdesk.db")};Pooling=True";
        Factory = StartProcess().GetRequiredService<IDbContextFactory<HelpdeskDbContext>>();
    }

    public string ConnectionString { get; }

    /// <summary>The first process's contexts, for arranging and asserting.</summary>
    public IDbContextFactory<HelpdeskDbContext> Factory { get; }

    public static async Task<SharedDatabaseFile> CreateAsync(TimeProvider clock)
    {
        var database = new SharedDatabaseFile(Directory.CreateTempSubdirectory("helpdesk-teams-").FullName, clock);
        await using (var db = await database.Factory.CreateDbContextAsync())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
            await db.Database.MigrateAsync();
        }

        await TestData.SeedReferenceDataAsync(database.Factory);
        return database;
    }

    /// <summary>Another app instance on the same file, with its own gate and contexts.</summary>
    public IServiceProvider StartProcess()
    {
        var services = new ServiceCollection()
            .AddLogging()
            .AddLocalization()
            .AddSingleton(clock)
            .AddDbContextFactory<HelpdeskDbContext>(o => o.UseSqlite(ConnectionString).AddInterceptors(new SqlitePragmaInterceptor()))
            .AddSingleton<WriteGate>()
            .AddSingleton<SlaRulesProvider>()
            .AddSingleton<SlaClock>()
            .AddSingleton<InProcessTicketEventBus>()
            .AddSingleton<ITicketEventBus>(sp => sp.GetRequiredService<InProcessTicketEventBus>())
            .AddSingleton<AutoAssigner>()
            .BuildServiceProvider();
        processes.Add(services);
        return services;
    }

    /// <summary>Adds an unassigned complaint in the category's team, its clock started as intake starts it.</summary>
    public async Task<int> AddTicketAsync(string categoryCode)
    {
        var rules = await processes[0].GetRequiredService<SlaRulesProvider>().GetAsync();
        await using var db = await Factory.CreateDbContextAsync();
        var category = await db.Categories.SingleAsync(c => c.Code == categoryCode);
        var number = Interlocked.Increment(ref nextNumber);
        var now = clock.GetUtcNow().UtcDateTime;
        var ticket = new Ticket
        {
            Number = $"ADU-2026-{number:D6}",
            TrackingCode = $"TRK{number:D6}",
            Subject = "Upah belum dibayar dua bulan",
            Kind = TicketKind.Pengaduan,
            CategoryId = category.Id,
            TeamId = category.TeamId,
            Complainant = new Complainant { IdentityMode = IdentityMode.Terbuka, Name = "Budi Santoso", CreatedAt = now },
            CreatedAt = now,
            UpdatedAt = now,
        };
        SlaClock.Start(ticket, rules);
        db.Tickets.Add(ticket);
        await db.SaveChangesAsync();
        return ticket.Id;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var process in processes)
        {
            await process.DisposeAsync();
        }

        using (var connection = new SqliteConnection(ConnectionString))
        {
            SqliteConnection.ClearPool(connection);
        }

        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A handle still held by a finalizer; the OS temp cleaner takes it later.
        }
    }
}
