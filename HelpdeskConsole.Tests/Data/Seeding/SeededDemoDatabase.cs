namespace HelpdeskConsole.Tests.Data.Seeding;

/// <summary>One database with the default demo data (seed 20261129, 400 tickets), shared by read-only tests.</summary>
public sealed class SeededDemoDatabase : IAsyncLifetime
{
    public SeedingDatabase Database { get; private set; } = null!;

    /// <summary>The canonical dump of the seeded data, taken once.</summary>
    public string Dump { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Database = await SeedingDatabase.CreateAsync();
        await Database.SeedDemoAsync();
        Dump = await SeedDump.CreateAsync(Database);
    }

    public async Task DisposeAsync() => await Database.DisposeAsync();
}
