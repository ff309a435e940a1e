using System.Security.Claims;
using HelpdeskConsole.Administration;
using HelpdeskConsole.Data;
using HelpdeskConsole.Data.Seeding;
using HelpdeskConsole.Escalation.Admin;
using HelpdeskConsole.Identity;
using HelpdeskConsole.Tests.TestSupport;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HelpdeskConsole.Tests.Escalation.Admin;

/// <summary>
/// The SLA and calendar pages on the shared bUnit setup, with the administration services, a database holding the
/// reference data of a fresh install, and a signed-in admin. Recalculation requests are recorded, not run.
/// </summary>
public abstract class SlaAdminPageTestBase(string culture) : ComponentTestBase(culture)
{
    protected RecordingRecalculation Recalculation { get; } = new();

    protected ApplicationUser Admin { get; private set; } = default!;

    public override async Task InitializeAsync()
    {
        Context.Services.AddIdentityCore<ApplicationUser>()
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<HelpdeskDbContext>();
        Context.Services.AddSingleton<IDeadlineRecalculation>(Recalculation);
        Context.Services.AddAdministrationServices();
        await base.InitializeAsync();

        await using var scope = Context.Services.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        await new ReferenceDataSeeder(scope.ServiceProvider.GetRequiredService<IDbContextFactory<HelpdeskDbContext>>(), TimeProvider.System).SeedAsync();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
        {
            await roles.CreateAsync(new IdentityRole(role));
        }

        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        Admin = new ApplicationUser { UserName = "ratna@kemnaker.go.id", Email = "ratna@kemnaker.go.id", DisplayName = "Ratna Kusumawardani" };
        Assert.True((await users.CreateAsync(Admin)).Succeeded);
        Assert.True((await users.AddToRoleAsync(Admin, Roles.Admin)).Succeeded);
        Auth.SetAuthorized(Admin.DisplayName);
        Auth.SetRoles(Roles.Admin);
        Auth.SetClaims(new Claim(ClaimTypes.NameIdentifier, Admin.Id));
    }
}
