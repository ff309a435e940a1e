using System.Globalization;
using System.Security.Claims;
using HelpdeskConsole.Administration;
using HelpdeskConsole.Data;
using HelpdeskConsole.Identity;
using HelpdeskConsole.Teams;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace HelpdeskConsole.Tests.Administration;

/// <summary>
/// The administration services as the app registers them (its Identity setup, so the real password and
/// lockout rules apply), on an in-memory SQLite database with the real migrations, a fake clock and the
/// Indonesian culture. Each test gets a fresh database.
/// </summary>
public abstract class AdminServiceTestBase : IAsyncLifetime
{
    public const string InitialPassword = "Sandi#Awal2026";

    private readonly SqliteConnection connection = new("Data Source=:memory:");
    private readonly CultureInfo previousCulture = CultureInfo.CurrentCulture;
    private readonly CultureInfo previousUiCulture = CultureInfo.CurrentUICulture;
    private ServiceProvider services = default!;
    private AsyncServiceScope scope;

    protected AdminServiceTestBase()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("id-ID");
    }

    protected FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 30, 2, 0, 0, TimeSpan.Zero));

    protected AccountAdminService Accounts => Service<AccountAdminService>();

    protected TeamAdminService Teams => Service<TeamAdminService>();

    protected CategoryAdminService Categories => Service<CategoryAdminService>();

    protected AuditLogService AuditLog => Service<AuditLogService>();

    public async Task InitializeAsync()
    {
        await connection.OpenAsync();
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.Services.AddLogging();
        builder.Services.AddSingleton<TimeProvider>(Clock);
        builder.Services.AddDbContextFactory<HelpdeskDbContext>(o => o.UseSqlite(connection));
        builder.AddConsoleIdentity();
        builder.AddAdministration();
        // A service provider, not a WebApplication: nothing here needs a server.
        services = builder.Services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });

        await using (var db = CreateDbContext())
        {
            await db.Database.MigrateAsync();
        }

        await using (var setup = services.CreateAsyncScope())
        {
            await setup.ServiceProvider.GetRequiredService<AccountBootstrapper>().EnsureRolesAsync();
        }

        // One scope for the services under test, as one Blazor circuit would have.
        scope = services.CreateAsyncScope();
    }

    public async Task DisposeAsync()
    {
        await scope.DisposeAsync();
        await services.DisposeAsync();
        await connection.DisposeAsync();
        CultureInfo.CurrentCulture = previousCulture;
        CultureInfo.CurrentUICulture = previousUiCulture;
    }

    protected T Service<T>() where T : notnull => scope.ServiceProvider.GetRequiredService<T>();

    protected HelpdeskDbContext CreateDbContext() =>
        new(new DbContextOptionsBuilder<HelpdeskDbContext>().UseSqlite(connection).Options);

    /// <summary>Runs <paramref name="action"/> with Identity services from a fresh scope, so nothing is cached.</summary>
    protected async Task<T> WithIdentityAsync<T>(Func<UserManager<ApplicationUser>, SignInManager<ApplicationUser>, Task<T>> action)
    {
        await using var fresh = services.CreateAsyncScope();
        return await action(
            fresh.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>(),
            fresh.ServiceProvider.GetRequiredService<SignInManager<ApplicationUser>>());
    }

    protected async Task<Team> AddTeamAsync(string name, string timeZoneId = IndonesianTimeZones.Wib)
    {
        await using var db = CreateDbContext();
        var team = new Team { Name = name, TimeZoneId = timeZoneId };
        db.Teams.Add(team);
        await db.SaveChangesAsync();
        return team;
    }

    protected async Task<ApplicationUser> AddUserAsync(string email, string name, string role, int? teamId = null)
    {
        return await WithIdentityAsync(async (users, _) =>
        {
            var user = new ApplicationUser { UserName = email, Email = email, DisplayName = name, TeamId = teamId, EmailConfirmed = true };
            Assert.True((await users.CreateAsync(user, InitialPassword)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
            return user;
        });
    }

    protected Task<ApplicationUser> AddAdminAsync(string email = "ratna@kemnaker.go.id", string name = "Ratna Kusumawardani") =>
        AddUserAsync(email, name, Roles.Admin);

    protected static ClaimsPrincipal PrincipalOf(ApplicationUser user) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, user.Id)], "Test"));

    protected async Task<ApplicationUser> ReloadUserAsync(string id)
    {
        await using var db = CreateDbContext();
        return await db.Users.AsNoTracking().SingleAsync(u => u.Id == id);
    }

    protected async Task<List<string>> RolesOfAsync(string userId) =>
        await WithIdentityAsync(async (users, _) => (await users.GetRolesAsync((await users.FindByIdAsync(userId))!)).ToList());

    protected async Task<List<AuditEntry>> AuditEntriesAsync()
    {
        await using var db = CreateDbContext();
        return await db.AuditEntries.AsNoTracking().OrderBy(a => a.Id).ToListAsync();
    }
}
