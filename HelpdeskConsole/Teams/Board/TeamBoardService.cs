using HelpdeskConsole.Data;
using HelpdeskConsole.Identity;
using HelpdeskConsole.Teams.Staff;
using HelpdeskConsole.Tickets;
using HelpdeskConsole.Tickets.Workspace;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HelpdeskConsole.Teams.Board;

/// <summary>One officer's line on the board.</summary>
public sealed record BoardOfficer(
    string UserId,
    string DisplayName,
    bool IsLead,
    Availability Availability,
    int Capacity,
    int Open,
    int AtRisk,
    int Breached,
    DateTime? OldestCreatedAt,
    IReadOnlyList<int> SkillCategoryIds)
{
    public double CapacityUsed => Capacity == 0 ? (Open == 0 ? 0 : 1) : (double)Open / Capacity;
}

/// <summary>A ticket as the board moves it: enough to show it, and the state a move is checked against.</summary>
public sealed record BoardTicket(
    int Id,
    string Number,
    string Subject,
    TicketPriority Priority,
    TicketStatus Status,
    string CategoryCode,
    string? AssigneeId,
    DateTime CreatedAt,
    DateTime? DueAt,
    DateTime? WarnAt,
    bool Paused,
    long Version,
    long LastHistoryId)
{
    public Loaded Loaded => new(Id, Version, LastHistoryId);
}

/// <summary>A team at a glance: its officers, what nobody has, and the totals.</summary>
public sealed record TeamBoard(
    int TeamId,
    string TeamName,
    AssignmentMode AssignmentMode,
    bool AssignBySkill,
    IReadOnlyList<BoardOfficer> Officers,
    IReadOnlyList<BoardTicket> Unassigned,
    int Open,
    int AtRisk,
    int Breached);

/// <summary>What happened to one ticket of a move.</summary>
public sealed record MoveOutcome(int TicketId, string Number, bool Moved, string? Reason);

/// <summary>
/// The team lead's board: every officer's load and every ticket at risk, read from the database, and moves that are
/// checked like every other change (the workspace's assign: the version the lead saw, the
/// history with the reason, the event after the commit). A ticket that changed meanwhile is not moved.
/// </summary>
public sealed class TeamBoardService(
    IDbContextFactory<HelpdeskDbContext> contextFactory,
    TicketWorkspaceService workspace,
    TimeProvider clock,
    IStringLocalizer<TeamStrings> t,
    IStringLocalizer<WorkspaceStrings> w,
    IStringLocalizer<Localization.Strings> l,
    IStringLocalizer<Escalation.Alerts.AlertStrings> a)
{
    /// <summary>The teams a viewer may open the board of: a lead their own, an admin every team.</summary>
    public async Task<IReadOnlyList<(int Id, string Name)>> TeamsAsync(Viewer viewer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var teams = await db.Teams.AsNoTracking().OrderBy(x => x.Name).Select(x => new { x.Id, x.Name }).ToListAsync(cancellationToken);
        return [.. teams.Where(x => StaffService.LeadsTeam(viewer, x.Id)).Select(x => (x.Id, x.Name))];
    }

    public async Task<TeamBoard?> BoardAsync(Viewer viewer, int teamId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        if (!StaffService.LeadsTeam(viewer, teamId))
        {
            return null;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var team = await db.Teams.AsNoTracking().Where(x => x.Id == teamId)
            .Select(x => new { x.Id, x.Name, x.AssignmentMode, x.AssignBySkill }).SingleOrDefaultAsync(cancellationToken);
        if (team is null)
        {
            return null;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var open = db.Tickets.AsNoTracking().Where(x => x.TeamId == teamId && TicketStatusExtensions.Open.Contains(x.Status));
        // One grouped read for every officer's figures (the TeamId+AssigneeId index), instead of a query per person.
        var loads = await open.GroupBy(x => x.AssigneeId)
            .Select(g => new
            {
                AssigneeId = g.Key,
                Open = g.Count(),
                AtRisk = g.Count(x => !x.SlaPaused && x.WarnAt <= now && x.DueAt > now),
                Breached = g.Count(x => !x.SlaPaused && x.DueAt <= now),
                Oldest = g.Min(x => (DateTime?)x.CreatedAt),
            })
            .ToListAsync(cancellationToken);
        var leadRole = await db.Roles.Where(r => r.Name == Roles.TeamLead).Select(r => r.Id).SingleOrDefaultAsync(cancellationToken);
        var people = await db.Users.AsNoTracking().Where(u => u.TeamId == teamId && !u.IsDisabled)
            .Select(u => new
            {
                u.Id, u.DisplayName, u.Availability, u.Capacity,
                IsLead = db.UserRoles.Any(r => r.UserId == u.Id && r.RoleId == leadRole),
            })
            .ToListAsync(cancellationToken);
        var ids = people.Select(p => p.Id).ToList();
        var skills = (await db.OfficerSkills.AsNoTracking().Where(s => ids.Contains(s.UserId)).ToListAsync(cancellationToken))
            .ToLookup(s => s.UserId, s => s.CategoryId);

        var officers = people.Select(p =>
            {
                var load = loads.FirstOrDefault(l => l.AssigneeId == p.Id);
                return new BoardOfficer(p.Id, p.DisplayName, p.IsLead, p.Availability, p.Capacity, load?.Open ?? 0, load?.AtRisk ?? 0,
                    load?.Breached ?? 0, load?.Oldest, [.. skills[p.Id]]);
            })
            // Officers first, most loaded first, so who is overloaded is at the top; leads after them.
            .OrderBy(o => o.IsLead).ThenByDescending(o => o.CapacityUsed).ThenBy(o => o.DisplayName, StringComparer.CurrentCulture)
            .ToList();
        var unassigned = await TicketsAsync(db, teamId, null, cancellationToken);
        return new TeamBoard(team.Id, team.Name, team.AssignmentMode, team.AssignBySkill, officers, unassigned,
            loads.Sum(l => l.Open), loads.Sum(l => l.AtRisk), loads.Sum(l => l.Breached));
    }

    /// <summary>An officer's open tickets (or the unassigned ones, for null), most urgent first.</summary>
    public async Task<IReadOnlyList<BoardTicket>> TicketsAsync(Viewer viewer, int teamId, string? assigneeId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        if (!StaffService.LeadsTeam(viewer, teamId))
        {
            return [];
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await TicketsAsync(db, teamId, assigneeId, cancellationToken);
    }

    private static async Task<IReadOnlyList<BoardTicket>> TicketsAsync(HelpdeskDbContext db, int teamId, string? assigneeId, CancellationToken cancellationToken)
    {
        var rows = await db.Tickets.AsNoTracking()
            .Where(x => x.TeamId == teamId && x.AssigneeId == assigneeId && TicketStatusExtensions.Open.Contains(x.Status))
            // Running clocks by due time first (the TeamId+DueAt index), paused ones after, oldest first.
            .OrderBy(x => x.DueAt == null).ThenBy(x => x.DueAt).ThenBy(x => x.CreatedAt)
            .Take(500)
            .Select(x => new BoardTicket(x.Id, x.Number, x.Subject, x.Priority, x.Status, x.Category!.Code, x.AssigneeId, x.CreatedAt, x.DueAt,
                x.WarnAt, x.SlaPaused, x.Version, db.TicketHistory.Where(h => h.TicketId == x.Id).Max(h => (long?)h.Id) ?? 0))
            .ToListAsync(cancellationToken);
        return rows;
    }

    /// <summary>How many open tickets the person has now (what a hand-back would move).</summary>
    public async Task<int> TicketsForAsync(Viewer viewer, string userId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Tickets.VisibleTo(viewer).CountAsync(x => x.AssigneeId == userId && TicketStatusExtensions.Open.Contains(x.Status), cancellationToken);
    }

    /// <summary>Moves one ticket to an officer (or to nobody), unless it changed since the lead saw it.</summary>
    public async Task<MoveOutcome> MoveAsync(Viewer viewer, BoardTicket ticket, string? toUserId, string? reason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        if (!await LeadsTicketsTeamAsync(viewer, ticket.Id, cancellationToken))
        {
            return new MoveOutcome(ticket.Id, ticket.Number, false, t["Refused_NotLead"]);
        }

        var result = await workspace.AssignAsync(viewer, ticket.Loaded, toUserId, reason, cancellationToken);
        return result.Outcome switch
        {
            WorkspaceOutcome.Saved => new MoveOutcome(ticket.Id, ticket.Number, true, null),
            WorkspaceOutcome.Conflict => new MoveOutcome(ticket.Id, ticket.Number, false, Changed(result.Changes)),
            WorkspaceOutcome.NotFound => new MoveOutcome(ticket.Id, ticket.Number, false, t["Move_Gone"]),
            _ => new MoveOutcome(ticket.Id, ticket.Number, false, result.Message),
        };
    }

    /// <summary>Moves several tickets to one officer; each is checked and saved on its own, so one conflict stops only itself.</summary>
    public async Task<IReadOnlyList<MoveOutcome>> MoveManyAsync(Viewer viewer, IReadOnlyList<BoardTicket> tickets, string? toUserId, string? reason,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tickets);
        var outcomes = new List<MoveOutcome>();
        foreach (var ticket in tickets)
        {
            outcomes.Add(await MoveAsync(viewer, ticket, toUserId, reason, cancellationToken));
        }

        return outcomes;
    }

    /// <summary>
    /// An officer going on a break or offline hands back their open tickets, or their lead does it for them: to the
    /// unassigned column, or (<paramref name="redistribute"/>) each to the available officer with the most room under
    /// their capacity, the rest to the unassigned column.
    /// </summary>
    public async Task<IReadOnlyList<MoveOutcome>> HandBackAsync(Viewer viewer, string officerId, bool redistribute, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var teamId = await db.Users.Where(u => u.Id == officerId).Select(u => u.TeamId).SingleOrDefaultAsync(cancellationToken);
        if (teamId is null || (viewer.UserId != officerId && !StaffService.LeadsTeam(viewer, teamId.Value)))
        {
            return [new MoveOutcome(0, "", false, t["Refused_NotLead"])];
        }

        var tickets = await TicketsAsync(db, teamId.Value, officerId, cancellationToken);
        var room = new Dictionary<string, int>();
        if (redistribute)
        {
            var leadRole = await db.Roles.Where(r => r.Name == Roles.TeamLead).Select(r => r.Id).SingleOrDefaultAsync(cancellationToken);
            var others = await db.Users.AsNoTracking()
                .Where(u => u.TeamId == teamId && u.Id != officerId && !u.IsDisabled && u.Availability == Availability.Available
                    && !db.UserRoles.Any(r => r.UserId == u.Id && r.RoleId == leadRole))
                .Select(u => new { u.Id, u.Capacity, Open = db.Tickets.Count(x => x.AssigneeId == u.Id && TicketStatusExtensions.Open.Contains(x.Status)) })
                .ToListAsync(cancellationToken);
            room = others.ToDictionary(o => o.Id, o => o.Capacity - o.Open);
        }

        var outcomes = new List<MoveOutcome>();
        foreach (var ticket in tickets)
        {
            var target = room.Where(r => r.Value > 0).OrderByDescending(r => r.Value).Select(r => r.Key).FirstOrDefault();
            // The officer handing back their own tickets acts for themselves; the move is checked the same way.
            var result = await workspace.AssignAsync(viewer, ticket.Loaded, target, t["HandBack_Reason"], cancellationToken);
            if (result.Succeeded && target is not null)
            {
                room[target]--;
            }

            outcomes.Add(result.Succeeded
                ? new MoveOutcome(ticket.Id, ticket.Number, true, null)
                : new MoveOutcome(ticket.Id, ticket.Number, false, result.Outcome == WorkspaceOutcome.Conflict ? Changed(result.Changes) : result.Message));
        }

        return outcomes;
    }

    private async Task<bool> LeadsTicketsTeamAsync(Viewer viewer, int ticketId, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var teamId = await db.Tickets.Where(x => x.Id == ticketId).Select(x => (int?)x.TeamId).SingleOrDefaultAsync(cancellationToken);
        return teamId is { } team && StaffService.LeadsTeam(viewer, team);
    }

    /// <summary>"Changed meanwhile: Rina Marlina resolved the ticket" — what the lead needs to decide again.</summary>
    private string Changed(IReadOnlyList<TimelineEntry>? changes)
    {
        var last = changes is { Count: > 0 } ? changes[^1] : null;
        return last is null
            ? t["Move_Changed"]
            : t["Move_ChangedBy", $"{TimelineText.Actor(last, w)} {TimelineText.Describe(last, w, l, a)}"];
    }
}
