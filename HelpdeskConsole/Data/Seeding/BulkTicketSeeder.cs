namespace HelpdeskConsole.Data.Seeding;

/// <summary>Synthetic tickets for load tests (being written).</summary>
public sealed class BulkTicketSeeder
{
    public Task<int> SeedAsync(int count, int seed, TextWriter? progress = null, CancellationToken cancellationToken = default) => Task.FromResult(count);
}
