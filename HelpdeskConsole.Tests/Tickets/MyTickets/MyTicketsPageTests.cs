using System.Security.Claims;
using Bunit;
using HelpdeskConsole.Components.Shortcuts;
using HelpdeskConsole.Data;
using HelpdeskConsole.Identity;
using HelpdeskConsole.Tests.TestSupport;
using HelpdeskConsole.Tickets;
using HelpdeskConsole.Tickets.MyTickets;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace HelpdeskConsole.Tests.Tickets.MyTickets;

public sealed class MyTicketsPageTests : ComponentTestBase
{
    private ApplicationUser officer = default!;
    private ApplicationUser colleague = default!;

    public MyTicketsPageTests() => MyTicketsDesk.AddServices(Context.Services);

    private IServiceProvider Services => Context.Services;

    private IDbContextFactory<HelpdeskDbContext> Db => Services.GetRequiredService<IDbContextFactory<HelpdeskDbContext>>();

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await TestData.SeedReferenceDataAsync(Db);
        officer = await TestData.AddAccountAsync(Db, "Sari Wulandari", Roles.Officer, "UPAH");
        colleague = await TestData.AddAccountAsync(Db, "Yusrizal Chaniago", Roles.Officer, "UPAH");
        Auth.SetAuthorized(officer.DisplayName);
        Auth.SetRoles(Roles.Officer);
        Auth.SetClaims(new Claim(ClaimTypes.NameIdentifier, officer.Id));
        Context.Render<MudPopoverProvider>();
    }

    private static IReadOnlyList<string?> RowIds(IRenderedComponent<MyTicketsPage> page) =>
        [.. page.FindAll("tbody tr[data-ticket-id]").Select(r => r.GetAttribute("data-ticket-id"))];

    [Fact]
    public async Task MyTickets_Caseload_ShowsOnlyMyOpenTicketsMostUrgentFirst()
    {
        var p3 = await MyTicketsDesk.TicketAsync(Services, "Lembur tidak dibayar", officer.Id, priority: TicketPriority.P3, daysOld: 20);
        var p1New = await MyTicketsDesk.TicketAsync(Services, "Upah di bawah UMK", officer.Id, priority: TicketPriority.P1, daysOld: 1);
        var p1Old = await MyTicketsDesk.TicketAsync(Services, "Gaji tiga bulan belum dibayar", officer.Id, TicketStatus.Verifikasi, TicketPriority.P1, daysOld: 4);
        await MyTicketsDesk.TicketAsync(Services, "Sudah selesai", officer.Id, TicketStatus.Selesai, TicketPriority.P1);
        await MyTicketsDesk.TicketAsync(Services, "Milik rekan", colleague.Id, priority: TicketPriority.P1);
        await MyTicketsDesk.TicketAsync(Services, "Belum diambil", null, TicketStatus.Baru, TicketPriority.P1);

        var page = Context.Render<MyTicketsPage>();

        page.WaitForAssertion(() => Assert.Equal([$"{p1Old}", $"{p1New}", $"{p3}"], RowIds(page)), MyTicketsDesk.Patience);
        var top = page.Find($"tr[data-ticket-id='{p1Old}']");
        Assert.Contains("Gaji tiga bulan belum dibayar", top.TextContent, StringComparison.Ordinal);
        Assert.Contains("UPAH", top.TextContent, StringComparison.Ordinal);
        Assert.Contains("4 hari", top.TextContent, StringComparison.Ordinal);
        Assert.Equal("Verifikasi", top.QuerySelector("[data-status]")!.TextContent.Trim());
        Assert.Equal("P1 Kritis", top.QuerySelector("[data-priority]")!.TextContent.Trim());
        Assert.Equal("3 tiket terbuka", page.Find("#mine-count").TextContent);
        Assert.DoesNotContain("Milik rekan", page.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MyTickets_WaitingForTheCitizen_ListedLastUnderTheirOwnHeadingAndDimmed()
    {
        var waiting = await MyTicketsDesk.TicketAsync(Services, "Menunggu KTP pelapor", officer.Id, TicketStatus.PerluKelengkapan, TicketPriority.P1, daysOld: 9);
        var working = await MyTicketsDesk.TicketAsync(Services, "Sedang diproses", officer.Id, TicketStatus.Diproses, TicketPriority.P4, daysOld: 1);

        var page = Context.Render<MyTicketsPage>();

        page.WaitForAssertion(() => Assert.Equal([$"{working}", $"{waiting}"], RowIds(page)), MyTicketsDesk.Patience);
        var rows = page.FindAll("tbody tr");
        Assert.Equal("mine-waiting-section", rows[1].Id);
        Assert.Contains("Menunggu jawaban warga (1)", rows[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("hc-mine-waiting", page.Find($"tr[data-ticket-id='{waiting}']").ClassList);
        Assert.DoesNotContain("hc-mine-waiting", page.Find($"tr[data-ticket-id='{working}']").ClassList);
        Assert.Equal("true", page.Find($"tr[data-ticket-id='{waiting}'] [data-status]").GetAttribute("data-waiting"));
    }

    [Fact]
    public async Task MyTickets_NothingOpenInMyName_ShowsTheEmptyState()
    {
        await MyTicketsDesk.TicketAsync(Services, "Milik rekan", colleague.Id);
        await MyTicketsDesk.TicketAsync(Services, "Sudah selesai", officer.Id, TicketStatus.Selesai);

        var page = Context.Render<MyTicketsPage>();

        page.WaitForAssertion(() => Assert.Contains("Tidak ada tiket terbuka atas nama Anda", page.Find("#mine-empty").TextContent, StringComparison.Ordinal), MyTicketsDesk.Patience);
        Assert.Equal("/tickets", page.Find("#mine-open-queue").GetAttribute("href"));
        Assert.Empty(page.FindAll("#mine-table"));
    }

    [Fact]
    public async Task MyTickets_TicketAssignedToMeElsewhere_AppearsWithoutReload()
    {
        var page = Context.Render<MyTicketsPage>();
        page.WaitForAssertion(() => page.Find("#mine-empty"), MyTicketsDesk.Patience);
        var claimed = await MyTicketsDesk.TicketAsync(Services, "Baru saja diambil", null, TicketStatus.Baru);

        await MyTicketsDesk.ChangeAsync(Services, claimed, t => { t.AssigneeId = officer.Id; t.Status = TicketStatus.Verifikasi; });

        page.WaitForAssertion(() => Assert.Equal([$"{claimed}"], RowIds(page)), MyTicketsDesk.Patience);
    }

    [Fact]
    public async Task MyTickets_MyTicketResolvedElsewhere_LeavesTheListWithoutReload()
    {
        var resolved = await MyTicketsDesk.TicketAsync(Services, "Akan diselesaikan", officer.Id);
        var staying = await MyTicketsDesk.TicketAsync(Services, "Masih diproses", officer.Id);
        var page = Context.Render<MyTicketsPage>();
        page.WaitForAssertion(() => Assert.Equal(2, RowIds(page).Count), MyTicketsDesk.Patience);

        await MyTicketsDesk.ChangeAsync(Services, resolved, t => t.Status = TicketStatus.Selesai);

        page.WaitForAssertion(() => Assert.Equal([$"{staying}"], RowIds(page)), MyTicketsDesk.Patience);
    }

    [Fact]
    public async Task MyTickets_Rows_LinkToTheTicketWorkspace()
    {
        var id = await MyTicketsDesk.TicketAsync(Services, "Gaji dipotong", officer.Id);

        var page = Context.Render<MyTicketsPage>();

        page.WaitForAssertion(() => Assert.All(page.FindAll($"tr[data-ticket-id='{id}'] a"), a => Assert.Equal($"/tickets/{id}", a.GetAttribute("href"))), MyTicketsDesk.Patience);
        Assert.Equal(2, page.FindAll($"tr[data-ticket-id='{id}'] a").Count);
    }

    [Fact]
    public async Task MyTickets_JThenEnter_OpensTheTopTicket()
    {
        var top = await MyTicketsDesk.TicketAsync(Services, "Paling mendesak", officer.Id, priority: TicketPriority.P1);
        await MyTicketsDesk.TicketAsync(Services, "Kurang mendesak", officer.Id, priority: TicketPriority.P3);
        var host = Context.Render<ShortcutHost>();
        var page = Context.Render<MyTicketsPage>();
        page.WaitForAssertion(() => Assert.Equal(2, RowIds(page).Count), MyTicketsDesk.Patience);

        await host.InvokeAsync(() => host.Instance.OnShortcutAsync("j"));
        Assert.Equal($"{top}", page.Find("tr[data-highlighted]").GetAttribute("data-ticket-id"));
        await host.InvokeAsync(() => host.Instance.OnShortcutAsync("Enter"));

        var navigation = Services.GetRequiredService<NavigationManager>();
        Assert.Equal($"{navigation.BaseUri}tickets/{top}", navigation.Uri);
    }

    [Fact]
    public async Task MyTickets_Disposed_StopsListening()
    {
        var page = Context.Render<MyTicketsPage>();
        page.WaitForAssertion(() => page.Find("#mine-empty"), MyTicketsDesk.Patience);
        var feed = Services.GetRequiredService<TicketFeed>();
        Assert.True(feed.HasListeners);

        await Context.DisposeComponentsAsync();

        Assert.False(feed.HasListeners);
        Assert.Empty(Services.GetRequiredService<ShortcutRegistry>().ActiveKeys);
    }
}

public sealed class MyTicketsPageEnglishTests : ComponentTestBase
{
    public MyTicketsPageEnglishTests()
        : base("en-GB") => MyTicketsDesk.AddServices(Context.Services);

    [Fact]
    public async Task MyTickets_English_EmptyStateInEnglish()
    {
        var db = Context.Services.GetRequiredService<IDbContextFactory<HelpdeskDbContext>>();
        await TestData.SeedReferenceDataAsync(db);
        var officer = await TestData.AddAccountAsync(db, "Sari Wulandari", Roles.Officer, "UPAH");
        Auth.SetAuthorized(officer.DisplayName);
        Auth.SetRoles(Roles.Officer);
        Auth.SetClaims(new Claim(ClaimTypes.NameIdentifier, officer.Id));

        var page = Context.Render<MyTicketsPage>();

        page.WaitForAssertion(() => Assert.Contains("No open tickets assigned to you", page.Find("#mine-empty").TextContent, StringComparison.Ordinal), MyTicketsDesk.Patience);
        Assert.Equal("My tickets", page.Find("#mine-title").TextContent);
    }
}
