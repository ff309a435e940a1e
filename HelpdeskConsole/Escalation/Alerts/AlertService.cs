using HelpdeskConsole.Data;
using HelpdeskConsole.Identity;
using HelpdeskConsole.Realtime;
using HelpdeskConsole.Tickets;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskConsole.Escalation.Alerts;

/// <summary>One escalation alert as the bell's panel shows it: identifiers and classification only, no personal data.</summary>
public sealed record AlertRow(
    long Id,
    int TicketId,
    string Number,
    string Subject,
    EscalationLevel Level,
    DeadlineKind DeadlineKind,
    DateTime DueAt,
    DateTime EscalatedAt,
    DateTime? AcknowledgedAt,
    string? AcknowledgedByName)
{
    public bool IsAcknowledged => AcknowledgedAt is not null;
}

public enum AcknowledgeOutcome
{
    /// <summary>The alert was open and is acknowledged now.</summary>
    Acknowledged,

    /// <summary>Somebody had acknowledged it already: nothing changed.</summary>
    AlreadyAcknowledged,

    /// <summary>No such alert, or not one this person may see.</summary>
    NotFound,
}

/// <summary>
/// The on-screen escalation alerts (<see cref="TicketEscalation"/> rows) for one person: who is alerted is decided here,
/// on the server, and an alert about a ticket the person may not see (<see cref="TicketVisibility"/>) is never shown.
/// An officer gets the alerts addressed to them, a team lead every alert of their team, an admin every second-level
/// alert (and those addressed to them).
/// </summary>
public sealed class AlertService(
    IDbContextFactory<HelpdeskDbContext> contextFactory,
    WriteGate writeGate,
    ITicketEventBus bus,
    TimeProvider clock)
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;

    /// <summary>Whether an escalation alert with this audience is one the viewer is alerted to (the ticket's visibility aside).</summary>
    public static bool IsAddressedTo(Viewer viewer, int teamId, string? assigneeId, EscalationLevel level) =>
        assigneeId == viewer.UserId
        || (viewer.IsTeamLead && viewer.TeamId == teamId)
        || (viewer.IsAdmin && level == EscalationLevel.SecondLevel);

    /// <summary>
    /// Whether a pushed escalation event is news for the viewer: the bus already keeps back tickets the viewer may not
    /// see; this applies the alert audience (the event's assignee is the officer the sweep alerted).
    /// </summary>
    public static bool Concerns(Viewer viewer, TicketEventMessage message) =>
        message.Type == TicketEventType.TicketEscalated
        && message.Level is { } level and not EscalationLevel.None
        && viewer.CanSee(message.Payload.TeamId, message.Payload.AssigneeId, message.IsConfidential)
        && IsAddressedTo(viewer, message.Payload.TeamId, message.Payload.AssigneeId, level);

    public async Task<int> CountOpenAsync(Viewer viewer, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await Visible(db, viewer).Where(e => e.AcknowledgedAt == null).CountAsync(cancellationToken);
    }

    /// <summary>The viewer's alerts, newest first: the open ones, or with <paramref name="includeAcknowledged"/> also those already acknowledged.</summary>
    public async Task<IReadOnlyList<AlertRow>> ListAsync(Viewer viewer, bool includeAcknowledged = false, int limit = DefaultLimit,
        CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var alerts = Visible(db, viewer);
        if (!includeAcknowledged)
        {
            alerts = alerts.Where(e => e.AcknowledgedAt == null);
        }

        return await alerts
            .OrderByDescending(e => e.EscalatedAt).ThenByDescending(e => e.Id)
            .Take(Math.Clamp(limit, 1, MaxLimit))
            .Select(e => new AlertRow(e.Id, e.TicketId, e.Ticket!.Number, e.Ticket.Subject, e.Level, e.DeadlineKind, e.DueAt,
                e.EscalatedAt, e.AcknowledgedAt, e.AcknowledgedBy != null ? e.AcknowledgedBy.DisplayName : null))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Acknowledges one alert the viewer can see. Acknowledging it again is answered, not refused.</summary>
    public async Task<AcknowledgeOutcome> AcknowledgeAsync(Viewer viewer, long alertId, CancellationToken cancellationToken = default)
    {
        var (found, acknowledged) = await AcknowledgeWhereAsync(viewer, alertId, cancellationToken);
        return acknowledged > 0 ? AcknowledgeOutcome.Acknowledged
            : found > 0 ? AcknowledgeOutcome.AlreadyAcknowledged
            : AcknowledgeOutcome.NotFound;
    }

    /// <summary>Acknowledges every open alert the viewer can see; returns how many.</summary>
    public async Task<int> AcknowledgeAllAsync(Viewer viewer, CancellationToken cancellationToken = default) =>
        (await AcknowledgeWhereAsync(viewer, null, cancellationToken)).Acknowledged;

    private async Task<(int Found, int Acknowledged)> AcknowledgeWhereAsync(Viewer viewer, long? alertId, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        List<TicketEventMessage> published;
        int found;
        List<OpenAlert> open;
        using (await writeGate.EnterAsync(cancellationToken))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            // Acknowledging an alert acknowledges the lower levels of the same deadline it superseded.
            var alerts = Audience(db, viewer);
            if (alertId is { } id)
            {
                var target = await Visible(db, viewer).Where(e => e.Id == id)
                    .Select(e => new { e.TicketId, e.DeadlineKind, e.Cycle }).SingleOrDefaultAsync(cancellationToken);
                if (target is null)
                {
                    return (0, 0);
                }

                found = 1;
                alerts = alerts.Where(e => e.TicketId == target.TicketId && e.DeadlineKind == target.DeadlineKind && e.Cycle == target.Cycle);
            }
            else
            {
                found = 0;
            }

            open = await alerts.Where(e => e.AcknowledgedAt == null)
                .Select(e => new OpenAlert(e.Id, e.TicketId, e.DeadlineKind, e.Cycle, e.Level))
                .ToListAsync(cancellationToken);
            if (open.Count == 0)
            {
                return (found, 0);
            }

            var now = clock.GetUtcNow().UtcDateTime;
            var ids = open.Select(a => a.Id).ToList();
            // Conditional, so an alert acknowledged by someone else in the meantime (another process) is left as it is.
            var updated = await db.TicketEscalations.Where(e => ids.Contains(e.Id) && e.AcknowledgedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(e => e.AcknowledgedAt, now).SetProperty(e => e.AcknowledgedById, viewer.UserId),
                    cancellationToken);
            if (updated != open.Count)
            {
                ids = await db.TicketEscalations.Where(e => ids.Contains(e.Id) && e.AcknowledgedAt == now && e.AcknowledgedById == viewer.UserId)
                    .Select(e => e.Id).ToListAsync(cancellationToken);
                open = open.Where(a => ids.Contains(a.Id)).ToList();
            }

            if (open.Count == 0)
            {
                await transaction.RollbackAsync(cancellationToken);
                return (found, 0);
            }

            // The ticket is read, never changed: an acknowledgement adds history and an event, and leaves Version alone.
            var ticketIds = open.Select(a => a.TicketId).Distinct().ToList();
            var tickets = await db.Tickets.AsNoTracking().Include(t => t.Category).Include(t => t.Complainant)
                .Where(t => ticketIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, cancellationToken);
            var first = await TicketEventLog.ReserveAsync(db, open.Count, cancellationToken);
            var events = new List<TicketEvent>(open.Count);
            foreach (var (alert, index) in open.Select((a, i) => (a, i)))
            {
                var ticket = tickets[alert.TicketId];
                db.TicketHistory.Add(new TicketHistoryEntry
                {
                    TicketId = ticket.Id,
                    At = now,
                    ActorId = viewer.UserId,
                    Action = TicketHistoryAction.EscalationAcknowledged,
                    ToValue = alert.Level.ToString(),
                });
                var e = TicketEventLog.Describe(ticket, first + index, ticket.Category!.Code,
                    TicketVisibility.IsConfidential(ticket.Complainant!.IdentityMode, ticket.Kind), TicketEventType.EscalationAcknowledged, now);
                e.Level = alert.Level;
                db.TicketEvents.Add(e);
                events.Add(e);
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            published = events.Select(TicketEventMessage.From).ToList();
        }

        bus.Publish(published);
        // Counted as the panel shows them: one per deadline.
        return (found, open.Select(a => (a.TicketId, a.DeadlineKind, a.Cycle)).Distinct().Count());
    }

    private sealed record OpenAlert(long Id, int TicketId, DeadlineKind DeadlineKind, int Cycle, EscalationLevel Level);

    /// <summary>
    /// The alerts the viewer is alerted to, about tickets the viewer may see, one per deadline: a level the same deadline
    /// has gone past (a warning once it breached) is superseded by the higher one, and acknowledged with it.
    /// </summary>
    private static IQueryable<TicketEscalation> Visible(HelpdeskDbContext db, Viewer viewer)
    {
        var audience = Audience(db, viewer);
        return audience.Where(e => !audience.Any(h => h.TicketId == e.TicketId && h.DeadlineKind == e.DeadlineKind && h.Cycle == e.Cycle
            && ((e.Level == EscalationLevel.Warning && (h.Level == EscalationLevel.Breach || h.Level == EscalationLevel.SecondLevel))
                || (e.Level == EscalationLevel.Breach && h.Level == EscalationLevel.SecondLevel))));
    }

    /// <summary>Every alert row addressed to the viewer about a ticket the viewer may see, superseded or not.</summary>
    private static IQueryable<TicketEscalation> Audience(HelpdeskDbContext db, Viewer viewer)
    {
        var tickets = db.Tickets.VisibleTo(viewer);
        var alerts = db.TicketEscalations.AsNoTracking().Where(e => tickets.Any(t => t.Id == e.TicketId));
        var userId = viewer.UserId;
        var teamId = viewer.TeamId;
        // One branch per combination keeps each query on an index (assignee, team, or level).
        return (viewer.IsAdmin, viewer.IsTeamLead && teamId is not null) switch
        {
            (true, true) => alerts.Where(e => e.AssigneeId == userId || e.TeamId == teamId || e.Level == EscalationLevel.SecondLevel),
            (true, false) => alerts.Where(e => e.AssigneeId == userId || e.Level == EscalationLevel.SecondLevel),
            (false, true) => alerts.Where(e => e.AssigneeId == userId || e.TeamId == teamId),
            _ => alerts.Where(e => e.AssigneeId == userId),
        };
    }
}
