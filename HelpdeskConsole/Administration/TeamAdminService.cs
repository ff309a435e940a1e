using System.Globalization;
using System.Security.Claims;
using HelpdeskConsole.Data;
using HelpdeskConsole.Identity;
using HelpdeskConsole.Teams;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HelpdeskConsole.Administration;

/// <summary>Teams: name, time zone and lead. Each change is validated and written together with its audit entry.</summary>
public sealed class TeamAdminService(
    AdminGate gate,
    IDbContextFactory<HelpdeskDbContext> contextFactory,
    IStringLocalizer<AdminStrings> localizer,
    TimeProvider clock)
{
    public const int MaxNameLength = 120;

    public async Task<IReadOnlyList<TeamListItem>> ListAsync(ClaimsPrincipal principal, CancellationToken cancellationToken = default)
    {
        await gate.RequireAdminAsync(principal, cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Teams.AsNoTracking()
            .OrderBy(t => t.Name)
            .Select(t => new TeamListItem(
                t.Id,
                t.Name,
                t.TimeZoneId,
                t.LeadId,
                t.Lead != null ? t.Lead.DisplayName : null,
                t.Members.Count(m => !m.IsDisabled),
                t.Categories.Count(c => c.IsActive)))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The teams to choose from in the account and category forms.</summary>
    public async Task<IReadOnlyList<TeamOption>> ListOptionsAsync(ClaimsPrincipal principal, CancellationToken cancellationToken = default)
    {
        await gate.RequireAdminAsync(principal, cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Teams.AsNoTracking()
            .OrderBy(t => t.Name)
            .Select(t => new TeamOption(t.Id, t.Name))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Who may lead the team: its active members with the TeamLead role. A new team (null) has none yet.</summary>
    public async Task<IReadOnlyList<LeadCandidate>> LeadCandidatesAsync(ClaimsPrincipal principal, int? teamId, CancellationToken cancellationToken = default)
    {
        await gate.RequireAdminAsync(principal, cancellationToken);
        if (teamId is null)
        {
            return [];
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await (from u in db.Users.AsNoTracking()
                      where u.TeamId == teamId && !u.IsDisabled
                          && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.TeamLead))
                      orderby u.DisplayName
                      select new LeadCandidate(u.Id, u.DisplayName, u.Email ?? ""))
            .ToListAsync(cancellationToken);
    }

    public async Task<AdminResult<int>> CreateAsync(ClaimsPrincipal principal, TeamInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var actor = await gate.RequireAdminAsync(principal, cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var (name, errors) = await ValidateAsync(db, null, input, cancellationToken);
        var lead = await ValidateLeadAsync(db, errors, null, input.LeadId, cancellationToken);
        if (errors.Any)
        {
            return AdminResult.Fail<int>(errors.ToList());
        }

        var team = new Team { Name = name, TimeZoneId = input.TimeZoneId, LeadId = lead?.Id };
        // One transaction: the team needs its id before the audit entry can name it.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Teams.Add(team);
        await db.SaveChangesAsync(cancellationToken);
        db.AuditEntries.Add(new AuditDetails()
            .Change(AuditFields.Name, null, team.Name)
            .Change(AuditFields.TimeZone, null, team.TimeZoneId)
            .ToEntry(actor, clock.GetUtcNow(), AuditAreas.Team, Key(team.Id), AuditActions.Created));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return AdminResult.Ok(team.Id);
    }

    public async Task<AdminResult> UpdateAsync(ClaimsPrincipal principal, int teamId, TeamInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var actor = await gate.RequireAdminAsync(principal, cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var team = await db.Teams.Include(t => t.Lead).SingleOrDefaultAsync(t => t.Id == teamId, cancellationToken);
        var (name, errors) = await ValidateAsync(db, teamId, input, cancellationToken);
        if (team is null)
        {
            errors.Add(AdminError.Form, "Error_TeamGone");
            return AdminResult.Fail(errors.ToList());
        }

        // Keeping the current lead is always allowed, even if they would not qualify today: nothing changes.
        var lead = input.LeadId == team.LeadId ? team.Lead : await ValidateLeadAsync(db, errors, teamId, input.LeadId, cancellationToken);
        if (errors.Any)
        {
            return AdminResult.Fail(errors.ToList());
        }

        var details = new AuditDetails()
            .Change(AuditFields.Name, team.Name, name)
            .Change(AuditFields.TimeZone, team.TimeZoneId, input.TimeZoneId)
            .Change(AuditFields.Lead, team.Lead?.DisplayName, lead?.DisplayName);
        if (details.IsEmpty)
        {
            return AdminResult.Ok();
        }

        team.Name = name;
        team.TimeZoneId = input.TimeZoneId;
        team.LeadId = lead?.Id;
        db.AuditEntries.Add(details.ToEntry(actor, clock.GetUtcNow(), AuditAreas.Team, Key(team.Id), AuditActions.Updated));
        await db.SaveChangesAsync(cancellationToken);
        return AdminResult.Ok();
    }

    private async Task<(string Name, AdminErrors Errors)> ValidateAsync(HelpdeskDbContext db, int? teamId, TeamInput input, CancellationToken cancellationToken)
    {
        var errors = new AdminErrors(localizer);
        var name = string.Join(' ', (input.Name ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        if (name.Length == 0)
        {
            errors.Add(nameof(TeamInput.Name), "Error_TeamNameRequired");
        }
        else if (name.Length > MaxNameLength)
        {
            errors.Add(nameof(TeamInput.Name), "Error_NameTooLong", MaxNameLength);
        }
        else
        {
            var upper = name.ToUpperInvariant();
            // Upper-casing both sides is case-insensitive on SQLite and PostgreSQL alike; StringComparison is not translated.
#pragma warning disable CA1862
            if (await db.Teams.AnyAsync(t => t.Id != teamId && t.Name.ToUpper() == upper, cancellationToken))
#pragma warning restore CA1862
            {
                errors.Add(nameof(TeamInput.Name), "Error_TeamNameTaken", name);
            }
        }

        if (!IndonesianTimeZones.All.Contains(input.TimeZoneId))
        {
            errors.Add(nameof(TeamInput.TimeZoneId), "Error_TimeZone");
        }

        return (name, errors);
    }

    private static async Task<ApplicationUser?> ValidateLeadAsync(HelpdeskDbContext db, AdminErrors errors, int? teamId, string? leadId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(leadId))
        {
            return null;
        }

        var lead = await db.Users.SingleOrDefaultAsync(u => u.Id == leadId, cancellationToken);
        var qualifies = lead is { IsDisabled: false }
            && teamId is not null && lead.TeamId == teamId
            && await db.UserRoles.AnyAsync(ur => ur.UserId == leadId && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.TeamLead), cancellationToken);
        if (!qualifies)
        {
            errors.Add(nameof(TeamInput.LeadId), "Error_LeadNotEligible");
        }

        return lead;
    }

    private static string Key(int id) => id.ToString(CultureInfo.InvariantCulture);
}
