using HelpdeskConsole.Administration;
using HelpdeskConsole.Identity;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskConsole.Tests.Administration;

public sealed class AccountAdminServiceTests : AdminServiceTestBase
{
    [Fact]
    public async Task CreateAsync_ValidInput_CreatesAccountWithExactlyOneRoleAndAuditsIt()
    {
        var admin = await AddAdminAsync();
        var team = await AddTeamAsync("Tim Pengupahan & THR");

        var result = await Accounts.CreateAsync(PrincipalOf(admin),
            new NewAccount(" sari@kemnaker.go.id ", "  Sari   Wulandari ", team.Id, Roles.Officer, "Kuat#Sandi2026"));

        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message)));
        var user = await ReloadUserAsync(result.Value!);
        Assert.Equal("sari@kemnaker.go.id", user.Email);
        Assert.Equal("Sari Wulandari", user.DisplayName);
        Assert.Equal(team.Id, user.TeamId);
        Assert.Equal([Roles.Officer], await RolesOfAsync(user.Id));
        var entry = Assert.Single(await AuditEntriesAsync());
        Assert.Equal((AuditAreas.Account, AuditActions.Created, user.Id), (entry.Area, entry.Action, entry.EntityId));
        Assert.Equal((admin.Id, "Ratna Kusumawardani"), (entry.ActorId, entry.ActorName));
        Assert.Equal(Clock.GetUtcNow().UtcDateTime, entry.At);
        Assert.Contains("Team: — → Tim Pengupahan & THR", entry.Details, StringComparison.Ordinal);
        Assert.Contains("Role: — → Officer", entry.Details, StringComparison.Ordinal);
        Assert.DoesNotContain("Kuat#Sandi2026", entry.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateAsync_EmailOfAnotherAccount_SaysTheEmailIsTaken()
    {
        var admin = await AddAdminAsync();
        var team = await AddTeamAsync("Tim Jaminan Sosial");
        await AddUserAsync("budi@kemnaker.go.id", "Budi Santoso", Roles.Officer, team.Id);

        var result = await Accounts.CreateAsync(PrincipalOf(admin),
            new NewAccount("BUDI@kemnaker.go.id", "Budi Lain", team.Id, Roles.Officer, "Kuat#Sandi2026"));

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors);
        Assert.Equal((nameof(NewAccount.Email), "Error_EmailTaken"), (error.Field, error.Code));
        Assert.StartsWith("Email sudah dipakai akun lain", error.Message, StringComparison.Ordinal);
        Assert.Empty(await AuditEntriesAsync());
    }

    [Fact]
    public async Task CreateAsync_WeakPassword_ShowsEachIdentityRuleInIndonesianAndCreatesNothing()
    {
        var admin = await AddAdminAsync();
        var team = await AddTeamAsync("Tim Jaminan Sosial");

        var result = await Accounts.CreateAsync(PrincipalOf(admin),
            new NewAccount("dewi@kemnaker.go.id", "Dewi Lestari", team.Id, Roles.Officer, "abc"));

        Assert.False(result.Succeeded);
        Assert.All(result.Errors, e => Assert.Equal(nameof(NewAccount.Password), e.Field));
        Assert.Equal(
            ["Error_PasswordRequiresDigit", "Error_PasswordRequiresUpper", "Error_PasswordTooShort"],
            result.Errors.Select(e => e.Code).Order(StringComparer.Ordinal));
        Assert.Contains("Kata sandi minimal 10 karakter.", result.ErrorFor(nameof(NewAccount.Password)), StringComparison.Ordinal);
        await using var db = CreateDbContext();
        Assert.False(await db.Users.AnyAsync(u => u.Email == "dewi@kemnaker.go.id"));
    }

    [Fact]
    public async Task CreateAsync_EmptyForm_SaysWhatToFillForEveryField()
    {
        var admin = await AddAdminAsync();

        var result = await Accounts.CreateAsync(PrincipalOf(admin), new NewAccount("", " ", null, Roles.Officer, ""));

        Assert.Equal("Isi email akun.", result.ErrorFor(nameof(NewAccount.Email)));
        Assert.Equal("Isi nama lengkap.", result.ErrorFor(nameof(NewAccount.DisplayName)));
        Assert.StartsWith("Pilih tim", result.ErrorFor(nameof(NewAccount.TeamId)), StringComparison.Ordinal);
        Assert.StartsWith("Isi kata sandi", result.ErrorFor(nameof(NewAccount.Password)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bukan-email")]
    [InlineData("dua@@kemnaker.go.id")]
    public async Task CreateAsync_MalformedEmail_SaysTheEmailIsInvalid(string email)
    {
        var admin = await AddAdminAsync();

        var result = await Accounts.CreateAsync(PrincipalOf(admin), new NewAccount(email, "Nama", null, Roles.Admin, "Kuat#Sandi2026"));

        Assert.Equal("Error_EmailInvalid", Assert.Single(result.Errors).Code);
    }

    [Fact]
    public async Task CreateAsync_NameLongerThanTheColumn_SaysTheLimit()
    {
        var admin = await AddAdminAsync();

        var result = await Accounts.CreateAsync(PrincipalOf(admin),
            new NewAccount("panjang@kemnaker.go.id", new string('a', 121), null, Roles.Admin, "Kuat#Sandi2026"));

        Assert.Equal("Terlalu panjang: maksimal 120 karakter.", result.ErrorFor(nameof(NewAccount.DisplayName)));
    }

    [Fact]
    public async Task UpdateAsync_TeamAndRoleChanged_RecordsOldAndNewAndEndsSessions()
    {
        var admin = await AddAdminAsync();
        var wages = await AddTeamAsync("Tim Pengupahan & THR");
        var social = await AddTeamAsync("Tim Jaminan Sosial");
        var officer = await AddUserAsync("sari@kemnaker.go.id", "Sari Wulandari", Roles.Officer, wages.Id);
        var stampBefore = (await ReloadUserAsync(officer.Id)).SecurityStamp;
        Clock.Advance(TimeSpan.FromHours(3));

        var result = await Accounts.UpdateAsync(PrincipalOf(admin), officer.Id,
            new AccountChanges("Sari Wulandari", social.Id, Roles.TeamLead));

        Assert.True(result.Succeeded);
        var user = await ReloadUserAsync(officer.Id);
        Assert.Equal(social.Id, user.TeamId);
        Assert.Equal([Roles.TeamLead], await RolesOfAsync(officer.Id));
        Assert.NotEqual(stampBefore, user.SecurityStamp);
        var entry = Assert.Single(await AuditEntriesAsync());
        Assert.Equal((AuditAreas.Account, AuditActions.Updated, officer.Id), (entry.Area, entry.Action, entry.EntityId));
        Assert.Equal(Clock.GetUtcNow().UtcDateTime, entry.At);
        Assert.Equal(
            "Team: Tim Pengupahan & THR → Tim Jaminan Sosial\nRole: Officer → TeamLead",
            entry.Details);
    }

    [Fact]
    public async Task UpdateAsync_NameOnly_KeepsTheSessionAndRecordsTheName()
    {
        var admin = await AddAdminAsync();
        var team = await AddTeamAsync("Tim Jaminan Sosial");
        var officer = await AddUserAsync("sari@kemnaker.go.id", "Sari Wulandari", Roles.Officer, team.Id);
        var stampBefore = (await ReloadUserAsync(officer.Id)).SecurityStamp;

        var result = await Accounts.UpdateAsync(PrincipalOf(admin), officer.Id, new AccountChanges("Sari W. Putri", team.Id, Roles.Officer));

        Assert.True(result.Succeeded);
        Assert.Equal(stampBefore, (await ReloadUserAsync(officer.Id)).SecurityStamp);
        Assert.Equal("Name: Sari Wulandari → Sari W. Putri", Assert.Single(await AuditEntriesAsync()).Details);
    }

    [Fact]
    public async Task UpdateAsync_NothingChanged_WritesNoAuditEntry()
    {
        var admin = await AddAdminAsync();
        var team = await AddTeamAsync("Tim Jaminan Sosial");
        var officer = await AddUserAsync("sari@kemnaker.go.id", "Sari Wulandari", Roles.Officer, team.Id);

        var result = await Accounts.UpdateAsync(PrincipalOf(admin), officer.Id, new AccountChanges("Sari Wulandari", team.Id, Roles.Officer));

        Assert.True(result.Succeeded);
        Assert.Empty(await AuditEntriesAsync());
    }

    [Fact]
    public async Task UpdateAsync_OwnAdminRole_IsRefused()
    {
        var admin = await AddAdminAsync();
        await AddAdminAsync("joko@kemnaker.go.id", "Joko Widodo");
        var team = await AddTeamAsync("Tim Jaminan Sosial");

        var result = await Accounts.UpdateAsync(PrincipalOf(admin), admin.Id, new AccountChanges(admin.DisplayName, team.Id, Roles.Officer));

        Assert.Equal((nameof(AccountChanges.Role), "Error_CannotDemoteSelf"), (Assert.Single(result.Errors).Field, result.Errors[0].Code));
        Assert.Equal([Roles.Admin], await RolesOfAsync(admin.Id));
    }

    [Fact]
    public async Task UpdateAsync_LeadMovedToAnotherTeam_TheOldTeamLosesItsLead()
    {
        var admin = await AddAdminAsync();
        var wages = await AddTeamAsync("Tim Pengupahan & THR");
        var social = await AddTeamAsync("Tim Jaminan Sosial");
        var lead = await AddUserAsync("agus@kemnaker.go.id", "Agus Salim", Roles.TeamLead, wages.Id);
        Assert.True((await Teams.UpdateAsync(PrincipalOf(admin), wages.Id, new TeamInput(wages.Name, wages.TimeZoneId, lead.Id))).Succeeded);

        var result = await Accounts.UpdateAsync(PrincipalOf(admin), lead.Id, new AccountChanges(lead.DisplayName, social.Id, Roles.TeamLead));

        Assert.True(result.Succeeded);
        await using var db = CreateDbContext();
        Assert.Null((await db.Teams.SingleAsync(t => t.Id == wages.Id)).LeadId);
        Assert.Contains(await AuditEntriesAsync(), e => e.Area == AuditAreas.Team && e.Details == "Lead: Agus Salim → —");
    }

    [Fact]
    public async Task DisableAsync_Officer_RenewsStampBlocksLoginAndIsAudited()
    {
        var admin = await AddAdminAsync();
        var team = await AddTeamAsync("Tim Jaminan Sosial");
        var officer = await AddUserAsync("sari@kemnaker.go.id", "Sari Wulandari", Roles.Officer, team.Id);
        var stampBefore = (await ReloadUserAsync(officer.Id)).SecurityStamp;

        var result = await Accounts.DisableAsync(PrincipalOf(admin), officer.Id);

        Assert.True(result.Succeeded);
        var user = await ReloadUserAsync(officer.Id);
        Assert.True(user.IsDisabled);
        Assert.NotEqual(stampBefore, user.SecurityStamp);
        var signIn = await WithIdentityAsync(async (users, signIns) =>
            await signIns.CheckPasswordSignInAsync((await users.FindByIdAsync(officer.Id))!, InitialPassword, lockoutOnFailure: false));
        Assert.False(signIn.Succeeded);
        Assert.True(signIn.IsLockedOut);
        // The services treat the account as nobody from now on.
        Assert.Null(await Service<ViewerResolver>().ResolveAsync(PrincipalOf(officer)));
        var entry = Assert.Single(await AuditEntriesAsync());
        Assert.Equal((AuditActions.Disabled, officer.Id, admin.Id), (entry.Action, entry.EntityId, entry.ActorId));
        var listed = await Accounts.ListAsync(PrincipalOf(admin), new AccountFilter(Search: "sari"));
        Assert.Equal(AccountStatus.Disabled, Assert.Single(listed).Status);
    }

    [Fact]
    public async Task DisableAsync_Self_IsRefused()
    {
        var admin = await AddAdminAsync();
        await AddAdminAsync("joko@kemnaker.go.id", "Joko Widodo");

        var result = await Accounts.DisableAsync(PrincipalOf(admin), admin.Id);

        Assert.Equal("Error_CannotDisableSelf", Assert.Single(result.Errors).Code);
        Assert.StartsWith("Anda tidak dapat menonaktifkan akun Anda sendiri", result.Errors[0].Message, StringComparison.Ordinal);
        Assert.False((await ReloadUserAsync(admin.Id)).IsDisabled);
        Assert.Empty(await AuditEntriesAsync());
    }

    [Fact]
    public async Task DisableAsync_AnotherAdmin_IsAllowedWhileOneAdminRemains()
    {
        var admin = await AddAdminAsync();
        var other = await AddAdminAsync("joko@kemnaker.go.id", "Joko Widodo");

        var result = await Accounts.DisableAsync(PrincipalOf(admin), other.Id);

        Assert.True(result.Succeeded);
        // The one left is the acting admin, who cannot disable or demote themself: an active admin always remains.
        Assert.Equal("Error_CannotDisableSelf", Assert.Single((await Accounts.DisableAsync(PrincipalOf(admin), admin.Id)).Errors).Code);
    }

    [Fact]
    public async Task DisableAsync_TeamLead_TheTeamLosesItsLead()
    {
        var admin = await AddAdminAsync();
        var team = await AddTeamAsync("Tim Jaminan Sosial");
        var lead = await AddUserAsync("agus@kemnaker.go.id", "Agus Salim", Roles.TeamLead, team.Id);
        Assert.True((await Teams.UpdateAsync(PrincipalOf(admin), team.Id, new TeamInput(team.Name, team.TimeZoneId, lead.Id))).Succeeded);

        Assert.True((await Accounts.DisableAsync(PrincipalOf(admin), lead.Id)).Succeeded);

        await using var db = CreateDbContext();
        Assert.Null((await db.Teams.SingleAsync(t => t.Id == team.Id)).LeadId);
    }

    [Fact]
    public async Task EnableAsync_DisabledAccount_CanLogInAgain()
    {
        var admin = await AddAdminAsync();
        var team = await AddTeamAsync("Tim Jaminan Sosial");
        var officer = await AddUserAsync("sari@kemnaker.go.id", "Sari Wulandari", Roles.Officer, team.Id);
        await Accounts.DisableAsync(PrincipalOf(admin), officer.Id);

        var result = await Accounts.EnableAsync(PrincipalOf(admin), officer.Id);

        Assert.True(result.Succeeded);
        Assert.False((await ReloadUserAsync(officer.Id)).IsDisabled);
        var signIn = await WithIdentityAsync(async (users, signIns) =>
            await signIns.CheckPasswordSignInAsync((await users.FindByIdAsync(officer.Id))!, InitialPassword, lockoutOnFailure: false));
        Assert.True(signIn.Succeeded);
        Assert.Equal([AuditActions.Disabled, AuditActions.Enabled], (await AuditEntriesAsync()).Select(e => e.Action));
    }

    [Fact]
    public async Task ResetPasswordAsync_Generated_WorksOnceShownAndRenewsTheStamp()
    {
        var admin = await AddAdminAsync();
        var team = await AddTeamAsync("Tim Jaminan Sosial");
        var officer = await AddUserAsync("sari@kemnaker.go.id", "Sari Wulandari", Roles.Officer, team.Id);
        var stampBefore = (await ReloadUserAsync(officer.Id)).SecurityStamp;

        var result = await Accounts.ResetPasswordAsync(PrincipalOf(admin), officer.Id, newPassword: null);

        Assert.True(result.Succeeded);
        var password = result.Value!.GeneratedPassword!;
        Assert.Equal(16, password.Length);
        Assert.NotEqual(stampBefore, (await ReloadUserAsync(officer.Id)).SecurityStamp);
        var (oldWorks, newWorks) = await WithIdentityAsync(async (users, _) =>
        {
            var user = (await users.FindByIdAsync(officer.Id))!;
            return (await users.CheckPasswordAsync(user, InitialPassword), await users.CheckPasswordAsync(user, password));
        });
        Assert.False(oldWorks);
        Assert.True(newWorks);
        var entry = Assert.Single(await AuditEntriesAsync());
        Assert.Equal(AuditActions.PasswordReset, entry.Action);
        Assert.Null(entry.Details);
    }

    [Fact]
    public async Task ResetPasswordAsync_TypedPassword_IsNotEchoedBack()
    {
        var admin = await AddAdminAsync();
        var officer = await AddUserAsync("sari@kemnaker.go.id", "Sari Wulandari", Roles.Admin);

        var result = await Accounts.ResetPasswordAsync(PrincipalOf(admin), officer.Id, "Baru#Sandi2026");

        Assert.True(result.Succeeded);
        Assert.Null(result.Value!.GeneratedPassword);
        Assert.True(await WithIdentityAsync(async (users, _) => await users.CheckPasswordAsync((await users.FindByIdAsync(officer.Id))!, "Baru#Sandi2026")));
    }

    [Fact]
    public async Task ResetPasswordAsync_WeakTypedPassword_KeepsTheOldOne()
    {
        var admin = await AddAdminAsync();
        var officer = await AddUserAsync("sari@kemnaker.go.id", "Sari Wulandari", Roles.Admin);

        var result = await Accounts.ResetPasswordAsync(PrincipalOf(admin), officer.Id, "pendek");

        Assert.Contains(result.Errors, e => e.Code == "Error_PasswordTooShort");
        Assert.True(await WithIdentityAsync(async (users, _) => await users.CheckPasswordAsync((await users.FindByIdAsync(officer.Id))!, InitialPassword)));
        Assert.Empty(await AuditEntriesAsync());
    }

    [Fact]
    public async Task ResetPasswordAsync_LockedOutAfterFailedLogins_CanLogInWithTheNewPassword()
    {
        var admin = await AddAdminAsync();
        var officer = await AddUserAsync("sari@kemnaker.go.id", "Sari Wulandari", Roles.Admin);
        await WithIdentityAsync(async (users, _) => await users.SetLockoutEndDateAsync((await users.FindByIdAsync(officer.Id))!, Clock.GetUtcNow().AddMinutes(15)));
        Assert.Equal(AccountStatus.Locked, (await Accounts.ListAsync(PrincipalOf(admin), new AccountFilter(Search: "sari")))[0].Status);

        var result = await Accounts.ResetPasswordAsync(PrincipalOf(admin), officer.Id, "Baru#Sandi2026");

        Assert.True(result.Succeeded);
        Assert.Equal(AccountStatus.Active, (await Accounts.ListAsync(PrincipalOf(admin), new AccountFilter(Search: "sari")))[0].Status);
    }

    [Fact]
    public async Task ListAsync_SearchTeamAndRoleFilters_Combine()
    {
        var admin = await AddAdminAsync();
        var wages = await AddTeamAsync("Tim Pengupahan & THR");
        var social = await AddTeamAsync("Tim Jaminan Sosial");
        await AddUserAsync("sari@kemnaker.go.id", "Sari Wulandari", Roles.Officer, wages.Id);
        await AddUserAsync("agus@kemnaker.go.id", "Agus Salim", Roles.TeamLead, wages.Id);
        await AddUserAsync("sarah@kemnaker.go.id", "Sarah Putri", Roles.Officer, social.Id);
        var actor = PrincipalOf(admin);

        Assert.Equal(4, (await Accounts.ListAsync(actor, new AccountFilter())).Count);
        Assert.Equal(["Sarah Putri", "Sari Wulandari"], (await Accounts.ListAsync(actor, new AccountFilter(Search: "SAR"))).Select(a => a.DisplayName));
        Assert.Equal(["Agus Salim"], (await Accounts.ListAsync(actor, new AccountFilter(Search: "agus@kemnaker"))).Select(a => a.DisplayName));
        Assert.Equal(["Agus Salim", "Sari Wulandari"], (await Accounts.ListAsync(actor, new AccountFilter(TeamId: wages.Id))).Select(a => a.DisplayName));
        var leads = await Accounts.ListAsync(actor, new AccountFilter(TeamId: wages.Id, Role: Roles.TeamLead));
        Assert.Equal(("Agus Salim", "Tim Pengupahan & THR", Roles.TeamLead, AccountStatus.Active),
            (leads[0].DisplayName, leads[0].TeamName, leads[0].Role, leads[0].Status));
        Assert.Empty(await Accounts.ListAsync(actor, new AccountFilter(Status: AccountStatus.Disabled)));
    }

    [Fact]
    public void PasswordRules_ProductionIdentityOptions_AreSpelledOut()
    {
        Assert.Equal("Minimal 10 karakter, dengan huruf besar, huruf kecil, angka.", Accounts.PasswordRules());
    }

    [Fact]
    public void PasswordGenerator_Generate_PassesTheRulesAndDiffersEachTime()
    {
        var passwords = Enumerable.Range(0, 50).Select(_ => PasswordGenerator.Generate()).ToList();

        Assert.Equal(50, passwords.Distinct(StringComparer.Ordinal).Count());
        Assert.All(passwords, p =>
        {
            Assert.Equal(16, p.Length);
            Assert.Contains(p, char.IsUpper);
            Assert.Contains(p, char.IsLower);
            Assert.Contains(p, char.IsDigit);
            Assert.DoesNotContain(p, c => "0O1lI".Contains(c, StringComparison.Ordinal));
        });
    }
}
