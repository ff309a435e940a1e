using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace HelpdeskConsole.Data;

/// <summary>
/// Per-connection SQLite settings: wait for a lock instead of failing with "database is locked", and
/// fsync less often (safe with WAL: a power cut may lose the last commits, never corrupt the file).
/// WAL itself is a property of the database file and is set once at start.
/// </summary>
internal sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    public const int BusyTimeoutMilliseconds = 10_000;
    private const string Pragmas = "PRAGMA busy_timeout=10000; PRAGMA synchronous=NORMAL; PRAGMA cache_size=-32768;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
