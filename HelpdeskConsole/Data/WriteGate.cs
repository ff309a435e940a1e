using Microsoft.EntityFrameworkCore;

namespace HelpdeskConsole.Data;

/// <summary>
/// SQLite lets one writer in at a time and makes the others wait by sleeping and retrying, which under load
/// wastes most of the time in back-off. Queuing this process's write transactions in memory instead keeps
/// the file busy with useful work. On PostgreSQL the gate is open: the server orders writers itself.
/// </summary>
public sealed class WriteGate(IDbContextFactory<HelpdeskDbContext> contextFactory) : IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly Lazy<bool> serialize = new(() =>
    {
        using var db = contextFactory.CreateDbContext();
        return db.Database.IsSqlite();
    });

    /// <summary>Waits for this process's turn to write; dispose the result when the transaction has ended.</summary>
    public async ValueTask<IDisposable> EnterAsync(CancellationToken cancellationToken = default)
    {
        if (!serialize.Value)
        {
            return NoGate.Instance;
        }

        await gate.WaitAsync(cancellationToken);
        return new Release(gate);
    }

    public void Dispose() => gate.Dispose();

    private sealed class Release(SemaphoreSlim gate) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                gate.Release();
            }
        }
    }

    private sealed class NoGate : IDisposable
    {
        public static readonly NoGate Instance = new();

        public void Dispose()
        {
        }
    }
}
