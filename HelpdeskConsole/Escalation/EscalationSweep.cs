using HelpdeskConsole.Data;
using HelpdeskConsole.Realtime;
using HelpdeskConsole.Tickets;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskConsole.Escalation;

/// <summary>What one sweep did.</summary>
public sealed record SweepResult(int Tickets, int Warnings, int Breaches, int SecondLevels)
{
    public int Levels => Warnings + Breaches + SecondLevels;
}

/// <summary>
/// Applies the escalation levels whose time has come: warning (the assignee is alerted), breach (assignee and lead
/// alerted, priority up a step) and second level (the ticket goes to the team's lead; admins alerted). Hangfire runs
/// it every minute; it is safe to run twice at once, or again after a crash.
/// </summary>
/// <remarks>
/// <para>Exactly once: each batch is one transaction that applies the levels, records them (a unique key per ticket,
/// deadline, cycle and level), writes the history and the events, and moves the ticket's next-escalation time on.
/// A sweep killed halfway rolls back whole; the rerun finds the same tickets still due. A batch starts by locking the
/// event-sequence row, so a second sweep (another thread, or another process on the same database) waits and then
/// finds nothing left; the unique key refuses a duplicate even if that lock were missed.</para>
/// <para>Cost: only tickets whose next level is due are read, through the index on
/// <see cref="Ticket.NextEscalationAt"/>; with nothing due a sweep is one index probe.</para>
/// </remarks>
public sealed partial class EscalationSweep(
    IDbContextFactory<HelpdeskDbContext> contextFactory,
    SlaRulesProvider rulesProvider,
    WriteGate writeGate,
    ITicketEventBus bus,
    TimeProvider clock,
    ILogger<EscalationSweep> logger)
{
    /// <summary>Tickets per transaction.</summary>
    public const int BatchSize = 2_000;

    private const int MaxAttempts = 3;

    public async Task<SweepResult> RunAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using (var probe = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            if (!await probe.Tickets.AnyAsync(t => t.NextEscalationAt != null && t.NextEscalationAt <= now, cancellationToken))
            {
                return new SweepResult(0, 0, 0, 0);
            }
        }

        var rules = await rulesProvider.GetAsync(fresh: true, cancellationToken: cancellationToken);
        var total = new SweepResult(0, 0, 0, 0);
        for (var attempt = 1; ;)
        {
            Batch batch;
            try
            {
                batch = await ApplyBatchAsync(rules, now, cancellationToken);
            }
            catch (DbUpdateException e) when (attempt < MaxAttempts)
            {
                // Another writer changed one of these tickets, or another sweep got there first: read again.
                LogBatchRetried(logger, e, attempt);
                attempt++;
                continue;
            }

            attempt = 1;
            bus.Publish(batch.Events);
            total = new SweepResult(total.Tickets + batch.Result.Tickets, total.Warnings + batch.Result.Warnings,
                total.Breaches + batch.Result.Breaches, total.SecondLevels + batch.Result.SecondLevels);
            if (batch.Result.Tickets < BatchSize)
            {
                break;
            }
        }

        if (total.Levels > 0)
        {
            LogSwept(logger, total.Tickets, total.Warnings, total.Breaches, total.SecondLevels);
        }

        return total;
    }

    private sealed record Batch(SweepResult Result, IReadOnlyList<TicketEventMessage> Events);

    private async Task<Batch> ApplyBatchAsync(SlaRules rules, DateTime now, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        using var gate = await writeGate.EnterAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // Take the event log's row lock first: concurrent sweeps queue here and each reads what the last one left.
        await db.EventSequences.Where(s => s.Id == EventSequence.SingletonId)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Value, x => x.Value), cancellationToken);

        var tickets = await db.Tickets
            .Include(t => t.Category)
            .Include(t => t.Complainant)
            .Where(t => t.NextEscalationAt != null && t.NextEscalationAt <= now)
            .OrderBy(t => t.NextEscalationAt).ThenBy(t => t.Id)
            .Take(BatchSize)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        if (tickets.Count == 0)
        {
            return new Batch(new SweepResult(0, 0, 0, 0), []);
        }

        var teamIds = tickets.Select(t => t.TeamId).Distinct().ToList();
        var leads = await db.Teams.AsNoTracking().Where(t => teamIds.Contains(t.Id) && t.LeadId != null)
            .Select(t => new { t.Id, t.LeadId, LeadName = t.Lead!.DisplayName, LeadDisabled = t.Lead.IsDisabled })
            .ToDictionaryAsync(t => t.Id, cancellationToken);
        var assigneeIds = tickets.Where(t => t.AssigneeId != null).Select(t => t.AssigneeId!).Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => assigneeIds.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);

        var applied = new List<(Ticket Ticket, TicketEscalation Escalation)>();
        int warnings = 0, breaches = 0, secondLevels = 0;
        foreach (var ticket in tickets)
        {
            if (ticket.DueAt is not { } dueAt || ticket.WarnAt is not { } warnAt || ticket.DueKind is not { } kind || ticket.Status.IsClosed())
            {
                // Paused or closed since: nothing is due until the clock runs again.
                ticket.NextEscalationAt = null;
                continue;
            }

            var calendar = rules.CalendarFor(ticket.TeamId);
            var level = ticket.EscalationLevel;
            var changed = false;
            for (var next = rules.NextLevel(level); next != EscalationLevel.None; next = rules.NextLevel(level))
            {
                var at = next switch
                {
                    EscalationLevel.Warning => warnAt,
                    EscalationLevel.Breach => dueAt,
                    _ => rules.SecondLevelAt(calendar, dueAt, []),
                };
                if (at > now)
                {
                    break;
                }

                switch (next)
                {
                    case EscalationLevel.Warning:
                        warnings++;
                        break;
                    case EscalationLevel.Breach:
                        breaches++;
                        if (rules.Settings.RaisePriorityOnBreach && ticket.Priority > TicketPriority.P1)
                        {
                            History(db, ticket, now, TicketHistoryAction.PriorityChanged, ticket.Priority.ToString(), (ticket.Priority - 1).ToString(),
                                "escalation:breach");
                            ticket.Priority--;
                            changed = true;
                        }

                        break;
                    case EscalationLevel.SecondLevel:
                        secondLevels++;
                        if (leads.TryGetValue(ticket.TeamId, out var lead) && !lead.LeadDisabled && lead.LeadId != ticket.AssigneeId)
                        {
                            History(db, ticket, now, TicketHistoryAction.Assigned,
                                ticket.AssigneeId is null ? null : names.GetValueOrDefault(ticket.AssigneeId, ticket.AssigneeId),
                                lead.LeadName, "escalation:second-level");
                            ticket.AssigneeId = lead.LeadId;
                            changed = true;
                        }

                        break;
                }

                History(db, ticket, now, TicketHistoryAction.Escalated, level == EscalationLevel.None ? null : level.ToString(), next.ToString(),
                    $"{kind}");
                var escalation = new TicketEscalation
                {
                    TicketId = ticket.Id,
                    DeadlineKind = kind,
                    Cycle = ticket.SlaCycle,
                    Level = next,
                    DueAt = dueAt,
                    EscalatedAt = now,
                    TeamId = ticket.TeamId,
                    AssigneeId = ticket.AssigneeId,
                };
                db.TicketEscalations.Add(escalation);
                applied.Add((ticket, escalation));
                level = next;
            }

            ticket.EscalationLevel = level;
            ticket.NextEscalationAt = rules.NextLevelAt(calendar, level, warnAt, dueAt, []);
            if (changed)
            {
                ticket.UpdatedAt = now;
            }
        }

        var events = new List<TicketEvent>(applied.Count);
        if (applied.Count > 0)
        {
            var sequence = await TicketEventLog.ReserveAsync(db, applied.Count, cancellationToken);
            foreach (var (ticket, escalation) in applied)
            {
                var e = TicketEventLog.Describe(ticket, sequence++, ticket.Category!.Code,
                    TicketVisibility.IsConfidential(ticket.Complainant!.IdentityMode, ticket.Kind), TicketEventType.TicketEscalated, now);
                e.Level = escalation.Level;
                e.AssigneeId = escalation.AssigneeId;
                e.DueAt = escalation.DueAt;
                events.Add(e);
            }

            db.TicketEvents.AddRange(events);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new Batch(new SweepResult(tickets.Count, warnings, breaches, secondLevels), [.. events.Select(TicketEventMessage.From)]);
    }

    private static void History(HelpdeskDbContext db, Ticket ticket, DateTime now, TicketHistoryAction action, string? from, string? to, string? note) =>
        db.TicketHistory.Add(new TicketHistoryEntry
        {
            TicketId = ticket.Id,
            At = now,
            Action = action,
            FromValue = from,
            ToValue = to,
            Note = note,
        });

    [LoggerMessage(Level = LogLevel.Information, Message = "Escalation sweep: {Tickets} tickets, {Warnings} warnings, {Breaches} breaches, {SecondLevels} second levels")]
    private static partial void LogSwept(ILogger logger, int tickets, int warnings, int breaches, int secondLevels);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Escalation sweep batch conflicted with another writer (attempt {Attempt}); reading it again")]
    private static partial void LogBatchRetried(ILogger logger, Exception exception, int attempt);
}
