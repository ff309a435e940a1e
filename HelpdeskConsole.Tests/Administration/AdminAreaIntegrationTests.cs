using System.Net;
using System.Security.Claims;
using HelpdeskConsole.Administration;
using HelpdeskConsole.Data;
using HelpdeskConsole.Identity;
using HelpdeskConsole.Tests.TestSupport;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace HelpdeskConsole.Tests.Administration;

/// <summary>The admin area in the real app: login cookies, the route guard, and sessions ending after a disable.</summary>
public sealed class AdminAreaIntegrationTests : IAsyncLifetime
{
    private const string AdminPassword = "Admin#Uji2026x";
    private const string OfficerPassword = "Petugas#Uji2026";

    private readonly HelpdeskAppFactory root = new();
    private readonly FakeTimeProvider clock = new(DateTimeOffset.UtcNow);
    private WebApplicationFactory<Program> factory = default!;
    private string adminId = "";
    private string officerId = "";

    public async Task InitializeAsync()
    {
        // Production, so no demo data: the test makes its own accounts. The clock is fake so "a minute later" is instant.
        root.EnvironmentName = "Production";
        factory = root.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock)));
        await using var scope = factory.Services.CreateAsyncScope();
        var bootstrapper = scope.ServiceProvider.GetRequiredService<AccountBootstrapper>();
        Assert.True((await bootstrapper.CreateAdminAsync("admin.uji@kemnaker.go.id", "Admin Uji", AdminPassword)).Succeeded);
        var db = scope.ServiceProvider.GetRequiredService<HelpdeskDbContext>();
        adminId = (await db.Users.SingleAsync(u => u.Email == "admin.uji@kemnaker.go.id")).Id;
        var teamId = await db.Teams.OrderBy(t => t.Id).Select(t => t.Id).FirstAsync();
        var created = await scope.ServiceProvider.GetRequiredService<AccountAdminService>().CreateAsync(Admin,
            new NewAccount("petugas.uji@kemnaker.go.id", "Petugas Uji", teamId, Roles.Officer, OfficerPassword));
        Assert.True(created.Succeeded);
        officerId = created.Value!;
    }

    public async Task DisposeAsync()
    {
        await factory.DisposeAsync();
        await root.DisposeAsync();
    }

    private ClaimsPrincipal Admin => new(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, adminId)], "Test"));

    [Fact]
    public async Task DisableAsync_OfficerLoggedIn_SessionEndsWithinAMinuteAndLoginIsRefused()
    {
        var (client, login) = await LoginClient.LoginAsync(factory, "petugas.uji@kemnaker.go.id", OfficerPassword);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            Assert.True((await scope.ServiceProvider.GetRequiredService<AccountAdminService>().DisableAsync(Admin, officerId)).Succeeded);
        }

        clock.Advance(IdentityExtensions.RevalidationInterval + TimeSpan.FromSeconds(1));
        var after = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/account/login", after.Headers.Location!.PathAndQuery, StringComparison.Ordinal);

        var again = await LoginClient.PostLoginAsync(client, "petugas.uji@kemnaker.go.id", OfficerPassword);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("Akun ini dinonaktifkan", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/admin/accounts")]
    [InlineData("/admin/teams")]
    [InlineData("/admin/categories")]
    [InlineData("/admin/audit")]
    public async Task AdminPage_Officer_IsSentToAccessDenied(string path)
    {
        var (client, _) = await LoginClient.LoginAsync(factory, "petugas.uji@kemnaker.go.id", OfficerPassword);

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/access-denied", response.Headers.Location!.AbsolutePath);
        Assert.DoesNotContain("admin.uji@kemnaker.go.id", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/admin/accounts", "accounts-title")]
    [InlineData("/admin/teams", "teams-title")]
    [InlineData("/admin/categories", "categories-title")]
    [InlineData("/admin/audit", "audit-title")]
    public async Task AdminPage_Admin_Renders(string path, string titleId)
    {
        var (client, _) = await LoginClient.LoginAsync(factory, "admin.uji@kemnaker.go.id", AdminPassword);

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"id=\"{titleId}\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
