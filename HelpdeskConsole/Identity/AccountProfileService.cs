using HelpdeskConsole.Data;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskConsole.Identity;

/// <summary>What the shell shows about the signed-in person, and the preferences they set there.</summary>
public sealed class AccountProfileService(IDbContextFactory<HelpdeskDbContext> contextFactory)
{
    public async Task<AccountProfile?> GetAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var profile = await db.Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new AccountProfile(u.Id, u.DisplayName, u.Email ?? "", u.TeamId, u.Team != null ? u.Team.Name : null, u.PrefersDarkMode))
            .SingleOrDefaultAsync(cancellationToken);
        return profile;
    }

    public async Task SetDarkModeAsync(string userId, bool darkMode, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await db.Users.Where(u => u.Id == userId)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.PrefersDarkMode, darkMode), cancellationToken);
    }
}

public sealed record AccountProfile(string Id, string DisplayName, string Email, int? TeamId, string? TeamName, bool? PrefersDarkMode);
