using HelpdeskConsole.Data;
using HelpdeskConsole.Realtime;
using HelpdeskConsole.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

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
    public const int BatchSize = 10_000;

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

    /// <summary>What the sweep reads of a due ticket: its clock, and what its events and alerts carry.</summary>
    private sealed class DueTicket
    {
        public int Id { get; init; }
        public long Version { get; init; }
        public required string Number { get; init; }
        public required string Subject { get; init; }
        public required string CategoryCode { get; init; }
        public TicketKind Kind { get; init; }
        public IdentityMode IdentityMode { get; init; }
        public TicketStatus Status { get; init; }
        public TicketPriority Priority { get; set; }
        public int TeamId { get; init; }
        public string? AssigneeId { get; set; }
        public DeadlineKind? DueKind { get; init; }
        public DateTime? DueAt { get; init; }
        public DateTime? WarnAt { get; init; }
        public int SlaCycle { get; init; }
        public EscalationLevel EscalationLevel { get; set; }
        public DateTime? NextEscalationAt { get; set; }
        public DateTime CreatedAt { get; init; }
        public DateTime UpdatedAt { get; set; }
    }

    private async Task<Batch> ApplyBatchAsync(SlaRules rules, DateTime now, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        using var gate = await writeGate.EnterAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // Take the event log's row lock first: concurrent sweeps queue here and each reads what the last one left.
        await db.EventSequences.Where(s => s.Id == EventSequence.SingletonId)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Value, x => x.Value), cancellationToken);

        var tickets = await db.Tickets.AsNoTracking()
            .Where(t => t.NextEscalationAt != null && t.NextEscalationAt <= now)
            .OrderBy(t => t.NextEscalationAt).ThenBy(t => t.Id)
            .Take(BatchSize)
            .Select(t => new DueTicket
            {
                Id = t.Id, Version = t.Version, Number = t.Number, Subject = t.Subject, CategoryCode = t.Category!.Code, Kind = t.Kind,
                IdentityMode = t.Complainant!.IdentityMode, Status = t.Status, Priority = t.Priority, TeamId = t.TeamId, AssigneeId = t.AssigneeId,
                DueKind = t.DueKind, DueAt = t.DueAt, WarnAt = t.WarnAt, SlaCycle = t.SlaCycle, EscalationLevel = t.EscalationLevel,
                NextEscalationAt = t.NextEscalationAt, CreatedAt = t.CreatedAt, UpdatedAt = t.UpdatedAt,
            })
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

        var history = new List<TicketHistoryEntry>();
        var applied = new List<(DueTicket Ticket, TicketEscalation Escalation)>();
        var changes = new List<(DueTicket Ticket, bool Edited)>(tickets.Count);
        int warnings = 0, breaches = 0, secondLevels = 0;
        foreach (var ticket in tickets)
        {
            if (ticket.DueAt is not { } dueAt || ticket.WarnAt is not { } warnAt || ticket.DueKind is not { } kind || ticket.Status.IsClosed())
            {
                // Paused or closed since: nothing is due until the clock runs again.
                ticket.NextEscalationAt = null;
                changes.Add((ticket, false));
                continue;
            }

            var calendar = rules.CalendarFor(ticket.TeamId);
            var level = ticket.EscalationLevel;
            var edited = false;
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
                            history.Add(History(ticket.Id, now, TicketHistoryAction.PriorityChanged, ticket.Priority.ToString(),
                                (ticket.Priority - 1).ToString(), Tickets.Workspace.TimelineText.BreachNote));
                            ticket.Priority--;
                            edited = true;
                        }

                        break;
                    case EscalationLevel.SecondLevel:
                        secondLevels++;
                        if (leads.TryGetValue(ticket.TeamId, out var lead) && !lead.LeadDisabled && lead.LeadId != ticket.AssigneeId)
                        {
                            history.Add(History(ticket.Id, now, TicketHistoryAction.Assigned,
                                ticket.AssigneeId is null ? null : names.GetValueOrDefault(ticket.AssigneeId, ticket.AssigneeId),
                                lead.LeadName, Tickets.Workspace.TimelineText.SecondLevelNote));
                            ticket.AssigneeId = lead.LeadId;
                            edited = true;
                        }

                        break;
                }

                history.Add(History(ticket.Id, now, TicketHistoryAction.Escalated, level == EscalationLevel.None ? null : level.ToString(),
                    next.ToString(), kind.ToString()));
                applied.Add((ticket, new TicketEscalation
                {
                    TicketId = ticket.Id,
                    DeadlineKind = kind,
                    Cycle = ticket.SlaCycle,
                    Level = next,
                    DueAt = dueAt,
                    EscalatedAt = now,
                    TeamId = ticket.TeamId,
                    AssigneeId = ticket.AssigneeId,
                }));
                level = next;
            }

            ticket.EscalationLevel = level;
            ticket.NextEscalationAt = rules.NextLevelAt(calendar, level, warnAt, dueAt, []);
            if (edited)
            {
                ticket.UpdatedAt = now;
            }

            changes.Add((ticket, edited));
        }

        var events = new List<TicketEvent>(applied.Count);
        if (applied.Count > 0)
        {
            var sequence = await TicketEventLog.ReserveAsync(db, applied.Count, cancellationToken);
            foreach (var (ticket, escalation) in applied)
            {
                events.Add(new TicketEvent
                {
                    Sequence = sequence++,
                    Type = TicketEventType.TicketEscalated,
                    OccurredAt = now,
                    TicketId = ticket.Id,
                    Number = ticket.Number,
                    Subject = ticket.Subject,
                    CategoryCode = ticket.CategoryCode,
                    Priority = ticket.Priority,
                    Status = ticket.Status,
                    TeamId = ticket.TeamId,
                    AssigneeId = escalation.AssigneeId,
                    IsConfidential = TicketVisibility.IsConfidential(ticket.IdentityMode, ticket.Kind),
                    Level = escalation.Level,
                    DueAt = escalation.DueAt,
                    TicketCreatedAt = ticket.CreatedAt,
                    TicketUpdatedAt = ticket.UpdatedAt,
                });
            }
        }

        await WriteAsync(db, transaction.GetDbTransaction(), changes, applied.Select(a => a.Escalation), history, events, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new Batch(new SweepResult(tickets.Count, warnings, breaches, secondLevels), [.. events.Select(TicketEventMessage.From)]);
    }

    /// <summary>
    /// Writes the batch with prepared statements reused row after row (thousands of rows; the change tracker would
    /// cost seconds). A ticket changed since it was read fails the whole batch, which is then read again.
    /// </summary>
    private static async Task WriteAsync(HelpdeskDbContext db, System.Data.Common.DbTransaction transaction,
        List<(DueTicket Ticket, bool Edited)> changes, IEnumerable<TicketEscalation> escalations, List<TicketHistoryEntry> history,
        List<TicketEvent> events, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        // Two statements: most tickets only move their clock on (a warning); a breach or second level also edits the
        // ticket. Writing only what changed keeps the ticket table's other indexes untouched.
        using (var edit = BulkUpdateCommand.Create<Ticket>(db, connection, EditColumns, [nameof(Ticket.Id), nameof(Ticket.Version)]))
        using (var clock = BulkUpdateCommand.Create<Ticket>(db, connection, ClockColumns, [nameof(Ticket.Id), nameof(Ticket.Version)]))
        {
            edit.Enlist(transaction);
            clock.Enlist(transaction);
            foreach (var (ticket, edited) in changes)
            {
                BulkUpdateCommand update;
                if (edited)
                {
                    update = edit;
                    update.Set(2, ticket.Priority);
                    update.Set(3, ticket.AssigneeId);
                    update.Set(4, ticket.UpdatedAt);
                    // An edit (priority, assignee) makes open copies stale; the clock's own bookkeeping does not.
                    update.Set(5, ticket.Version + 1);
                }
                else
                {
                    update = clock;
                }

                update.Set(0, ticket.EscalationLevel);
                update.Set(1, ticket.NextEscalationAt);
                update.Set(update.ParameterCount - 2, ticket.Id);
                update.Set(update.ParameterCount - 1, ticket.Version);
                if (await update.ExecuteAsync(cancellationToken) != 1)
                {
                    throw new DbUpdateConcurrencyException($"Ticket {ticket.Id} changed while the sweep was applying its escalation.");
                }
            }
        }

        using (var insert = BulkInsertCommand.CreateWithGeneratedKey<TicketEscalation>(db, connection,
                   nameof(TicketEscalation.TicketId), nameof(TicketEscalation.DeadlineKind), nameof(TicketEscalation.Cycle),
                   nameof(TicketEscalation.Level), nameof(TicketEscalation.DueAt), nameof(TicketEscalation.EscalatedAt),
                   nameof(TicketEscalation.TeamId), nameof(TicketEscalation.AssigneeId), nameof(TicketEscalation.AcknowledgedAt),
                   nameof(TicketEscalation.AcknowledgedById)))
        {
            insert.Enlist(transaction);
            foreach (var e in escalations)
            {
                insert.Set(0, e.TicketId);
                insert.Set(1, e.DeadlineKind);
                insert.Set(2, e.Cycle);
                insert.Set(3, e.Level);
                insert.Set(4, e.DueAt);
                insert.Set(5, e.EscalatedAt);
                insert.Set(6, e.TeamId);
                insert.Set(7, e.AssigneeId);
                insert.Set(8, null);
                insert.Set(9, null);
                await ExecuteInsertAsync(insert, cancellationToken);
            }
        }

        using (var insert = BulkInsertCommand.CreateWithGeneratedKey<TicketHistoryEntry>(db, connection,
                   nameof(TicketHistoryEntry.TicketId), nameof(TicketHistoryEntry.At), nameof(TicketHistoryEntry.ActorId),
                   nameof(TicketHistoryEntry.Action), nameof(TicketHistoryEntry.FromValue), nameof(TicketHistoryEntry.ToValue),
                   nameof(TicketHistoryEntry.Note)))
        {
            insert.Enlist(transaction);
            foreach (var h in history)
            {
                insert.Set(0, h.TicketId);
                insert.Set(1, h.At);
                insert.Set(2, h.ActorId);
                insert.Set(3, h.Action);
                insert.Set(4, h.FromValue);
                insert.Set(5, h.ToValue);
                insert.Set(6, h.Note);
                await ExecuteInsertAsync(insert, cancellationToken);
            }
        }

        using (var insert = BulkInsertCommand.Create<TicketEvent>(db, connection,
                   nameof(TicketEvent.Sequence), nameof(TicketEvent.Type), nameof(TicketEvent.OccurredAt), nameof(TicketEvent.TicketId),
                   nameof(TicketEvent.Number), nameof(TicketEvent.Subject), nameof(TicketEvent.CategoryCode), nameof(TicketEvent.Priority),
                   nameof(TicketEvent.Status), nameof(TicketEvent.TeamId), nameof(TicketEvent.AssigneeId), nameof(TicketEvent.IsConfidential),
                   nameof(TicketEvent.Level), nameof(TicketEvent.DueAt), nameof(TicketEvent.TicketCreatedAt), nameof(TicketEvent.TicketUpdatedAt)))
        {
            insert.Enlist(transaction);
            foreach (var e in events)
            {
                insert.Set(0, e.Sequence);
                insert.Set(1, e.Type);
                insert.Set(2, e.OccurredAt);
                insert.Set(3, e.TicketId);
                insert.Set(4, e.Number);
                insert.Set(5, e.Subject);
                insert.Set(6, e.CategoryCode);
                insert.Set(7, e.Priority);
                insert.Set(8, e.Status);
                insert.Set(9, e.TeamId);
                insert.Set(10, e.AssigneeId);
                insert.Set(11, e.IsConfidential);
                insert.Set(12, e.Level);
                insert.Set(13, e.DueAt);
                insert.Set(14, e.TicketCreatedAt);
                insert.Set(15, e.TicketUpdatedAt);
                await ExecuteInsertAsync(insert, cancellationToken);
            }
        }
    }

    private static readonly string[] ClockColumns = [nameof(Ticket.EscalationLevel), nameof(Ticket.NextEscalationAt)];

    private static readonly string[] EditColumns =
    [
        .. ClockColumns, nameof(Ticket.Priority), nameof(Ticket.AssigneeId), nameof(Ticket.UpdatedAt), nameof(Ticket.Version),
    ];

    /// <summary>A duplicate level (another sweep got there first) surfaces as the same exception EF would throw, so the batch is read again.</summary>
    private static async Task ExecuteInsertAsync(BulkInsertCommand insert, CancellationToken cancellationToken)
    {
        try
        {
            await insert.ExecuteAsync(cancellationToken);
        }
        catch (System.Data.Common.DbException e)
        {
            throw new DbUpdateException("The sweep could not record an escalation: " + e.Message, e);
        }
    }

    private static TicketHistoryEntry History(int ticketId, DateTime now, TicketHistoryAction action, string? from, string? to, string? note) =>
        new()
        {
            TicketId = ticketId,
            At = now,
            Action = action,
            FromValue = from,
            ToValue = to,
            Note = note,
        };

    [LoggerMessage(Level = LogLevel.Information, Message = "Escalation sweep: {Tickets} tickets, {Warnings} warnings, {Breaches} breaches, {SecondLevels} second levels")]
    private static partial void LogSwept(ILogger logger, int tickets, int warnings, int breaches, int secondLevels);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Escalation sweep batch conflicted with another writer (attempt {Attempt}); reading it again")]
    private static partial void LogBatchRetried(ILogger logger, Exception exception, int attempt);
}
