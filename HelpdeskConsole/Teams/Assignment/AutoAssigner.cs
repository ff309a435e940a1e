using System.Threading.Channels;
using HelpdeskConsole.Data;
using HelpdeskConsole.Escalation;
using HelpdeskConsole.Identity;
using HelpdeskConsole.Realtime;
using HelpdeskConsole.Teams.Staff;
using HelpdeskConsole.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HelpdeskConsole.Teams.Assignment;

public enum AutoAssignResult
{
    /// <summary>The team does not assign automatically, or the ticket is already someone's or closed.</summary>
    NotNeeded,
    Assigned,

    /// <summary>Nobody qualifies (available, under capacity, skilled if asked): the ticket waits unassigned.</summary>
    NobodyAvailable,
}

/// <summary>
/// Gives an unassigned ticket of a team that assigns automatically to one of its officers: round robin (whoever waited
/// longest since their last ticket) or least loaded (fewest open tickets, ties to whoever waited longest). Only officers
/// who are available, under their capacity and, if the team asks, skilled in the ticket's category qualify. Each
/// assignment locks the officer's row first and counts their open tickets inside the same transaction, so two
/// complaints arriving at once never both take the last place (on SQLite and PostgreSQL alike).
/// </summary>
public sealed partial class AutoAssigner(
    IDbContextFactory<HelpdeskDbContext> contextFactory,
    ITicketEventBus bus,
    WriteGate writeGate,
    SlaClock slaClock,
    TimeProvider clock,
    IStringLocalizer<TeamStrings> t,
    ILogger<AutoAssigner> logger)
{
    private enum Attempt
    {
        Assigned,
        OfficerFull,
        TicketTaken,
    }

    /// <summary>Assigns one ticket; <paramref name="announceIfNobody"/> tells the team's leads when nobody qualifies.</summary>
    public async Task<AutoAssignResult> AssignAsync(int ticketId, bool announceIfNobody, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var ticket = await db.Tickets.AsNoTracking().Where(x => x.Id == ticketId)
            .Select(x => new { x.TeamId, x.CategoryId, x.AssigneeId, x.Status, x.Team!.AssignmentMode, x.Team.AssignBySkill })
            .SingleOrDefaultAsync(cancellationToken);
        if (ticket is null || ticket.AssigneeId is not null || ticket.Status.IsClosed() || ticket.AssignmentMode == AssignmentMode.Off)
        {
            return AutoAssignResult.NotNeeded;
        }

        foreach (var candidate in await CandidatesAsync(db, ticket.TeamId, ticket.CategoryId, ticket.AssignBySkill, ticket.AssignmentMode, cancellationToken))
        {
            switch (await TryAssignAsync(ticketId, candidate, ticket.AssignmentMode, cancellationToken))
            {
                case Attempt.Assigned:
                    return AutoAssignResult.Assigned;
                case Attempt.TicketTaken:
                    return AutoAssignResult.NotNeeded;
            }
        }

        if (announceIfNobody)
        {
            await AnnounceNobodyAsync(ticketId, cancellationToken);
        }

        return AutoAssignResult.NobodyAvailable;
    }

    /// <summary>Hands out the team's waiting tickets, most urgent first, until nobody has room (an officer came back, a setting changed).</summary>
    public async Task<int> AssignWaitingAsync(int teamId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (await db.Teams.Where(x => x.Id == teamId).Select(x => x.AssignmentMode).SingleOrDefaultAsync(cancellationToken) == AssignmentMode.Off)
        {
            return 0;
        }

        var waiting = await db.Tickets.AsNoTracking()
            .Where(x => x.TeamId == teamId && x.AssigneeId == null && TicketStatusExtensions.Open.Contains(x.Status))
            .Select(x => new { x.Id, x.DueAt, x.CreatedAt })
            .ToListAsync(cancellationToken);
        var assigned = 0;
        foreach (var ticket in waiting.OrderBy(x => x.DueAt ?? DateTime.MaxValue).ThenBy(x => x.CreatedAt))
        {
            var result = await AssignAsync(ticket.Id, announceIfNobody: false, cancellationToken);
            if (result == AutoAssignResult.NobodyAvailable)
            {
                // With skills, another ticket's category may still find someone; without, nobody has room left.
                if (!await db.Teams.Where(x => x.Id == teamId).Select(x => x.AssignBySkill).SingleAsync(cancellationToken))
                {
                    break;
                }
            }
            else if (result == AutoAssignResult.Assigned)
            {
                assigned++;
            }
        }

        return assigned;
    }

    /// <summary>The qualifying officers in the order the mode gives them a ticket (sorted here: nulls sort alike on every provider).</summary>
    private static async Task<List<string>> CandidatesAsync(HelpdeskDbContext db, int teamId, int categoryId, bool bySkill, AssignmentMode mode,
        CancellationToken cancellationToken)
    {
        var officerRole = await db.Roles.Where(r => r.Name == Roles.Officer).Select(r => r.Id).SingleOrDefaultAsync(cancellationToken);
        var people = db.Users.AsNoTracking().Where(u => u.TeamId == teamId && !u.IsDisabled && u.Availability == Availability.Available
            && db.UserRoles.Any(r => r.UserId == u.Id && r.RoleId == officerRole));
        if (bySkill)
        {
            people = people.Where(u => db.OfficerSkills.Any(s => s.UserId == u.Id && s.CategoryId == categoryId));
        }

        var rows = await people
            .Select(u => new
            {
                u.Id, u.Capacity, u.LastAssignedAt,
                Open = db.Tickets.Count(x => x.AssigneeId == u.Id && TicketStatusExtensions.Open.Contains(x.Status)),
            })
            .ToListAsync(cancellationToken);
        var room = rows.Where(r => r.Open < r.Capacity);
        var ordered = mode == AssignmentMode.LeastLoaded
            ? room.OrderBy(r => r.Open).ThenBy(r => r.LastAssignedAt ?? DateTime.MinValue).ThenBy(r => r.Id, StringComparer.Ordinal)
            : room.OrderBy(r => r.LastAssignedAt ?? DateTime.MinValue).ThenBy(r => r.Id, StringComparer.Ordinal);
        return [.. ordered.Select(r => r.Id)];
    }

    private async Task<Attempt> TryAssignAsync(int ticketId, string officerId, AssignmentMode mode, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        TicketEvent logged;
        using (await writeGate.EnterAsync(cancellationToken))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var now = clock.GetUtcNow().UtcDateTime;
            // The officer's row first: every assignment to them queues here until this one commits or rolls back.
            await db.Users.Where(u => u.Id == officerId).ExecuteUpdateAsync(s => s.SetProperty(u => u.LastAssignedAt, now), cancellationToken);
            var officer = await db.Users.AsNoTracking().Where(u => u.Id == officerId)
                .Select(u => new { u.DisplayName, u.Capacity, u.Availability, u.IsDisabled, u.TeamId }).SingleAsync(cancellationToken);
            var open = await db.Tickets.CountAsync(x => x.AssigneeId == officerId && TicketStatusExtensions.Open.Contains(x.Status), cancellationToken);
            if (officer.IsDisabled || officer.Availability != Availability.Available || open >= officer.Capacity)
            {
                await transaction.RollbackAsync(cancellationToken);
                return Attempt.OfficerFull;
            }

            var ticket = await db.Tickets.Include(x => x.Category).Include(x => x.Complainant).SingleAsync(x => x.Id == ticketId, cancellationToken);
            if (ticket.AssigneeId is not null || ticket.Status.IsClosed())
            {
                await transaction.RollbackAsync(cancellationToken);
                return Attempt.TicketTaken;
            }

            if (ticket.TeamId != officer.TeamId)
            {
                // The officer moved to another team since the candidates were read: the next one may still take it.
                await transaction.RollbackAsync(cancellationToken);
                return Attempt.OfficerFull;
            }

            db.TicketHistory.Add(new TicketHistoryEntry
            {
                TicketId = ticket.Id,
                At = now,
                ActorId = null,
                Action = TicketHistoryAction.Assigned,
                ToValue = officer.DisplayName,
                Note = t[$"Auto_Note_{mode}"],
            });
            ticket.AssigneeId = officerId;
            await slaClock.ApplyAsync(db, ticket, null, now, cancellationToken);
            ticket.UpdatedAt = now;
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                // Someone claimed or moved it in between (another server's assigner, an officer).
                await transaction.RollbackAsync(cancellationToken);
                return Attempt.TicketTaken;
            }

            logged = await TicketEventLog.AppendAsync(db, ticket, ticket.Category!.Code,
                TicketVisibility.IsConfidential(ticket.Complainant!.IdentityMode, ticket.Kind), TicketEventType.TicketChanged, now, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        LogAssigned(logger, ticketId, officerId, mode);
        bus.Publish(TicketEventMessage.From(logged));
        return Attempt.Assigned;
    }

    /// <summary>Tells the team's leads (an event in the log, so a console that reconnects still hears it) that a ticket waits for a person.</summary>
    private async Task AnnounceNobodyAsync(int ticketId, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        TicketEvent logged;
        using (await writeGate.EnterAsync(cancellationToken))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var ticket = await db.Tickets.AsNoTracking().Include(x => x.Category).Include(x => x.Complainant).SingleAsync(x => x.Id == ticketId, cancellationToken);
            logged = await TicketEventLog.AppendAsync(db, ticket, ticket.Category!.Code,
                TicketVisibility.IsConfidential(ticket.Complainant!.IdentityMode, ticket.Kind), TicketEventType.AssignmentNeeded,
                clock.GetUtcNow().UtcDateTime, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        bus.Publish(TicketEventMessage.From(logged));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Ticket {TicketId} assigned automatically to {UserId} ({Mode})")]
    private static partial void LogAssigned(ILogger logger, int ticketId, string userId, AssignmentMode mode);
}

/// <summary>
/// Runs the assigner when a complaint arrives, when an officer becomes available, when a team's settings change, and at
/// start for whatever arrived while the app was down. One queue, one ticket or team at a time.
/// </summary>
public sealed partial class AutoAssignWorker(AutoAssigner assigner, ITicketEventBus tickets, StaffBus staff, IDbContextFactory<HelpdeskDbContext> contextFactory,
    ILogger<AutoAssignWorker> logger) : BackgroundService
{
    private readonly Channel<(int? TicketId, int? TeamId)> work = Channel.CreateUnbounded<(int?, int?)>(new UnboundedChannelOptions { SingleReader = true });

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var onTickets = tickets.Subscribe(messages =>
        {
            foreach (var m in messages.Where(m => m.Type == TicketEventType.TicketCreated && m.Payload.AssigneeId is null))
            {
                work.Writer.TryWrite((m.Payload.TicketId, null));
            }

            return Task.CompletedTask;
        });
        using var onStaff = staff.Subscribe(change =>
        {
            if (change.Availability is Availability.Available || change.UserId is null)
            {
                work.Writer.TryWrite((null, change.TeamId));
            }

            return Task.CompletedTask;
        });

        await using (var db = await contextFactory.CreateDbContextAsync(stoppingToken))
        {
            foreach (var team in await db.Teams.Where(x => x.AssignmentMode != AssignmentMode.Off).Select(x => x.Id).ToListAsync(stoppingToken))
            {
                work.Writer.TryWrite((null, team));
            }
        }

        await foreach (var (ticketId, teamId) in work.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                if (ticketId is { } id)
                {
                    await assigner.AssignAsync(id, announceIfNobody: true, stoppingToken);
                }
                else if (teamId is { } team)
                {
                    await assigner.AssignWaitingAsync(team, stoppingToken);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The ticket stays unassigned and visible on the board; the next arrival or availability tries again.
                LogFailed(logger, e, ticketId, teamId);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Automatic assignment failed (ticket {TicketId}, team {TeamId})")]
    private static partial void LogFailed(ILogger logger, Exception exception, int? ticketId, int? teamId);
}
