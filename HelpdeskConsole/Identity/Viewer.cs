using System.Security.Claims;
using HelpdeskConsole.Data;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskConsole.Identity;

/// <summary>
/// Who is asking, as the database knows them right now (not as a possibly minute-old cookie says):
/// the basis of every authorization decision in the services.
/// </summary>
public sealed record Viewer(string UserId, int? TeamId, bool IsAdmin, bool IsTeamLead)
{
    public bool CanSeeAllTeams => IsAdmin;
}

public sealed class ViewerResolver(IDbContextFactory<HelpdeskDbContext> contextFactory)
{
    /// <summary>The viewer for a principal, or null when the account is unknown or disabled.</summary>
    public async Task<Viewer?> ResolveAsync(ClaimsPrincipal principal, CancellationToken cancellationToken = default)
    {
        var userId = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        return userId is null ? null : await ResolveAsync(userId, cancellationToken);
    }

    /// <summary>The viewer for an account id, or null when the account is unknown or disabled.</summary>
    public async Task<Viewer?> ResolveAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var user = await db.Users.AsNoTracking()
            .Where(u => u.Id == userId && !u.IsDisabled)
            .Select(u => new { u.Id, u.TeamId })
            .SingleOrDefaultAsync(cancellationToken);
        if (user is null)
        {
            return null;
        }

        var roles = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           where ur.UserId == userId
                           select r.Name).ToListAsync(cancellationToken);
        return new Viewer(user.Id, user.TeamId, roles.Contains(Roles.Admin), roles.Contains(Roles.TeamLead));
    }
}
