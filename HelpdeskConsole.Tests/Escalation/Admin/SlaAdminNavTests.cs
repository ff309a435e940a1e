using Bunit;
using HelpdeskConsole.Components.Layout;
using HelpdeskConsole.Identity;
using HelpdeskConsole.Tests.TestSupport;

namespace HelpdeskConsole.Tests.Escalation.Admin;

public sealed class SlaAdminNavTests : ComponentTestBase
{
    [Fact]
    public void NavMenu_Admin_LinksToSlaPoliciesAndCalendar()
    {
        Auth.SetAuthorized("Ratna Kusumawardani");
        Auth.SetRoles(Roles.Admin);

        var menu = Context.Render<NavMenu>();

        Assert.Equal("/admin/sla", menu.Find("#nav-admin-sla").GetAttribute("href"));
        Assert.Equal("Kebijakan SLA", menu.Find("#nav-admin-sla").TextContent.Trim());
        Assert.Equal("/admin/calendar", menu.Find("#nav-admin-calendar").GetAttribute("href"));
        Assert.Equal("Kalender Kerja", menu.Find("#nav-admin-calendar").TextContent.Trim());
    }

    [Fact]
    public void NavMenu_Officer_HasNoSlaOrCalendarLinks()
    {
        Auth.SetAuthorized("Sari Wulandari");
        Auth.SetRoles(Roles.Officer);

        var menu = Context.Render<NavMenu>();

        Assert.Empty(menu.FindAll("#nav-admin-sla"));
        Assert.Empty(menu.FindAll("#nav-admin-calendar"));
    }
}
