using HelpdeskConsole.Data;
using HelpdeskConsole.Escalation;
using HelpdeskConsole.Realtime;
using HelpdeskConsole.Tickets;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskConsole.Tests.Escalation.Alerts;

/// <summary>
/// Applies an escalation level the way the sweep does (the alert row, the ticket's level, the logged and published
/// event), with the audience chosen by the test: the alerts' screens and rules are tested without waiting for a deadline.
/// </summary>
internal static class TestEscalations
{
    public static async Task<TicketEscalation> RaiseAsync(IDbContextFactory<HelpdeskDbContext> factory, ITicketEventBus? bus, int ticketId,
        EscalationLevel level, DateTime now, string? alertedId = null, bool useTicketAssignee = true, DateTime? escalatedAt = null)
    {
        await using var db = await factory.CreateDbContextAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var ticket = await db.Tickets.Include(t => t.Category).Include(t => t.Complainant).SingleAsync(t => t.Id == ticketId);
        var alert = new TicketEscalation
        {
            TicketId = ticket.Id,
            TeamId = ticket.TeamId,
            AssigneeId = alertedId ?? (useTicketAssignee ? ticket.AssigneeId : null),
            Level = level,
            DeadlineKind = ticket.DueKind ?? DeadlineKind.FirstResponse,
            Cycle = ticket.SlaCycle,
            DueAt = ticket.DueAt ?? now,
            EscalatedAt = escalatedAt ?? now,
        };
        db.TicketEscalations.Add(alert);
        ticket.EscalationLevel = level;
        var e = await TicketEventLog.AppendAsync(db, ticket, ticket.Category!.Code,
            TicketVisibility.IsConfidential(ticket.Complainant!.IdentityMode, ticket.Kind), TicketEventType.TicketEscalated, now, CancellationToken.None);
        e.Level = level;
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        bus?.Publish(TicketEventMessage.From(e));
        return alert;
    }

    /// <summary>Sets a ticket's stored clock directly (deadline, warning time, pause, level).</summary>
    public static async Task SetClockAsync(IDbContextFactory<HelpdeskDbContext> factory, int ticketId, DateTime? dueAt, DateTime? warnAt,
        bool paused = false, DeadlineKind? kind = DeadlineKind.FirstResponse)
    {
        await using var db = await factory.CreateDbContextAsync();
        await db.Tickets.Where(t => t.Id == ticketId).ExecuteUpdateAsync(s => s
            .SetProperty(t => t.DueAt, dueAt)
            .SetProperty(t => t.WarnAt, warnAt)
            .SetProperty(t => t.SlaPaused, paused)
            .SetProperty(t => t.DueKind, kind));
    }

    public static async Task AssignAsync(IDbContextFactory<HelpdeskDbContext> factory, int ticketId, string? userId)
    {
        await using var db = await factory.CreateDbContextAsync();
        await db.Tickets.Where(t => t.Id == ticketId).ExecuteUpdateAsync(s => s.SetProperty(t => t.AssigneeId, userId));
    }
}
