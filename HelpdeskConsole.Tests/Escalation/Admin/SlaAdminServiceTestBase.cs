using System.Globalization;
using System.Security.Claims;
using HelpdeskConsole.Administration;
using HelpdeskConsole.Data;
using HelpdeskConsole.Data.Seeding;
using HelpdeskConsole.Escalation;
using HelpdeskConsole.Escalation.Admin;
using HelpdeskConsole.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace HelpdeskConsole.Tests.Escalation.Admin;

/// <summary>
/// <see cref="SlaAdminService"/> as the app registers it (with the administration services and Identity), on an
/// in-memory SQLite database with the real migrations and the reference data every install starts with (teams,
/// categories, domain.md's policies, the holidays, Ramadan periods and civil-service hours), a fake clock and the
/// Indonesian culture; after the pattern of the Administration tests' base. The background recalculation is
/// replaced by a recorder, so nothing else uses the test's one connection.
/// </summary>
public abstract class SlaAdminServiceTestBase : IAsyncLifetime
{
    private readonly SqliteConnection connection = new("Data Source=:memory:");
    private readonly CultureInfo previousCulture = CultureInfo.CurrentCulture;
    private readonly CultureInfo previousUiCulture = CultureInfo.CurrentUICulture;
    private ServiceProvider services = default!;
    private AsyncServiceScope scope;

    protected SlaAdminServiceTestBase()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("id-ID");
    }

    protected FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 30, 2, 0, 0, TimeSpan.Zero));

    protected RecordingRecalculation Recalculation { get; } = new();

    protected SlaAdminService Sla => Service<SlaAdminService>();

    protected ClaimsPrincipal Admin { get; private set; } = default!;

    protected ClaimsPrincipal Officer { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        await connection.OpenAsync();
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.Services.AddLogging();
        builder.Services.AddSingleton<TimeProvider>(Clock);
        builder.Services.AddDbContextFactory<HelpdeskDbContext>(o => o.UseSqlite(connection));
        builder.Services.AddSingleton<WriteGate>();
        builder.Services.AddSingleton<SlaRulesProvider>();
        builder.Services.AddSingleton<IDeadlineRecalculation>(Recalculation);
        builder.AddConsoleIdentity();
        builder.AddAdministration();
        services = builder.Services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });

        await using (var db = CreateDbContext())
        {
            await db.Database.MigrateAsync();
        }

        await using (var setup = services.CreateAsyncScope())
        {
            await setup.ServiceProvider.GetRequiredService<AccountBootstrapper>().EnsureRolesAsync();
            await new ReferenceDataSeeder(setup.ServiceProvider.GetRequiredService<IDbContextFactory<HelpdeskDbContext>>(), Clock).SeedAsync();
            var users = setup.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            Admin = await AddUserAsync(users, "ratna@kemnaker.go.id", "Ratna Kusumawardani", Roles.Admin);
            Officer = await AddUserAsync(users, "sari@kemnaker.go.id", "Sari Wulandari", Roles.Officer);
        }

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

    /// <summary>The rules as the sweep and every ticket writer read them.</summary>
    protected async Task<SlaRules> RulesAsync()
    {
        await using var db = CreateDbContext();
        return await SlaRulesProvider.LoadAsync(db);
    }

    protected async Task<int> CategoryIdAsync(string code)
    {
        await using var db = CreateDbContext();
        return await db.Categories.Where(c => c.Code == code).Select(c => c.Id).SingleAsync();
    }

    protected async Task<int> TeamIdAsync(string name)
    {
        await using var db = CreateDbContext();
        return await db.Teams.Where(t => t.Name == name).Select(t => t.Id).SingleAsync();
    }

    protected async Task<List<AuditEntry>> AuditEntriesAsync()
    {
        await using var db = CreateDbContext();
        return await db.AuditEntries.AsNoTracking().OrderBy(a => a.Id).ToListAsync();
    }

    private static async Task<ClaimsPrincipal> AddUserAsync(UserManager<ApplicationUser> users, string email, string name, string role)
    {
        var user = new ApplicationUser { UserName = email, Email = email, DisplayName = name, EmailConfirmed = true };
        Assert.True((await users.CreateAsync(user, "Sandi#Awal2026")).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        return new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, user.Id)], "Test"));
    }
}

/// <summary>Counts the recalculation requests instead of running one in the background.</summary>
public sealed class RecordingRecalculation : IDeadlineRecalculation
{
    private int requests;

    public int Requests => Volatile.Read(ref requests);

    public void Request() => Interlocked.Increment(ref requests);
}
