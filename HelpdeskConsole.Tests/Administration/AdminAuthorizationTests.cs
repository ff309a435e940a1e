using System.Security.Claims;
using HelpdeskConsole.Administration;
using HelpdeskConsole.Identity;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskConsole.Tests.Administration;

/// <summary>Every administration service method refuses anyone but an active Admin, whatever the page shows.</summary>
public sealed class AdminAuthorizationTests : AdminServiceTestBase
{
    public static TheoryData<string> Operations() =>
    [
        "accounts.list", "accounts.create", "accounts.update", "accounts.disable", "accounts.enable", "accounts.unlock", "accounts.reset",
        "teams.list", "teams.options", "teams.candidates", "teams.create", "teams.update",
        "categories.list", "categories.create", "categories.update", "categories.deactivate",
        "audit.list",
    ];

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Operation_TeamLead_IsRefusedAndChangesNothing(string operation)
    {
        var (team, target, category) = await ArrangeAsync();
        // A cookie that still claims Admin does not help: the role is read from the database.
        var lead = await AddUserAsync("agus@kemnaker.go.id", "Agus Salim", Roles.TeamLead, team);
        var principal = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, lead.Id), new Claim(ClaimTypes.Role, Roles.Admin)], "Test"));

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Run(operation, principal, team, target, category));

        await AssertNothingChangedAsync(target, category);
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Operation_DisabledAdmin_IsRefused(string operation)
    {
        var (team, target, category) = await ArrangeAsync();
        var admin = await AddAdminAsync("joko@kemnaker.go.id", "Joko Widodo");
        await WithIdentityAsync(async (users, _) =>
        {
            var user = (await users.FindByIdAsync(admin.Id))!;
            user.IsDisabled = true;
            return await users.UpdateAsync(user);
        });

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Run(operation, PrincipalOf(admin), team, target, category));

        await AssertNothingChangedAsync(target, category);
    }

    [Fact]
    public async Task Operation_Anonymous_IsRefused()
    {
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Accounts.ListAsync(new ClaimsPrincipal(new ClaimsIdentity()), new AccountFilter()));
    }

    private async Task<(int Team, string Target, int Category)> ArrangeAsync()
    {
        var team = await AddTeamAsync("Tim Jaminan Sosial");
        var target = await AddUserAsync("sari@kemnaker.go.id", "Sari Wulandari", Roles.Officer, team.Id);
        await using var db = CreateDbContext();
        var category = new HelpdeskConsole.Tickets.Category { Code = "JAMSOS", NameId = "Jaminan Sosial", NameEn = "Social security", TeamId = team.Id };
        db.Categories.Add(category);
        await db.SaveChangesAsync();
        return (team.Id, target.Id, category.Id);
    }

    private async Task AssertNothingChangedAsync(string target, int category)
    {
        Assert.Empty(await AuditEntriesAsync());
        var user = await ReloadUserAsync(target);
        Assert.Equal(("Sari Wulandari", false), (user.DisplayName, user.IsDisabled));
        await using var db = CreateDbContext();
        Assert.Equal(1, await db.Teams.CountAsync());
        Assert.True((await db.Categories.SingleAsync(c => c.Id == category)).IsActive);
        Assert.Equal(1, await db.Categories.CountAsync());
    }

    private Task Run(string operation, ClaimsPrincipal principal, int team, string target, int category) => operation switch
    {
        "accounts.list" => Accounts.ListAsync(principal, new AccountFilter()),
        "accounts.create" => Accounts.CreateAsync(principal, new NewAccount("baru@kemnaker.go.id", "Baru", team, Roles.Officer, "Kuat#Sandi2026")),
        "accounts.update" => Accounts.UpdateAsync(principal, target, new AccountChanges("Diubah", team, Roles.Admin)),
        "accounts.disable" => Accounts.DisableAsync(principal, target),
        "accounts.enable" => Accounts.EnableAsync(principal, target),
        "accounts.unlock" => Accounts.UnlockAsync(principal, target),
        "accounts.reset" => Accounts.ResetPasswordAsync(principal, target, null),
        "teams.list" => Teams.ListAsync(principal),
        "teams.options" => Teams.ListOptionsAsync(principal),
        "teams.candidates" => Teams.LeadCandidatesAsync(principal, team),
        "teams.create" => Teams.CreateAsync(principal, new TeamInput("Tim Baru", HelpdeskConsole.Teams.IndonesianTimeZones.Wib, null)),
        "teams.update" => Teams.UpdateAsync(principal, team, new TeamInput("Diubah", HelpdeskConsole.Teams.IndonesianTimeZones.Wit, null)),
        "categories.list" => Categories.ListAsync(principal),
        "categories.create" => Categories.CreateAsync(principal, new NewCategory("BARU", "Baru", "New", team)),
        "categories.update" => Categories.UpdateAsync(principal, category, new CategoryChanges("Diubah", "Changed", team)),
        "categories.deactivate" => Categories.SetActiveAsync(principal, category, false),
        "audit.list" => AuditLog.ListAsync(principal, null, 0, 25),
        _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, "Unknown operation."),
    };
}
