using HelpdeskConsole.Administration;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskConsole.Tests.Administration;

public sealed class CategoryAdminServiceTests : AdminServiceTestBase
{
    [Fact]
    public async Task CreateAsync_ValidInput_CreatesUpperCaseCodeAtTheEndAndAuditsIt()
    {
        var admin = await AddAdminAsync();
        var team = await AddTeamAsync("Tim Pengupahan & THR");
        await Categories.CreateAsync(PrincipalOf(admin), new NewCategory("UPAH", "Pengupahan", "Wages", team.Id));

        var result = await Categories.CreateAsync(PrincipalOf(admin), new NewCategory(" thr2 ", " THR Keagamaan ", "Religious holiday allowance", team.Id));

        Assert.True(result.Succeeded);
        var listed = await Categories.ListAsync(PrincipalOf(admin));
        Assert.Equal(["UPAH", "THR2"], listed.Select(c => c.Code));
        Assert.Equal(("THR Keagamaan", "Tim Pengupahan & THR", true), (listed[1].NameId, listed[1].TeamName, listed[1].IsActive));
        var entry = (await AuditEntriesAsync())[^1];
        Assert.Equal((AuditAreas.Category, AuditActions.Created), (entry.Area, entry.Action));
        Assert.Equal("Code: — → THR2\nNameId: — → THR Keagamaan\nNameEn: — → Religious holiday allowance\nTeam: — → Tim Pengupahan & THR",
            entry.Details);
    }

    [Theory]
    [InlineData("UPAH")]
    [InlineData("upah")]
    public async Task CreateAsync_CodeOfAnotherCategory_IsRefused(string code)
    {
        var admin = await AddAdminAsync();
        var team = await AddTeamAsync("Tim Pengupahan & THR");
        await Categories.CreateAsync(PrincipalOf(admin), new NewCategory("UPAH", "Pengupahan", "Wages", team.Id));

        var result = await Categories.CreateAsync(PrincipalOf(admin), new NewCategory(code, "Upah lain", "Other wages", team.Id));

        var error = Assert.Single(result.Errors);
        Assert.Equal((nameof(NewCategory.Code), "Error_CodeTaken"), (error.Field, error.Code));
        Assert.Equal("Kode UPAH sudah dipakai kategori lain; pilih kode lain.", error.Message);
        Assert.Single(await Categories.ListAsync(PrincipalOf(admin)));
    }

    [Theory]
    [InlineData("U")]
    [InlineData("UP AH")]
    [InlineData("UPAH-1")]
    [InlineData("PÉNSIUN")]
    [InlineData("ABCDEFGHIJKLMNOPQ")]
    public async Task CreateAsync_CodeOutsideTheFormat_ExplainsTheFormat(string code)
    {
        var admin = await AddAdminAsync();
        var team = await AddTeamAsync("Tim Pengupahan & THR");

        var result = await Categories.CreateAsync(PrincipalOf(admin), new NewCategory(code, "Nama", "Name", team.Id));

        Assert.Equal("Error_CodeFormat", Assert.Single(result.Errors).Code);
        Assert.Contains("huruf A–Z dan angka 0–9, 2–16 karakter", result.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateAsync_NoNamesAndNoTeam_SaysWhatToFillForEach()
    {
        var admin = await AddAdminAsync();

        var result = await Categories.CreateAsync(PrincipalOf(admin), new NewCategory("BARU", " ", "", null));

        Assert.Equal("Isi nama kategori dalam bahasa Indonesia.", result.ErrorFor(nameof(NewCategory.NameId)));
        Assert.Equal("Isi nama kategori dalam bahasa Inggris.", result.ErrorFor(nameof(NewCategory.NameEn)));
        Assert.StartsWith("Pilih tim pemilik", result.ErrorFor(nameof(NewCategory.TeamId)), StringComparison.Ordinal);
        Assert.Empty(await AuditEntriesAsync());
    }

    [Fact]
    public async Task UpdateAsync_NamesAndTeam_AreSavedAndRecordedOldToNew()
    {
        var admin = await AddAdminAsync();
        var wages = await AddTeamAsync("Tim Pengupahan & THR");
        var social = await AddTeamAsync("Tim Jaminan Sosial");
        var created = await Categories.CreateAsync(PrincipalOf(admin), new NewCategory("UPAH", "Pengupahan", "Wages", wages.Id));

        var result = await Categories.UpdateAsync(PrincipalOf(admin), created.Value, new CategoryChanges("Pengupahan", "Pay", social.Id));

        Assert.True(result.Succeeded);
        var row = Assert.Single(await Categories.ListAsync(PrincipalOf(admin)));
        Assert.Equal(("UPAH", "Pay", social.Id), (row.Code, row.NameEn, row.TeamId));
        Assert.Equal("NameEn: Wages → Pay\nTeam: Tim Pengupahan & THR → Tim Jaminan Sosial", (await AuditEntriesAsync())[^1].Details);
    }

    [Fact]
    public async Task SetActiveAsync_Deactivate_KeepsTheCategoryAndRecordsIt()
    {
        var admin = await AddAdminAsync();
        var team = await AddTeamAsync("Tim Pengupahan & THR");
        var created = await Categories.CreateAsync(PrincipalOf(admin), new NewCategory("UPAH", "Pengupahan", "Wages", team.Id));

        var result = await Categories.SetActiveAsync(PrincipalOf(admin), created.Value, active: false);

        Assert.True(result.Succeeded);
        await using var db = CreateDbContext();
        Assert.False((await db.Categories.SingleAsync(c => c.Id == created.Value)).IsActive);
        Assert.Equal(AuditActions.Deactivated, (await AuditEntriesAsync())[^1].Action);
        // Doing it again is not a change, and is not recorded twice.
        Assert.True((await Categories.SetActiveAsync(PrincipalOf(admin), created.Value, active: false)).Succeeded);
        Assert.Equal(2, (await AuditEntriesAsync()).Count);
    }
}
