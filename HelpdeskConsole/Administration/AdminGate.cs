using System.Security.Claims;
using HelpdeskConsole.Data;
using HelpdeskConsole.Identity;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskConsole.Administration;

/// <summary>The admin doing the change, as recorded in the audit trail.</summary>
public sealed record AdminActor(string UserId, string DisplayName);

/// <summary>
/// The first line of every administration service method. It asks the database, not the cookie, so an
/// admin who was demoted or disabled a moment ago is refused even while their page is still open.
/// </summary>
public sealed class AdminGate(ViewerResolver viewers, IDbContextFactory<HelpdeskDbContext> contextFactory)
{
    /// <exception cref="UnauthorizedAccessException">The principal is not an active Admin.</exception>
    public async Task<AdminActor> RequireAdminAsync(ClaimsPrincipal principal, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(principal);
        var viewer = await viewers.ResolveAsync(principal, cancellationToken);
        if (viewer is not { IsAdmin: true })
        {
            throw new UnauthorizedAccessException("Only an active account with the Admin role may use the administration area.");
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var name = await db.Users.AsNoTracking()
            .Where(u => u.Id == viewer.UserId)
            .Select(u => u.DisplayName)
            .SingleAsync(cancellationToken);
        return new AdminActor(viewer.UserId, name);
    }
}
