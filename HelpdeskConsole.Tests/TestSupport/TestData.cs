using HelpdeskConsole.Data;
using HelpdeskConsole.Data.Seeding;
using HelpdeskConsole.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskConsole.Tests.TestSupport;

/// <summary>Small, explicit arrangements on a test database: reference data, accounts with roles.</summary>
public static class TestData
{
    public static async Task SeedReferenceDataAsync(IDbContextFactory<HelpdeskDbContext> factory)
    {
        await new ReferenceDataSeeder(factory, TimeProvider.System).SeedAsync();
        await using var db = await factory.CreateDbContextAsync();
        foreach (var role in Roles.All.Where(r => !db.Roles.Any(x => x.Name == r)))
        {
            db.Roles.Add(new IdentityRole(role) { NormalizedName = role.ToUpperInvariant() });
        }

        await db.SaveChangesAsync();
    }

    /// <summary>Adds an account on the team that owns <paramref name="categoryCode"/> (or no team) with one role.</summary>
    public static async Task<ApplicationUser> AddAccountAsync(IDbContextFactory<HelpdeskDbContext> factory, string name, string role, string? categoryCode)
    {
        await using var db = await factory.CreateDbContextAsync();
        int? teamId = categoryCode is null ? null : await db.Categories.Where(c => c.Code == categoryCode).Select(c => c.TeamId).SingleAsync();
        var email = name.Replace(' ', '.').ToLowerInvariant() + "@test.example";
        var user = new ApplicationUser
        {
            UserName = email,
            NormalizedUserName = email.ToUpperInvariant(),
            Email = email,
            NormalizedEmail = email.ToUpperInvariant(),
            DisplayName = name,
            TeamId = teamId,
            SecurityStamp = Guid.NewGuid().ToString(),
        };
        db.Users.Add(user);
        var roleId = await db.Roles.Where(r => r.Name == role).Select(r => r.Id).SingleAsync();
        db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = roleId });
        await db.SaveChangesAsync();
        return user;
    }
}
