using System.Security.Claims;
using Bunit;
using HelpdeskConsole.Administration;
using HelpdeskConsole.Data;
using HelpdeskConsole.Identity;
using HelpdeskConsole.Teams;
using HelpdeskConsole.Tests.TestSupport;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace HelpdeskConsole.Tests.Administration;

public class AccountsPageTestsBase(string culture) : ComponentTestBase(culture)
{
    protected ApplicationUser Admin { get; private set; } = default!;

    protected Team Team { get; private set; } = default!;

    public override async Task InitializeAsync()
    {
        Context.Services.AddIdentityCore<ApplicationUser>()
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<HelpdeskDbContext>();
        Context.Services.AddAdministrationServices();
        await base.InitializeAsync();

        await using (var db = CreateDbContext())
        {
            Team = new Team { Name = "Tim Pengupahan & THR", TimeZoneId = IndonesianTimeZones.Wib };
            db.Teams.Add(Team);
            await db.SaveChangesAsync();
        }

        await using var scope = Context.Services.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
        {
            await roles.CreateAsync(new IdentityRole(role));
        }

        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        Admin = await AddUserAsync(users, "ratna@kemnaker.go.id", "Ratna Kusumawardani", Roles.Admin, null);
        await AddUserAsync(users, "sari@kemnaker.go.id", "Sari Wulandari", Roles.Officer, Team.Id);
        await AddUserAsync(users, "agus@kemnaker.go.id", "Agus Salim", Roles.TeamLead, Team.Id);
    }

    protected void SignIn(ApplicationUser user, string role)
    {
        Auth.SetAuthorized(user.DisplayName);
        Auth.SetRoles(role);
        Auth.SetClaims(new Claim(ClaimTypes.NameIdentifier, user.Id));
    }

    private static async Task<ApplicationUser> AddUserAsync(UserManager<ApplicationUser> users, string email, string name, string role, int? teamId)
    {
        var user = new ApplicationUser { UserName = email, Email = email, DisplayName = name, TeamId = teamId };
        Assert.True((await users.CreateAsync(user)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        return user;
    }
}

public sealed class AccountsPageTests() : AccountsPageTestsBase("id-ID")
{
    [Fact]
    public void AccountsPage_Admin_ListsAccountsWithTeamRoleAndStatus()
    {
        SignIn(Admin, Roles.Admin);
        Context.Render<MudPopoverProvider>();

        var page = Context.Render<AccountsPage>();

        page.WaitForAssertion(() => Assert.Equal(3, page.FindAll("#accounts-table tbody tr").Count));
        var rows = page.FindAll("#accounts-table tbody tr").Select(r => r.TextContent).ToList();
        var sari = Assert.Single(rows, r => r.Contains("Sari Wulandari", StringComparison.Ordinal));
        Assert.Contains("sari@kemnaker.go.id", sari, StringComparison.Ordinal);
        Assert.Contains("Tim Pengupahan & THR", sari, StringComparison.Ordinal);
        Assert.Contains("Petugas", sari, StringComparison.Ordinal);
        Assert.Contains("Aktif", sari, StringComparison.Ordinal);
        Assert.Contains(rows, r => r.Contains("Agus Salim", StringComparison.Ordinal) && r.Contains("Koordinator", StringComparison.Ordinal));
        // The admin's own row says so, and offers no way to disable themself.
        Assert.Contains("Anda", Assert.Single(rows, r => r.Contains("Ratna", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.True(page.Find($"#account-disable-{Admin.Id}").HasAttribute("disabled"));
    }

    [Fact]
    public void AccountsPage_SearchWithoutMatch_SaysNothingMatches()
    {
        SignIn(Admin, Roles.Admin);
        Context.Render<MudPopoverProvider>();
        var page = Context.Render<AccountsPage>();
        page.WaitForAssertion(() => Assert.Equal(3, page.FindAll("#accounts-table tbody tr").Count));

        page.Find("#account-search").Input("tidak-ada-orang-ini");

        page.WaitForAssertion(() => Assert.Equal(
            "Tidak ada akun yang cocok dengan pencarian atau filter ini.", page.Find("#accounts-empty").TextContent.Trim()), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void CreateDialog_SavedEmpty_ShowsWhatToFixBesideEachField()
    {
        SignIn(Admin, Roles.Admin);
        Context.Render<MudPopoverProvider>();
        var dialogs = Context.Render<MudDialogProvider>();
        var page = Context.Render<AccountsPage>();
        page.WaitForAssertion(() => Assert.Equal(3, page.FindAll("#accounts-table tbody tr").Count));

        page.Find("#account-create").Click();
        dialogs.WaitForElement("#account-dialog-save").Click();

        dialogs.WaitForAssertion(() =>
        {
            var errors = dialogs.FindAll(".mud-input-error").Select(e => e.TextContent.Trim()).ToList();
            Assert.Contains("Isi email akun.", errors);
            Assert.Contains("Isi nama lengkap.", errors);
            Assert.Contains(errors, e => e.StartsWith("Pilih tim: petugas dan koordinator", StringComparison.Ordinal));
            Assert.Contains(errors, e => e.StartsWith("Isi kata sandi", StringComparison.Ordinal));
        });
        Assert.Equal("true", dialogs.Find("#account-email").GetAttribute("aria-invalid"));
    }

    [Fact]
    public void CreateDialog_TakenEmailAndWeakPassword_ShowsIdentitysRulesAndKeepsTheDialogOpen()
    {
        SignIn(Admin, Roles.Admin);
        var popovers = Context.Render<MudPopoverProvider>();
        var dialogs = Context.Render<MudDialogProvider>();
        var page = Context.Render<AccountsPage>();
        page.WaitForAssertion(() => Assert.Equal(3, page.FindAll("#accounts-table tbody tr").Count));
        page.Find("#account-create").Click();
        dialogs.WaitForElement("#account-email").Change("sari@kemnaker.go.id");
        dialogs.Find("#account-name").Change("Sari Kedua");
        ChooseTeam(dialogs, popovers, "Tim Pengupahan & THR");
        dialogs.Find("#account-password").Change("pendek");

        dialogs.Find("#account-dialog-save").Click();

        dialogs.WaitForAssertion(() =>
        {
            var errors = dialogs.FindAll(".mud-input-error").Select(e => e.TextContent.Trim()).ToList();
            Assert.Contains(errors, e => e.StartsWith("Email sudah dipakai akun lain", StringComparison.Ordinal));
            Assert.Contains(errors, e => e.Contains("Tambahkan minimal satu angka (0–9).", StringComparison.Ordinal));
        });
        Assert.NotEmpty(dialogs.FindAll("#account-dialog-save"));
    }

    [Fact]
    public void CreateDialog_ValidInput_AddsTheAccountToTheList()
    {
        SignIn(Admin, Roles.Admin);
        var popovers = Context.Render<MudPopoverProvider>();
        var dialogs = Context.Render<MudDialogProvider>();
        var page = Context.Render<AccountsPage>();
        page.WaitForAssertion(() => Assert.Equal(3, page.FindAll("#accounts-table tbody tr").Count));
        page.Find("#account-create").Click();
        dialogs.WaitForElement("#account-email").Change("dewi@kemnaker.go.id");
        dialogs.Find("#account-name").Change("Dewi Lestari");
        ChooseTeam(dialogs, popovers, "Tim Pengupahan & THR");
        dialogs.Find("#account-generate-password").Click();

        dialogs.Find("#account-dialog-save").Click();

        dialogs.WaitForAssertion(() => Assert.Empty(dialogs.FindAll("#account-dialog-save")));
        page.WaitForAssertion(() => Assert.Contains(page.FindAll("#accounts-table tbody tr"),
            r => r.TextContent.Contains("dewi@kemnaker.go.id", StringComparison.Ordinal)));
    }

    [Fact]
    public void DisableButton_Confirmed_ShowsTheAccountAsDisabled()
    {
        SignIn(Admin, Roles.Admin);
        Context.Render<MudPopoverProvider>();
        var dialogs = Context.Render<MudDialogProvider>();
        var page = Context.Render<AccountsPage>();
        page.WaitForAssertion(() => Assert.Equal(3, page.FindAll("#accounts-table tbody tr").Count));
        var sari = page.FindAll("#accounts-table tbody tr").Single(r => r.TextContent.Contains("Sari", StringComparison.Ordinal));

        sari.QuerySelector("[id^='account-disable-']")!.Click();
        dialogs.WaitForAssertion(() => Assert.Contains("Sari Wulandari tidak akan dapat masuk lagi", dialogs.Find("#confirm-message").TextContent, StringComparison.Ordinal));
        dialogs.Find("#confirm-ok").Click();

        page.WaitForAssertion(() => Assert.Contains("Nonaktif",
            page.FindAll("#accounts-table tbody tr").Single(r => r.TextContent.Contains("Sari", StringComparison.Ordinal)).TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public void DisableButton_Cancelled_ChangesNothing()
    {
        SignIn(Admin, Roles.Admin);
        Context.Render<MudPopoverProvider>();
        var dialogs = Context.Render<MudDialogProvider>();
        var page = Context.Render<AccountsPage>();
        page.WaitForAssertion(() => Assert.Equal(3, page.FindAll("#accounts-table tbody tr").Count));
        var sari = page.FindAll("#accounts-table tbody tr").Single(r => r.TextContent.Contains("Sari", StringComparison.Ordinal));

        sari.QuerySelector("[id^='account-disable-']")!.Click();
        dialogs.WaitForElement("#confirm-cancel").Click();

        dialogs.WaitForAssertion(() => Assert.Empty(dialogs.FindAll("#confirm-dialog")));
        using var db = CreateDbContext();
        Assert.False(db.Users.Single(u => u.Email == "sari@kemnaker.go.id").IsDisabled);
        Assert.Empty(db.AuditEntries);
    }

    [Fact]
    public void AccountsPage_AccountNoLongerAdmin_SaysSoInsteadOfFailing()
    {
        // The cookie still says Admin, the database no longer does: the services refuse, the page explains.
        var officer = new ApplicationUser { Id = "not-an-admin", DisplayName = "Bukan Admin" };
        SignIn(officer, Roles.Admin);
        Context.Render<MudPopoverProvider>();

        var page = Context.Render<AccountsPage>();

        page.WaitForAssertion(() => Assert.StartsWith("Akun Anda tidak lagi memiliki akses admin", page.Find("#admin-access-lost").TextContent, StringComparison.Ordinal));
        Assert.True(page.Find("#account-create").HasAttribute("disabled"));
        Assert.Empty(page.FindAll("#accounts-table tbody tr.mud-table-row[id]"));
    }

    private static void ChooseTeam(IRenderedComponent<MudDialogProvider> dialogs, IRenderedComponent<MudPopoverProvider> popovers, string team)
    {
        dialogs.Find("#account-team").Closest(".mud-input-control")!.MouseDown();
        popovers.WaitForElements(".mud-list-item");
        popovers.FindAll(".mud-list-item").Single(i => i.TextContent.Contains(team, StringComparison.Ordinal)).Click();
        dialogs.WaitForAssertion(() => Assert.Equal(team, dialogs.Find("#account-team").GetAttribute("value")));
    }
}

public sealed class AccountsPageEnglishTests() : AccountsPageTestsBase("en-GB")
{
    [Fact]
    public void AccountsPage_English_LabelsAndRolesAreEnglish()
    {
        SignIn(Admin, Roles.Admin);
        Context.Render<MudPopoverProvider>();

        var page = Context.Render<AccountsPage>();

        page.WaitForAssertion(() => Assert.Equal(3, page.FindAll("#accounts-table tbody tr").Count));
        Assert.Equal("Accounts", page.Find("#accounts-title").TextContent);
        Assert.Contains("Team lead", page.Markup, StringComparison.Ordinal);
        Assert.Contains("Rows per page:", page.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("Petugas", page.Markup, StringComparison.Ordinal);
    }
}
