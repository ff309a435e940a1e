using HelpdeskConsole.Data;
using HelpdeskConsole.Identity;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskConsole.Teams;

/// <summary>The time zone a person's desk works in: their team's, or WIB for admins without a team.</summary>
public sealed class TeamClock(IDbContextFactory<HelpdeskDbContext> contextFactory)
{
    public async Task<string> TimeZoneOfAsync(Viewer viewer, CancellationToken cancellationToken = default)
    {
        if (viewer.TeamId is not { } teamId)
        {
            return IndonesianTimeZones.Wib;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Teams.Where(t => t.Id == teamId).Select(t => t.TimeZoneId).SingleOrDefaultAsync(cancellationToken)
            ?? IndonesianTimeZones.Wib;
    }
}
