using System.Globalization;
using HelpdeskConsole.Administration;
using HelpdeskConsole.Escalation.Admin;
using HelpdeskConsole.Identity;
using HelpdeskConsole.Teams;

namespace HelpdeskConsole.Tests.Administration;

public sealed class AuditLogServiceTests : AdminServiceTestBase
{
    [Fact]
    public async Task ListAsync_SeveralChanges_NewestFirstPagedAndFilteredByArea()
    {
        var admin = await AddAdminAsync();
        var team = await AddTeamAsync("Tim Jaminan Sosial");
        var actor = PrincipalOf(admin);
        for (var i = 1; i <= 3; i++)
        {
            Clock.Advance(TimeSpan.FromMinutes(1));
            await Teams.UpdateAsync(actor, team.Id, new TeamInput($"Tim Jaminan Sosial {i}", IndonesianTimeZones.Wib, null));
        }

        Clock.Advance(TimeSpan.FromMinutes(1));
        var created = await Accounts.CreateAsync(actor, new NewAccount("sari@kemnaker.go.id", "Sari Wulandari", team.Id, Roles.Officer, "Kuat#Sandi2026"));

        var first = await AuditLog.ListAsync(actor, null, page: 0, pageSize: 2);
        var second = await AuditLog.ListAsync(actor, null, page: 1, pageSize: 2);
        var teams = await AuditLog.ListAsync(actor, AuditAreas.Team, page: 0, pageSize: 25);

        Assert.Equal(4, first.TotalCount);
        Assert.Equal([AuditAreas.Account, AuditAreas.Team], first.Items.Select(e => e.Area));
        Assert.Equal(("Sari Wulandari", created.Value), (first.Items[0].EntityName, first.Items[0].EntityId));
        Assert.Equal("Name: Tim Jaminan Sosial 2 → Tim Jaminan Sosial 3", first.Items[1].Details);
        Assert.Equal(2, second.Items.Count);
        Assert.Equal(3, teams.TotalCount);
        Assert.All(teams.Items, e => Assert.Equal("Tim Jaminan Sosial 3", e.EntityName));
        Assert.True(teams.Items.Zip(teams.Items.Skip(1)).All(p => p.First.At > p.Second.At));
        Assert.Equal(IndonesianTimeZones.Wib, first.TimeZoneId);
    }

    [Fact]
    public async Task ListAsync_SlaRulesAndCalendarAreas_FilterEachAndNameTheTeamOfItsHours()
    {
        var admin = await AddAdminAsync();
        var team = await AddTeamAsync("Tim Pengupahan");
        var actor = PrincipalOf(admin);
        await using (var db = CreateDbContext())
        {
            foreach (var (area, entityId) in new[]
                     {
                         (SlaAuditAreas.SlaPolicy, "3"), (SlaAuditAreas.Escalation, "1"), (SlaAuditAreas.Holiday, "7"),
                         (SlaAuditAreas.Ramadan, "2"), (SlaAuditAreas.TeamHours, team.Id.ToString(CultureInfo.InvariantCulture)),
                     })
            {
                Clock.Advance(TimeSpan.FromMinutes(1));
                db.AuditEntries.Add(new AuditEntry
                {
                    At = Clock.GetUtcNow().UtcDateTime, ActorId = admin.Id, ActorName = admin.DisplayName,
                    Area = area, EntityId = entityId, Action = AuditActions.Updated,
                });
            }

            await db.SaveChangesAsync();
        }

        Assert.Equal(
            [AuditAreas.Account, AuditAreas.Team, AuditAreas.Category, "SlaPolicy", "EscalationSettings", "Holiday", "RamadanPeriod", "TeamHours"],
            AuditLogService.Areas);
        foreach (var area in AuditLogService.Areas.Except(AuditAreas.All))
        {
            var page = await AuditLog.ListAsync(actor, area, page: 0, pageSize: 25);
            Assert.Equal(area, Assert.Single(page.Items).Area);
        }

        var hours = Assert.Single((await AuditLog.ListAsync(actor, SlaAuditAreas.TeamHours, page: 0, pageSize: 25)).Items);
        Assert.Equal("Tim Pengupahan", hours.EntityName);
    }
}
