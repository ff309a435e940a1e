using Bunit;
using HelpdeskConsole.Escalation.Admin;
using HelpdeskConsole.Tickets;
using Microsoft.EntityFrameworkCore;
using MudBlazor;

namespace HelpdeskConsole.Tests.Escalation.Admin;

public sealed class SlaPoliciesPageTests() : SlaAdminPageTestBase("id-ID")
{
    [Fact]
    public void SlaPoliciesPage_FreshInstall_ShowsTheDefaultTableNoOverridesAndTheEscalationSettings()
    {
        Context.Render<MudPopoverProvider>();

        var page = Context.Render<SlaPoliciesPage>();

        page.WaitForAssertion(() => Assert.Equal(4, page.FindAll("#sla-general-table tbody tr").Count));
        var rows = page.FindAll("#sla-general-table tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains("P2 Tinggi", rows[1], StringComparison.Ordinal);
        Assert.Contains("4 jam kerja", rows[1], StringComparison.Ordinal);
        Assert.Contains("14 hari kerja", rows[1], StringComparison.Ordinal);
        Assert.Contains("5 hari kerja", rows[3], StringComparison.Ordinal);
        Assert.Equal("Belum ada aturan kategori: setiap kategori memakai aturan umum.", page.Find("#sla-overrides-empty").TextContent.Trim());
        page.WaitForAssertion(() => Assert.Equal("75", page.Find("#esc-warning-percent").GetAttribute("value")));
        Assert.Contains("2 jam 0 menit kerja", page.Find("#escalation-settings").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditDialog_NewFirstResponseTarget_IsSavedAndShownInTheTable()
    {
        Context.Render<MudPopoverProvider>();
        var dialogs = Context.Render<MudDialogProvider>();
        var page = Context.Render<SlaPoliciesPage>();
        page.WaitForAssertion(() => Assert.Equal(4, page.FindAll("#sla-general-table tbody tr").Count));
        var p2 = await PolicyIdAsync(TicketPriority.P2);

        page.Find($"#sla-edit-{p2}").Click();
        dialogs.WaitForElement("#sla-first-amount").Change("2");
        dialogs.Find("#sla-dialog-save").Click();

        page.WaitForAssertion(() => Assert.Equal("2 jam kerja", page.Find($"#sla-first-{p2}").TextContent.Trim()));
        Assert.Empty(dialogs.FindAll("#sla-dialog"));
        await using var db = CreateDbContext();
        Assert.Equal(2, (await db.SlaPolicies.SingleAsync(p => p.Id == p2)).FirstResponseAmount);
        Assert.Equal(1, Recalculation.Requests);
    }

    [Fact]
    public async Task EditDialog_AmountOutOfRange_SaysTheRangeBesideTheFieldAndKeepsTheDialogOpen()
    {
        Context.Render<MudPopoverProvider>();
        var dialogs = Context.Render<MudDialogProvider>();
        var page = Context.Render<SlaPoliciesPage>();
        page.WaitForAssertion(() => Assert.Equal(4, page.FindAll("#sla-general-table tbody tr").Count));
        var p1 = await PolicyIdAsync(TicketPriority.P1);

        page.Find($"#sla-edit-{p1}").Click();
        dialogs.WaitForElement("#sla-first-amount").Change("0");
        dialogs.Find("#sla-dialog-save").Click();

        dialogs.WaitForAssertion(() => Assert.Contains("Isi angka bulat 1 sampai 2000 jam kerja.",
            dialogs.FindAll(".mud-input-error").Select(e => e.TextContent.Trim())));
        Assert.Equal("1 jam kerja", page.Find($"#sla-first-{p1}").TextContent.Trim());
        Assert.Equal(0, Recalculation.Requests);
    }

    private async Task<int> PolicyIdAsync(TicketPriority priority)
    {
        await using var db = CreateDbContext();
        return await db.SlaPolicies.Where(p => p.Priority == priority && p.CategoryId == null).Select(p => p.Id).SingleAsync();
    }
}

public sealed class SlaPoliciesPageEnglishTests() : SlaAdminPageTestBase("en-GB")
{
    [Fact]
    public void SlaPoliciesPage_English_SpeaksEnglish()
    {
        Context.Render<MudPopoverProvider>();

        var page = Context.Render<SlaPoliciesPage>();

        page.WaitForAssertion(() => Assert.Equal(4, page.FindAll("#sla-general-table tbody tr").Count));
        Assert.Equal("SLA policies", page.Find("#sla-title").TextContent.Trim());
        Assert.Contains("4 working hours", page.Find("#sla-general-table").TextContent, StringComparison.Ordinal);
        Assert.Equal("No category rules: every category uses the general rules.", page.Find("#sla-overrides-empty").TextContent.Trim());
    }
}
