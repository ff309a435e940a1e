using HelpdeskConsole.Administration;
using HelpdeskConsole.Identity;
using HelpdeskConsole.Teams;
using HelpdeskConsole.Tickets;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskConsole.Tests.Administration;

public sealed class TeamAdminServiceTests : AdminServiceTestBase
{
    [Fact]
    public async Task CreateAsync_ValidInput_CreatesTheTeamAndAuditsIt()
    {
        var admin = await AddAdminAsync();

        var result = await Teams.CreateAsync(PrincipalOf(admin), new TeamInput("  Desk Regional  Kalimantan ", IndonesianTimeZones.Wita, null));

        Assert.True(result.Succeeded);
        await using var db = CreateDbContext();
        var team = await db.Teams.SingleAsync(t => t.Id == result.Value);
        Assert.Equal(("Desk Regional Kalimantan", IndonesianTimeZones.Wita), (team.Name, team.TimeZoneId));
        var entry = Assert.Single(await AuditEntriesAsync());
        Assert.Equal((AuditAreas.Team, AuditActions.Created, team.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            (entry.Area, entry.Action, entry.EntityId));
        Assert.Equal("Name: — → Desk Regional Kalimantan\nTimeZone: — → Asia/Makassar", entry.Details);
    }

    [Fact]
    public async Task CreateAsync_NameOfAnotherTeamInOtherCase_IsRefused()
    {
        var admin = await AddAdminAsync();
        await AddTeamAsync("Tim Jaminan Sosial");

        var result = await Teams.CreateAsync(PrincipalOf(admin), new TeamInput("tim jaminan sosial", IndonesianTimeZones.Wib, null));

        var error = Assert.Single(result.Errors);
        Assert.Equal((nameof(TeamInput.Name), "Error_TeamNameTaken"), (error.Field, error.Code));
        Assert.Equal("Nama tim \"tim jaminan sosial\" sudah dipakai tim lain; pilih nama lain.", error.Message);
    }

    [Theory]
    [InlineData("", "Error_TeamNameRequired")]
    [InlineData("   ", "Error_TeamNameRequired")]
    public async Task CreateAsync_NoName_SaysToFillIt(string name, string code)
    {
        var admin = await AddAdminAsync();

        var result = await Teams.CreateAsync(PrincipalOf(admin), new TeamInput(name, IndonesianTimeZones.Wib, null));

        Assert.Equal(code, Assert.Single(result.Errors).Code);
    }

    [Theory]
    [InlineData("Asia/Singapore")]
    [InlineData("UTC")]
    [InlineData("")]
    public async Task CreateAsync_TimeZoneOutsideIndonesia_NamesTheThreeAllowed(string timeZoneId)
    {
        var admin = await AddAdminAsync();

        var result = await Teams.CreateAsync(PrincipalOf(admin), new TeamInput("Tim Baru", timeZoneId, null));

        Assert.Equal("Pilih zona waktu: WIB (Asia/Jakarta), WITA (Asia/Makassar), atau WIT (Asia/Jayapura).",
            result.ErrorFor(nameof(TeamInput.TimeZoneId)));
    }

    [Fact]
    public async Task UpdateAsync_LeadFromAnotherTeam_IsRefusedWithTheRule()
    {
        var admin = await AddAdminAsync();
        var wages = await AddTeamAsync("Tim Pengupahan & THR");
        var social = await AddTeamAsync("Tim Jaminan Sosial");
        var lead = await AddUserAsync("agus@kemnaker.go.id", "Agus Salim", Roles.TeamLead, social.Id);

        var result = await Teams.UpdateAsync(PrincipalOf(admin), wages.Id, new TeamInput(wages.Name, wages.TimeZoneId, lead.Id));

        var error = Assert.Single(result.Errors);
        Assert.Equal((nameof(TeamInput.LeadId), "Error_LeadNotEligible"), (error.Field, error.Code));
        Assert.Contains("berperan Koordinator yang tergabung dalam tim ini", error.Message, StringComparison.Ordinal);
        await using var db = CreateDbContext();
        Assert.Null((await db.Teams.SingleAsync(t => t.Id == wages.Id)).LeadId);
    }

    [Fact]
    public async Task UpdateAsync_LeadWithoutTheTeamLeadRole_IsRefused()
    {
        var admin = await AddAdminAsync();
        var team = await AddTeamAsync("Tim Jaminan Sosial");
        var officer = await AddUserAsync("sari@kemnaker.go.id", "Sari Wulandari", Roles.Officer, team.Id);

        var result = await Teams.UpdateAsync(PrincipalOf(admin), team.Id, new TeamInput(team.Name, team.TimeZoneId, officer.Id));

        Assert.Equal("Error_LeadNotEligible", Assert.Single(result.Errors).Code);
    }

    [Fact]
    public async Task CreateAsync_WithALead_IsRefusedBecauseNobodyBelongsYet()
    {
        var admin = await AddAdminAsync();
        var other = await AddTeamAsync("Tim Jaminan Sosial");
        var lead = await AddUserAsync("agus@kemnaker.go.id", "Agus Salim", Roles.TeamLead, other.Id);

        var result = await Teams.CreateAsync(PrincipalOf(admin), new TeamInput("Tim Baru", IndonesianTimeZones.Wib, lead.Id));

        Assert.Equal("Error_LeadNotEligible", Assert.Single(result.Errors).Code);
    }

    [Fact]
    public async Task UpdateAsync_EligibleLeadAndNewZone_SavesAndRecordsOldAndNew()
    {
        var admin = await AddAdminAsync();
        var team = await AddTeamAsync("Desk Regional Sulawesi", IndonesianTimeZones.Wib);
        var lead = await AddUserAsync("agus@kemnaker.go.id", "Agus Salim", Roles.TeamLead, team.Id);

        var result = await Teams.UpdateAsync(PrincipalOf(admin), team.Id, new TeamInput(team.Name, IndonesianTimeZones.Wita, lead.Id));

        Assert.True(result.Succeeded);
        await using var db = CreateDbContext();
        var saved = await db.Teams.SingleAsync(t => t.Id == team.Id);
        Assert.Equal((IndonesianTimeZones.Wita, lead.Id), (saved.TimeZoneId, saved.LeadId));
        Assert.Equal("TimeZone: Asia/Jakarta → Asia/Makassar\nLead: — → Agus Salim", Assert.Single(await AuditEntriesAsync()).Details);
    }

    [Fact]
    public async Task LeadCandidatesAsync_Team_OffersOnlyItsActiveTeamLeads()
    {
        var admin = await AddAdminAsync();
        var team = await AddTeamAsync("Tim Jaminan Sosial");
        var other = await AddTeamAsync("Tim Pengupahan & THR");
        await AddUserAsync("agus@kemnaker.go.id", "Agus Salim", Roles.TeamLead, team.Id);
        var gone = await AddUserAsync("bambang@kemnaker.go.id", "Bambang", Roles.TeamLead, team.Id);
        await AddUserAsync("sari@kemnaker.go.id", "Sari Wulandari", Roles.Officer, team.Id);
        await AddUserAsync("dedi@kemnaker.go.id", "Dedi", Roles.TeamLead, other.Id);
        await Accounts.DisableAsync(PrincipalOf(admin), gone.Id);

        var candidates = await Teams.LeadCandidatesAsync(PrincipalOf(admin), team.Id);

        Assert.Equal(["Agus Salim"], candidates.Select(c => c.DisplayName));
        Assert.Empty(await Teams.LeadCandidatesAsync(PrincipalOf(admin), null));
    }

    [Fact]
    public async Task ListAsync_Teams_CountActiveMembersAndActiveCategories()
    {
        var admin = await AddAdminAsync();
        var team = await AddTeamAsync("Tim Jaminan Sosial");
        await AddUserAsync("sari@kemnaker.go.id", "Sari Wulandari", Roles.Officer, team.Id);
        var gone = await AddUserAsync("budi@kemnaker.go.id", "Budi", Roles.Officer, team.Id);
        await Accounts.DisableAsync(PrincipalOf(admin), gone.Id);
        await using (var db = CreateDbContext())
        {
            db.Categories.AddRange(
                new Category { Code = "JAMSOS", NameId = "Jaminan Sosial", NameEn = "Social security", TeamId = team.Id },
                new Category { Code = "LAMA", NameId = "Lama", NameEn = "Old", TeamId = team.Id, IsActive = false });
            await db.SaveChangesAsync();
        }

        var row = Assert.Single(await Teams.ListAsync(PrincipalOf(admin)));

        Assert.Equal(("Tim Jaminan Sosial", 1, 1, null), (row.Name, row.MemberCount, row.CategoryCount, row.LeadName));
    }
}
