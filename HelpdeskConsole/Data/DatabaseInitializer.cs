using HelpdeskConsole.Data.Seeding;
using HelpdeskConsole.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HelpdeskConsole.Data;

/// <summary>Brings the database up to date at start: WAL journal, migrations, reference data, demo data.</summary>
public sealed class DatabaseInitializer(
    IDbContextFactory<HelpdeskDbContext> contextFactory,
    ReferenceDataSeeder referenceData,
    AccountBootstrapper accounts,
    DemoDataSeeder demoData,
    CannedResponses.CannedResponseSeeder demoResponses,
    Escalation.DeadlineRecalculator deadlines,
    IHostEnvironment environment,
    IOptions<HelpdeskOptions> options,
    ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            if (db.Database.IsSqlite())
            {
                // WAL lets officers read while intake writes; it is stored in the file, so once is enough.
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            }

            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            if (pending.Count > 0)
            {
                Log.ApplyingMigrations(logger, pending.Count, pending);
                await db.Database.MigrateAsync(cancellationToken);
            }
        }

        await accounts.EnsureRolesAsync();
        await referenceData.SeedAsync(cancellationToken);

        if (environment.IsDevelopment() && options.Value.SeedDemoData)
        {
            await demoData.SeedAsync(cancellationToken);
            await demoResponses.SeedAsync(cancellationToken);
        }

        // Open tickets from before the SLA clock existed get their deadlines now.
        await deadlines.RecalculateAsync(onlyMissing: true, cancellationToken);
    }
}

internal static partial class Log
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Applying {Count} database migration(s): {Migrations}")]
    public static partial void ApplyingMigrations(ILogger logger, int count, IReadOnlyList<string> migrations);
}
