using HelpdeskConsole.Data;
using HelpdeskConsole.Tests.TestSupport;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskConsole.Tests.Data;

public sealed class DatabaseTests
{
    [Fact]
    public async Task Migrations_EmptyDatabase_ApplyAndMatchTheModel()
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        await using var db = new HelpdeskDbContext(new DbContextOptionsBuilder<HelpdeskDbContext>().UseSqlite(connection).Options);

        await db.Database.MigrateAsync();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.False(db.Model.GetRelationalModel() is null);
        Assert.False(db.Database.HasPendingModelChanges(), "The model has changes no migration captures: run 'dotnet ef migrations add'.");
        Assert.Equal(0, await db.Tickets.CountAsync());
    }

    [Fact]
    public async Task Startup_FreshDataDirectory_UsesWalAndKeepsEverythingThere()
    {
        await using var factory = new HelpdeskAppFactory();
        _ = factory.Server;

        await using var db = factory.CreateDbContext();
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
        command.CommandText = "PRAGMA busy_timeout;";
        Assert.Equal(10_000L, (long)(await command.ExecuteScalarAsync())!);
        command.CommandText = "PRAGMA synchronous;";
        Assert.Equal(1L, (long)(await command.ExecuteScalarAsync())!); // 1 = NORMAL

        Assert.True(File.Exists(Path.Combine(factory.DataDirectory, "helpdesk.db")));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(factory.DataDirectory, "keys")));
    }

    [Fact]
    public async Task Startup_Production_CreatesReferenceDataButNoDemoAccounts()
    {
        await using var factory = new HelpdeskAppFactory { EnvironmentName = "Production" };
        _ = factory.Server;

        await using var db = factory.CreateDbContext();
        Assert.Empty(await db.Users.ToListAsync());
        Assert.Equal(0, await db.Tickets.CountAsync());
        Assert.Equal(10, await db.Categories.CountAsync());
        Assert.Equal(3, await db.Roles.CountAsync());
    }

    [Fact]
    public async Task HealthCheck_DatabaseReachable_Answers200()
    {
        await using var factory = new HelpdeskAppFactory { EnvironmentName = "Production" };
        var client = factory.CreateClient();

        var response = await client.GetAsync("/healthz");

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}
