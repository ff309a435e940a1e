using Hangfire;
using HelpdeskConsole.Data;
using HelpdeskConsole.Tickets;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskConsole.Escalation;

/// <summary>
/// Recomputes the stored deadlines of open tickets after the rules changed (a policy, a setting, a holiday, a team's
/// hours) or for tickets that have none yet (after an upgrade). It changes only the clock: the ticket's version is
/// left alone so nobody's open workspace turns stale, and a ticket saved meanwhile is skipped, since that save
/// already used the new rules.
/// </summary>
public sealed partial class DeadlineRecalculator(
    IDbContextFactory<HelpdeskDbContext> contextFactory,
    SlaRulesProvider rulesProvider,
    WriteGate writeGate,
    ILogger<DeadlineRecalculator> logger,
    IBackgroundJobClient? jobs = null)
{
    private const int BatchSize = 500;

    /// <summary>Recomputes every open ticket (or only those without a clock); returns how many changed.</summary>
    public async Task<int> RecalculateAsync(bool onlyMissing = false, CancellationToken cancellationToken = default)
    {
        var rules = await rulesProvider.GetAsync(fresh: true, cancellationToken: cancellationToken);
        var open = TicketStatusExtensions.Open.ToList();
        var lastId = 0;
        var changed = 0;
        while (true)
        {
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            var batch = await db.Tickets.AsNoTracking()
                .Where(t => t.Id > lastId && open.Contains(t.Status) && (!onlyMissing || t.DueKind == null))
                .OrderBy(t => t.Id).Take(BatchSize)
                .Select(t => new
                {
                    t.Id, t.Version, t.Priority, t.CategoryId, t.TeamId, t.Status, t.SlaStartedAt, t.FirstResponseAt,
                    t.DueKind, t.DueAt, t.WarnAt, t.SlaPaused, t.EscalationLevel, t.NextEscalationAt,
                })
                .ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                return changed;
            }

            lastId = batch[^1].Id;
            var ids = batch.Select(t => t.Id).ToList();
            var history = (await db.TicketHistory.AsNoTracking()
                    .Where(h => ids.Contains(h.TicketId) && SlaClock.StatusActions.Contains(h.Action) && h.ToValue != null)
                    .Select(h => new { h.TicketId, h.At, h.ToValue })
                    .ToListAsync(cancellationToken))
                .ToLookup(h => h.TicketId);

            using (await writeGate.EnterAsync(cancellationToken))
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                foreach (var t in batch)
                {
                    var state = rules.Compute(
                        new SlaInput(t.Priority, t.CategoryId, t.TeamId, t.Status, t.SlaStartedAt, t.FirstResponseAt, t.DueKind, t.EscalationLevel),
                        SlaClock.PausesSince(history[t.Id].Select(h => (h.At, h.ToValue!)), t.SlaStartedAt));
                    if (state.Kind == t.DueKind && state.DueAt == t.DueAt && state.WarnAt == t.WarnAt && state.Paused == t.SlaPaused
                        && state.Level == t.EscalationLevel && state.NextEscalationAt == t.NextEscalationAt)
                    {
                        continue;
                    }

                    changed += await db.Tickets.Where(x => x.Id == t.Id && x.Version == t.Version)
                        .ExecuteUpdateAsync(s => s
                            .SetProperty(x => x.DueKind, state.Kind)
                            .SetProperty(x => x.DueAt, state.DueAt)
                            .SetProperty(x => x.WarnAt, state.WarnAt)
                            .SetProperty(x => x.SlaPaused, state.Paused)
                            .SetProperty(x => x.EscalationLevel, state.Level)
                            .SetProperty(x => x.NextEscalationAt, state.NextEscalationAt), cancellationToken);
                }

                await transaction.CommitAsync(cancellationToken);
            }
        }
    }

    /// <summary>
    /// Recomputes every open ticket in the background: call it after an admin edit of the rules. Queued as a Hangfire job
    /// (it survives a restart) when the job store is there; otherwise run here, logging instead of throwing.
    /// </summary>
    public void RequestRecalculation()
    {
        if (jobs is not null)
        {
            jobs.Enqueue<DeadlineRecalculationJob>(job => job.RunAsync(CancellationToken.None));
            return;
        }

        _ = RecalculateLoggedAsync();
    }

    private async Task RecalculateLoggedAsync()
    {
        try
        {
            var changed = await RecalculateAsync();
            LogRecalculated(logger, changed);
        }
        catch (Exception e)
        {
            LogFailed(logger, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Recomputed the deadlines of open tickets: {Changed} changed")]
    private static partial void LogRecalculated(ILogger logger, int changed);

    [LoggerMessage(Level = LogLevel.Error, Message = "Recomputing the deadlines of open tickets failed; the next start retries")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
