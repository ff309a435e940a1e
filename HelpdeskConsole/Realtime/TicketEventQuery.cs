using HelpdeskConsole.Data;
using HelpdeskConsole.Identity;
using HelpdeskConsole.Tickets;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskConsole.Realtime;

/// <summary>Reads the event log: what a client missed after a sequence number, scoped to what it may see.</summary>
public sealed class TicketEventQuery(IDbContextFactory<HelpdeskDbContext> contextFactory)
{
    public const int MaxBatch = 1000;

    public async Task<IReadOnlyList<TicketEventMessage>> AfterAsync(Viewer viewer, long after, int limit, CancellationToken cancellationToken = default)
    {
        limit = Math.Clamp(limit, 1, MaxBatch);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var events = db.TicketEvents.AsNoTracking().Where(e => e.Sequence > after).VisibleTo(viewer);
        var rows = await events.OrderBy(e => e.Sequence).Take(limit).ToListAsync(cancellationToken);
        return rows.Select(TicketEventMessage.From).ToList();
    }

    /// <summary>The newest sequence number in the log (0 when empty): where a fresh client starts listening.</summary>
    public async Task<long> LatestAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.EventSequences.Where(s => s.Id == EventSequence.SingletonId).Select(s => s.Value).SingleAsync(cancellationToken);
    }
}
