using Bunit;
using HelpdeskConsole.Components.Layout;
using HelpdeskConsole.Identity;
using HelpdeskConsole.Tests.TestSupport;

namespace HelpdeskConsole.Tests.Components;

public sealed class NavMenuTests : ComponentTestBase
{
    [Fact]
    public void NavMenu_Officer_ShowsNoAdministration()
    {
        Auth.SetAuthorized("Sari Wulandari");
        Auth.SetRoles(Roles.Officer);

        var menu = Context.Render<NavMenu>();

        Assert.Contains("Ringkasan", menu.Markup, StringComparison.Ordinal);
        Assert.Empty(menu.FindAll("#nav-admin-accounts"));
        Assert.DoesNotContain("Administrasi", menu.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void NavMenu_Admin_ShowsTheAdministrationPages()
    {
        Auth.SetAuthorized("Ratna Kusumawardani");
        Auth.SetRoles(Roles.Admin);

        var menu = Context.Render<NavMenu>();

        Assert.Equal("/admin/accounts", menu.Find("#nav-admin-accounts").GetAttribute("href"));
        Assert.Equal("/admin/teams", menu.Find("#nav-admin-teams").GetAttribute("href"));
        Assert.Equal("/admin/categories", menu.Find("#nav-admin-categories").GetAttribute("href"));
        Assert.Equal("/admin/audit", menu.Find("#nav-admin-audit").GetAttribute("href"));
    }
}

public sealed class NavMenuEnglishTests() : ComponentTestBase("en-GB")
{
    [Fact]
    public void NavMenu_English_LabelsAreEnglish()
    {
        Auth.SetAuthorized("Ratna Kusumawardani");
        Auth.SetRoles(Roles.Admin);

        var menu = Context.Render<NavMenu>();

        Assert.Contains("Overview", menu.Markup, StringComparison.Ordinal);
        Assert.Contains("Administration", menu.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("Ringkasan", menu.Markup, StringComparison.Ordinal);
    }
}
