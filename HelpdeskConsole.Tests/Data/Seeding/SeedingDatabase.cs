using HelpdeskConsole.Data;
using HelpdeskConsole.Data.Seeding;
using HelpdeskConsole.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace HelpdeskConsole.Tests.Data.Seeding;

/// <summary>
/// A fresh SQLite database in memory (one connection kept open), migrated with the real migrations, with roles and
/// reference data in place, and the seeders wired as the app wires them, on a fake clock.
/// </summary>
public sealed class SeedingDatabase : IAsyncDisposable
{
    /// <summary>A fixed "now" for the seeders: a Friday afternoon in Jakarta.</summary>
    public static readonly DateTimeOffset DefaultNow = new(2026, 11, 27, 7, 45, 0, TimeSpan.Zero);

    private readonly SqliteConnection connection;
    private readonly ServiceProvider services;

    private SeedingDatabase(SqliteConnection connection, ServiceProvider services, FakeTimeProvider clock)
    {
        this.connection = connection;
        this.services = services;
        Clock = clock;
    }

    public FakeTimeProvider Clock { get; }

    public IServiceProvider Services => services;

    public static async Task<SeedingDatabase> CreateAsync(int seed = 20261129, int demoTickets = 400, DateTimeOffset? now = null)
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        var clock = new FakeTimeProvider(now ?? DefaultNow);

        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddDbContextFactory<HelpdeskDbContext>(o => o.UseSqlite(connection));
        collection.AddIdentityCore<ApplicationUser>().AddRoles<IdentityRole>().AddEntityFrameworkStores<HelpdeskDbContext>();
        collection.AddSingleton<TimeProvider>(clock);
        collection.AddSingleton(Options.Create(new HelpdeskOptions { DemoSeed = seed, DemoTicketCount = demoTickets }));
        collection.AddTransient<AccountBootstrapper>();
        collection.AddTransient<ReferenceDataSeeder>();
        collection.AddTransient<DemoDataSeeder>();
        collection.AddTransient<BulkTicketSeeder>();
        var services = collection.BuildServiceProvider();

        await using (var db = await services.GetRequiredService<IDbContextFactory<HelpdeskDbContext>>().CreateDbContextAsync())
        {
            await db.Database.MigrateAsync();
        }

        await using (var scope = services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AccountBootstrapper>().EnsureRolesAsync();
            await scope.ServiceProvider.GetRequiredService<ReferenceDataSeeder>().SeedAsync();
        }

        return new SeedingDatabase(connection, services, clock);
    }

    public HelpdeskDbContext CreateDbContext() =>
        services.GetRequiredService<IDbContextFactory<HelpdeskDbContext>>().CreateDbContext();

    public Task SeedDemoAsync() => services.GetRequiredService<DemoDataSeeder>().SeedAsync();

    public Task<int> SeedBulkAsync(int count, int seed = 1, TextWriter? progress = null) =>
        services.GetRequiredService<BulkTicketSeeder>().SeedAsync(count, seed, progress);

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        await connection.DisposeAsync();
    }
}
