using Microsoft.AspNetCore.Identity;

namespace HelpdeskConsole.Identity;

/// <summary>The roles every install has, and the first admin of an install without demo data.</summary>
public sealed class AccountBootstrapper(
    RoleManager<IdentityRole> roleManager,
    UserManager<ApplicationUser> userManager,
    TimeProvider clock)
{
    public async Task EnsureRolesAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roleManager.RoleExistsAsync(role))
            {
                EnsureSucceeded(await roleManager.CreateAsync(new IdentityRole(role)), $"create role {role}");
            }
        }
    }

    /// <summary>Creates an admin account; the errors say what to fix (weak password, email taken...).</summary>
    public async Task<IdentityResult> CreateAdminAsync(string email, string displayName, string password)
    {
        await EnsureRolesAsync();
        var user = new ApplicationUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = displayName,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        var created = await userManager.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return created;
        }

        return await userManager.AddToRoleAsync(user, Roles.Admin);
    }

    internal static void EnsureSucceeded(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not {what}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }
}
