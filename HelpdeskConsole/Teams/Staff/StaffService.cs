using HelpdeskConsole.Data;
using HelpdeskConsole.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HelpdeskConsole.Teams.Staff;

/// <summary>An officer's own status as the app bar shows it.</summary>
public sealed record OfficerStatus(Availability Availability, int Capacity, int? TeamId);

/// <summary>
/// Availability, capacity, skills and a team's assignment settings. An officer sets their own availability; the team's
/// lead (or an admin) sets capacity, skills and the assignment mode. Every change is checked here, then announced.
/// </summary>
public sealed class StaffService(
    IDbContextFactory<HelpdeskDbContext> contextFactory,
    StaffBus bus,
    TimeProvider clock,
    IStringLocalizer<TeamStrings> t)
{
    public async Task<OfficerStatus?> StatusAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Users.AsNoTracking().Where(u => u.Id == userId && !u.IsDisabled)
            .Select(u => new OfficerStatus(u.Availability, u.Capacity, u.TeamId)).SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>Sets a person's availability; returns whether it changed. Becoming available lets automatic assignment give them work.</summary>
    public async Task<bool> SetAvailabilityAsync(string userId, Availability availability, CancellationToken cancellationToken = default)
    {
        if (!Enum.IsDefined(availability))
        {
            throw new ArgumentOutOfRangeException(nameof(availability), availability, null);
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var changed = await db.Users.Where(u => u.Id == userId && u.Availability != availability)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.Availability, availability).SetProperty(u => u.AvailabilityChangedAt, now), cancellationToken);
        if (changed == 0)
        {
            return false;
        }

        var teamId = await db.Users.Where(u => u.Id == userId).Select(u => u.TeamId).SingleOrDefaultAsync(cancellationToken);
        if (teamId is { } team)
        {
            bus.Publish(new StaffChange(team, userId, availability));
        }

        return true;
    }

    /// <summary>The team's lead (or an admin) sets how many open tickets automatic assignment gives an officer.</summary>
    public async Task<string?> SetCapacityAsync(Viewer viewer, string userId, int capacity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        if (capacity is < 0 or > Capacity.Max)
        {
            return t["Refused_Capacity", Capacity.Max];
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var teamId = await db.Users.Where(u => u.Id == userId).Select(u => u.TeamId).SingleOrDefaultAsync(cancellationToken);
        if (teamId is null || !LeadsTeam(viewer, teamId.Value))
        {
            return t["Refused_NotLead"];
        }

        await db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(s => s.SetProperty(u => u.Capacity, capacity), cancellationToken);
        bus.Publish(new StaffChange(teamId.Value, userId, null));
        return null;
    }

    /// <summary>The categories an officer is skilled in (used when the team assigns by skill).</summary>
    public async Task<string?> SetSkillsAsync(Viewer viewer, string userId, IReadOnlyCollection<int> categoryIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentNullException.ThrowIfNull(categoryIds);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var teamId = await db.Users.Where(u => u.Id == userId).Select(u => u.TeamId).SingleOrDefaultAsync(cancellationToken);
        if (teamId is null || !LeadsTeam(viewer, teamId.Value))
        {
            return t["Refused_NotLead"];
        }

        var known = await db.Categories.Where(c => categoryIds.Contains(c.Id)).Select(c => c.Id).ToListAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.OfficerSkills.Where(s => s.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        db.OfficerSkills.AddRange(known.Distinct().Select(id => new OfficerSkill { UserId = userId, CategoryId = id }));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        bus.Publish(new StaffChange(teamId.Value, userId, null));
        return null;
    }

    /// <summary>How the team's new complaints reach its officers. Turning assignment on hands out what waits.</summary>
    public async Task<string?> SetAssignmentAsync(Viewer viewer, int teamId, AssignmentMode mode, bool bySkill, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        if (!Enum.IsDefined(mode))
        {
            throw new ArgumentOutOfRangeException(nameof(mode), mode, null);
        }

        if (!LeadsTeam(viewer, teamId))
        {
            return t["Refused_NotLead"];
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await db.Teams.Where(x => x.Id == teamId)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.AssignmentMode, mode).SetProperty(x => x.AssignBySkill, bySkill), cancellationToken);
        bus.Publish(new StaffChange(teamId, null, null));
        return null;
    }

    public static bool LeadsTeam(Viewer viewer, int teamId)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        return viewer.IsAdmin || (viewer.IsTeamLead && viewer.TeamId == teamId);
    }
}
