using HelpdeskConsole.Data;
using HelpdeskConsole.Tickets;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskConsole.Escalation;

/// <summary>
/// Keeps a ticket's stored SLA clock (deadline, warning time, pause, next escalation) in step with the ticket, inside
/// the transaction that changes it. Every writer calls it after applying its change and before saving.
/// </summary>
public sealed class SlaClock(SlaRulesProvider rulesProvider)
{
    /// <summary>History actions whose ToValue is the status the ticket moved to.</summary>
    public static readonly TicketHistoryAction[] StatusActions =
    [
        TicketHistoryAction.StatusChanged, TicketHistoryAction.Forwarded, TicketHistoryAction.Resolved,
        TicketHistoryAction.Archived, TicketHistoryAction.Reopened,
    ];

    public Task<SlaRules> RulesAsync(CancellationToken cancellationToken = default) => rulesProvider.GetAsync(cancellationToken: cancellationToken);

    /// <summary>Starts the clock of a ticket being created (no history yet).</summary>
    public static void Start(Ticket ticket, SlaRules rules)
    {
        ticket.SlaStartedAt = ticket.CreatedAt;
        ticket.SlaCycle = 1;
        ticket.DueKind = null;
        ticket.EscalationLevel = EscalationLevel.None;
        Set(ticket, rules.Compute(Input(ticket), []));
    }

    /// <summary>
    /// Recomputes the clock of a tracked ticket from its status history (saved and pending) and records in the history
    /// when the clock stops or starts again, with the status that caused it.
    /// </summary>
    public async Task ApplyAsync(HelpdeskDbContext db, Ticket ticket, string? actorId, DateTime now, CancellationToken cancellationToken = default)
    {
        var rules = await rulesProvider.GetAsync(cancellationToken: cancellationToken);
        var pauses = await PausesAsync(db, ticket.Id, ticket.SlaStartedAt, cancellationToken);
        var wasPaused = ticket.SlaPaused;
        Set(ticket, rules.Compute(Input(ticket), pauses));
        // Closing a waiting ticket ends the clock; it does not resume it.
        if (ticket.SlaPaused != wasPaused && ticket.DueKind is not null)
        {
            db.TicketHistory.Add(new TicketHistoryEntry
            {
                TicketId = ticket.Id,
                At = now,
                ActorId = actorId,
                Action = ticket.SlaPaused ? TicketHistoryAction.ClockPaused : TicketHistoryAction.ClockResumed,
                ToValue = ticket.Status.ToString(),
            });
        }
    }

    /// <summary>
    /// The clock of a ticket built in memory with its whole history (demo data, imports): started at the last reopening,
    /// paused as its status history says.
    /// </summary>
    public static void Replay(Ticket ticket, SlaRules rules)
    {
        var statusChanges = ticket.History.Where(h => StatusActions.Contains(h.Action) && h.ToValue is not null).ToList();
        var reopenings = statusChanges.Where(h => h.Action == TicketHistoryAction.Reopened).ToList();
        ticket.SlaStartedAt = reopenings.Count > 0 ? reopenings.Max(h => h.At) : ticket.CreatedAt;
        ticket.SlaCycle = 1 + reopenings.Count;
        ticket.DueKind = null;
        ticket.EscalationLevel = EscalationLevel.None;
        Set(ticket, rules.Compute(Input(ticket), PausesSince(statusChanges.Select(h => (h.At, h.ToValue!)), ticket.SlaStartedAt)));
    }

    public static SlaInput Input(Ticket t) =>
        new(t.Priority, t.CategoryId, t.TeamId, t.Status, t.SlaStartedAt, t.FirstResponseAt, t.DueKind, t.EscalationLevel);

    public static void Set(Ticket ticket, SlaState state)
    {
        ticket.DueKind = state.Kind;
        ticket.DueAt = state.DueAt;
        ticket.WarnAt = state.WarnAt;
        ticket.SlaPaused = state.Paused;
        ticket.EscalationLevel = state.Level;
        ticket.NextEscalationAt = state.NextEscalationAt;
    }

    /// <summary>The ticket's pauses since its clock started, from the saved history and the entries pending in this context.</summary>
    public static async Task<IReadOnlyList<(DateTime FromUtc, DateTime? ToUtc)>> PausesAsync(HelpdeskDbContext db, int ticketId,
        DateTime since, CancellationToken cancellationToken)
    {
        var saved = ticketId == 0
            ? []
            : await db.TicketHistory.AsNoTracking()
                .Where(h => h.TicketId == ticketId && StatusActions.Contains(h.Action) && h.ToValue != null)
                .Select(h => new { h.At, h.ToValue }).ToListAsync(cancellationToken);
        var pending = db.ChangeTracker.Entries<TicketHistoryEntry>()
            .Where(e => e.State == EntityState.Added && e.Entity.TicketId == ticketId && StatusActions.Contains(e.Entity.Action) && e.Entity.ToValue != null)
            .Select(e => new { e.Entity.At, e.Entity.ToValue });
        return PausesSince(saved.Concat(pending).Select(h => (h.At, h.ToValue!)), since);
    }

    /// <summary>Pauses from (time, status name) pairs, clipped to the clock's start.</summary>
    public static IReadOnlyList<(DateTime FromUtc, DateTime? ToUtc)> PausesSince(IEnumerable<(DateTime At, string Status)> changes, DateTime since) =>
        [.. SlaRules.PausesFrom(changes
                .Select(c => (c.At, Status: Enum.TryParse<TicketStatus>(c.Status, out var s) && Enum.IsDefined(s) ? s : (TicketStatus?)null))
                .Where(c => c.Status is not null)
                .Select(c => (c.At, c.Status!.Value)))
            .Where(p => p.ToUtc is null || p.ToUtc > since)
            .Select(p => (p.FromUtc < since ? since : p.FromUtc, p.ToUtc))];
}
