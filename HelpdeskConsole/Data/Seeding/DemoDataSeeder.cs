namespace HelpdeskConsole.Data.Seeding;

/// <summary>Demo accounts and tickets for Development (being written).</summary>
public sealed class DemoDataSeeder
{
    public Task SeedAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;
}
