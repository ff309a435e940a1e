using Bunit;
using HelpdeskConsole.Escalation.Admin;
using Microsoft.EntityFrameworkCore;
using MudBlazor;

namespace HelpdeskConsole.Tests.Escalation.Admin;

public sealed class CalendarPageTests() : SlaAdminPageTestBase("id-ID")
{
    [Fact]
    public void CalendarPage_FreshInstall_ListsHolidaysRamadanPeriodsAndTheFirstTeamsHours()
    {
        Context.Render<MudPopoverProvider>();

        var page = Context.Render<CalendarPage>();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("#holidays-table tbody tr")));
        Assert.Contains("Proklamasi Kemerdekaan", page.Find("#holidays-table").TextContent, StringComparison.Ordinal);
        Assert.Contains("Perlu dikonfirmasi", page.Find("#holidays-table").TextContent, StringComparison.Ordinal);
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("#ramadan-table tbody tr").Count));
        Assert.Contains("Ramadan 1447 H", page.Find("#ramadan-table").TextContent, StringComparison.Ordinal);
        page.WaitForAssertion(() => Assert.Equal("07:30", page.Find("#hours-Regular-Monday-0-opens").GetAttribute("value")));
        Assert.Equal("16:30", page.Find("#hours-Regular-Friday-0-closes").GetAttribute("value"));
        Assert.Contains("Tutup", page.Find("#hours-Regular-Saturday").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HolidayDialog_NewCollectiveLeave_IsSavedAndListedInDateOrder()
    {
        Context.Render<MudPopoverProvider>();
        var dialogs = Context.Render<MudDialogProvider>();
        var page = Context.Render<CalendarPage>();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("#holidays-table tbody tr")));

        page.Find("#holiday-add").Click();
        dialogs.WaitForElement("#holiday-date").Change("2026-12-31");
        dialogs.Find("#holiday-name-id").Change("Cuti Bersama Akhir Tahun");
        dialogs.Find("#holiday-name-en").Change("Year-end collective leave");
        dialogs.Find("#holiday-dialog-save").Click();

        page.WaitForAssertion(() => Assert.Contains("Cuti Bersama Akhir Tahun", page.Find("#holidays-table").TextContent, StringComparison.Ordinal));
        Assert.Empty(dialogs.FindAll("#holiday-dialog"));
        var last = page.FindAll("#holidays-table tbody tr")[^1].TextContent;
        Assert.Contains("Cuti Bersama Akhir Tahun", last, StringComparison.Ordinal);
        Assert.Contains("31 Desember 2026", last, StringComparison.Ordinal);
        await using var db = CreateDbContext();
        Assert.True(await db.Holidays.AnyAsync(h => h.Date == new DateOnly(2026, 12, 31) && h.NameEn == "Year-end collective leave"));
        Assert.Equal(1, Recalculation.Requests);
    }

    [Fact]
    public void HolidayDialog_SavedEmpty_SaysWhatToFill()
    {
        Context.Render<MudPopoverProvider>();
        var dialogs = Context.Render<MudDialogProvider>();
        var page = Context.Render<CalendarPage>();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("#holidays-table tbody tr")));

        page.Find("#holiday-add").Click();
        dialogs.WaitForElement("#holiday-dialog-save").Click();

        dialogs.WaitForAssertion(() =>
        {
            var errors = dialogs.FindAll(".mud-input-error").Select(e => e.TextContent.Trim()).ToList();
            Assert.Contains("Isi tanggal, misalnya 17/08/2026.", errors);
            Assert.Contains("Isi nama dalam bahasa Indonesia.", errors);
        });
    }

    [Fact]
    public void TeamHours_OverlappingSecondStretch_ShowsTheDaysProblem()
    {
        Context.Render<MudPopoverProvider>();
        var page = Context.Render<CalendarPage>();
        page.WaitForAssertion(() => Assert.Equal("07:30", page.Find("#hours-Regular-Monday-0-opens").GetAttribute("value")));

        page.Find("#hours-Regular-Monday-add").Click();
        page.Find("#hours-Regular-Monday-1-opens").Change("15:00");
        page.Find("#hours-Regular-Monday-1-closes").Change("18:00");
        page.Find("#team-hours-save").Click();

        page.WaitForAssertion(() => Assert.StartsWith("Dua rentang jam pada hari ini bertumpang tindih.",
            page.Find("#hours-Regular-Monday-error").TextContent.Trim(), StringComparison.Ordinal));
        Assert.Equal(0, Recalculation.Requests);
    }
}
