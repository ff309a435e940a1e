using System.Security.Claims;
using Bunit;
using HelpdeskConsole.Data;
using HelpdeskConsole.Identity;
using HelpdeskConsole.Intake;
using HelpdeskConsole.Realtime;
using HelpdeskConsole.Teams;
using HelpdeskConsole.Tests.TestSupport;
using HelpdeskConsole.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MudBlazor;

namespace HelpdeskConsole.Tests.Tickets;

public sealed class TicketQueuePageTests : ComponentTestBase
{
    private ApplicationUser officer = default!;

    public TicketQueuePageTests()
    {
        Context.Services.AddSingleton<TicketQueueService>();
        Context.Services.AddSingleton<TeamClock>();
        Context.Services.AddSingleton<ComplaintValidator>();
        Context.Services.AddSingleton<TicketIntakeService>();
        Context.Services.AddSingleton(Options.Create(new IntakeOptions()));
    }

    private InProcessTicketEventBus Bus => Context.Services.GetRequiredService<InProcessTicketEventBus>();

    private IDbContextFactory<HelpdeskDbContext> Db => Context.Services.GetRequiredService<IDbContextFactory<HelpdeskDbContext>>();

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await TestData.SeedReferenceDataAsync(Db);
        officer = await TestData.AddAccountAsync(Db, "Sari Wulandari", Roles.Officer, "UPAH");
        Auth.SetAuthorized(officer.DisplayName);
        // bUnit rebuilds the identity on each call: roles first, then the claims that must stay.
        Auth.SetRoles(Roles.Officer);
        Auth.SetClaims(new Claim(ClaimTypes.NameIdentifier, officer.Id));
        Context.Render<MudPopoverProvider>();
    }

    private Task<IntakeResult> FileAsync(string categoryCode, string subject) =>
        Context.Services.GetRequiredService<TicketIntakeService>().SubmitAsync(new NewComplaint
        {
            Kind = "pengaduan", CategoryCode = categoryCode, Subject = subject, Body = "Mohon dibantu.", IdentityMode = "anonim",
        });

    [Fact]
    public async Task Queue_ComplaintPublished_AppearsWithoutReload()
    {
        var before = await FileAsync("UPAH", "Sudah ada sebelumnya");
        var cut = Context.Render<TicketQueuePage>();
        cut.WaitForAssertion(() => Assert.Contains(before.Receipt!.Number, cut.Markup, StringComparison.Ordinal));

        var arrived = await FileAsync("THR", "THR belum cair");

        cut.WaitForAssertion(() =>
        {
            var row = cut.Find($"tr[data-number='{arrived.Receipt!.Number}']");
            Assert.Contains("THR belum cair", row.TextContent, StringComparison.Ordinal);
            Assert.Contains("hc-row-new", row.ClassList);
        });
        // Newest first: the new complaint is the top row.
        Assert.Equal(arrived.Receipt!.Number, cut.FindAll("tbody tr")[0].GetAttribute("data-number"));
    }

    [Fact]
    public async Task Queue_OtherTeamsComplaint_NeverAppears()
    {
        var cut = Context.Render<TicketQueuePage>();
        cut.WaitForAssertion(() => cut.Find("#queue-empty"));

        var elsewhere = await FileAsync("PHK", "Urusan tim lain");
        var ours = await FileAsync("UPAH", "Urusan tim ini");

        cut.WaitForAssertion(() => cut.Find($"tr[data-number='{ours.Receipt!.Number}']"));
        Assert.Empty(cut.FindAll($"tr[data-number='{elsewhere.Receipt!.Number}']"));
    }

    [Fact]
    public async Task Queue_TicketChangedElsewhere_UpdatesTheRowInPlace()
    {
        var filed = await FileAsync("UPAH", "Gaji dipotong");
        var cut = Context.Render<TicketQueuePage>();
        cut.WaitForAssertion(() => Assert.Equal("Baru", cut.Find($"tr[data-number='{filed.Receipt!.Number}'] [data-status]").TextContent.Trim()));

        await ChangeStatusAsync(filed.Receipt!.Id, TicketStatus.Diproses);

        cut.WaitForAssertion(() =>
            Assert.Equal("Diproses", cut.Find($"tr[data-number='{filed.Receipt!.Number}'] [data-status]").TextContent.Trim()));
    }

    [Fact]
    public async Task Queue_Disposed_StopsListening()
    {
        var cut = Context.Render<TicketQueuePage>();
        cut.WaitForAssertion(() => cut.Find("#queue-empty"));
        var feed = Context.Services.GetRequiredService<TicketFeed>();
        Assert.True(feed.HasListeners);
        Assert.Equal(1, Bus.SubscriberCount);

        await Context.DisposeComponentsAsync();
        Assert.False(feed.HasListeners);

        await feed.DisposeAsync();
        Assert.Equal(0, Bus.SubscriberCount);
    }

    [Fact]
    public async Task Queue_UnseenCounter_CountsArrivalsAndResetsWhenSeen()
    {
        var feed = Context.Services.GetRequiredService<TicketFeed>();
        await feed.StartAsync();

        await FileAsync("UPAH", "Satu");
        await FileAsync("THR", "Dua");
        await FileAsync("PHK", "Bukan untuk tim ini");
        await WaitUntilAsync(() => feed.Unseen == 2);

        await feed.MarkSeenAsync();
        Assert.Equal(0, feed.Unseen);

        // Seen survives a new console (a reload or a restart): it is stored, not kept in memory.
        await using var db = await Db.CreateDbContextAsync();
        Assert.True(await db.Users.Where(u => u.Id == officer.Id).Select(u => u.QueueSeenSequence).SingleAsync() >= 3);
    }

    private async Task ChangeStatusAsync(int ticketId, TicketStatus status)
    {
        await using var db = await Db.CreateDbContextAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var ticket = await db.Tickets.Include(t => t.Category).SingleAsync(t => t.Id == ticketId);
        ticket.Status = status;
        ticket.UpdatedAt = DateTime.UtcNow;
        var logged = await TicketEventLog.AppendAsync(db, ticket, ticket.Category!.Code, false, TicketEventType.TicketChanged, ticket.UpdatedAt, default);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        Bus.Publish(TicketEventMessage.From(logged));
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!condition())
        {
            await Task.Delay(10, timeout.Token);
        }
    }

    private async Task<int> FiledAsync(string subject) => (await FileAsync("UPAH", subject)).Receipt!.Id;

    private static string DueState(IRenderedComponent<TicketQueuePage> cut, int id) =>
        cut.Find($"tr[data-ticket-id='{id}'] [data-due-state]").GetAttribute("data-due-state")!;

    [Fact]
    public async Task Queue_DeadlineColumn_ShowsTimeLeftColouredByState()
    {
        var now = DateTime.UtcNow;
        var onTrack = await FiledAsync("Tepat waktu");
        var atRisk = await FiledAsync("Hampir lewat");
        var breached = await FiledAsync("Sudah lewat");
        var paused = await FiledAsync("Menunggu warga");
        await HelpdeskConsole.Tests.Escalation.Alerts.TestEscalations.SetClockAsync(Db, onTrack, now.AddHours(5).AddMinutes(10), now.AddHours(3));
        await HelpdeskConsole.Tests.Escalation.Alerts.TestEscalations.SetClockAsync(Db, atRisk, now.AddHours(2).AddMinutes(15), now.AddMinutes(-5));
        await HelpdeskConsole.Tests.Escalation.Alerts.TestEscalations.SetClockAsync(Db, breached, now.AddHours(-3).AddSeconds(-30), now.AddHours(-5));
        await HelpdeskConsole.Tests.Escalation.Alerts.TestEscalations.SetClockAsync(Db, paused, null, null, paused: true);

        var cut = Context.Render<TicketQueuePage>();

        cut.WaitForAssertion(() => Assert.Equal("OnTrack", DueState(cut, onTrack)));
        Assert.Equal("AtRisk", DueState(cut, atRisk));
        Assert.Equal("Breached", DueState(cut, breached));
        Assert.Equal("Paused", DueState(cut, paused));
        var cell = cut.Find($"tr[data-ticket-id='{atRisk}'] [data-due-state]");
        Assert.Equal("2\u00A0j\u00A014\u00A0m lagi", cell.TextContent);
        Assert.Contains("hc-due-atrisk", cell.ClassList);
        Assert.Contains("hampir lewat tenggat", cell.GetAttribute("title"), StringComparison.Ordinal);
        Assert.Equal("terlambat 3\u00A0j", cut.Find($"tr[data-ticket-id='{breached}'] [data-due-state]").TextContent);
        Assert.Contains("hc-due-breached", cut.Find($"tr[data-ticket-id='{breached}'] [data-due-state]").ClassList);
        Assert.Equal("Dijeda", cut.Find($"tr[data-ticket-id='{paused}'] [data-due-state]").TextContent);
    }

    [Fact]
    public async Task Queue_SortByDeadline_MostUrgentFirstAndPausedLast()
    {
        var now = DateTime.UtcNow;
        var later = await FiledAsync("Nanti");
        var paused = await FiledAsync("Dijeda");
        var overdue = await FiledAsync("Terlambat");
        var soon = await FiledAsync("Segera");
        await HelpdeskConsole.Tests.Escalation.Alerts.TestEscalations.SetClockAsync(Db, later, now.AddDays(2), now.AddDays(1));
        await HelpdeskConsole.Tests.Escalation.Alerts.TestEscalations.SetClockAsync(Db, paused, null, null, paused: true);
        await HelpdeskConsole.Tests.Escalation.Alerts.TestEscalations.SetClockAsync(Db, overdue, now.AddHours(-1), now.AddHours(-3));
        await HelpdeskConsole.Tests.Escalation.Alerts.TestEscalations.SetClockAsync(Db, soon, now.AddHours(1), now.AddMinutes(-10));
        var cut = Context.Render<TicketQueuePage>();
        cut.WaitForAssertion(() => Assert.Equal(4, cut.FindAll("tbody tr").Count));

        // The first click on a column sorts ascending: for the deadline, the most urgent first.
        var header = cut.FindAll("thead th").Single(th => th.TextContent.Contains("Tenggat", StringComparison.Ordinal));
        await header.QuerySelector(".mud-table-sort-label")!.ClickAsync(new());

        cut.WaitForAssertion(() => Assert.Equal(
            [overdue.ToString(), soon.ToString(), later.ToString(), paused.ToString()],
            cut.FindAll("tbody tr").Select(r => r.GetAttribute("data-ticket-id")!)));
    }

    [Fact]
    public async Task Queue_TicketEscalated_RowMarkedWithTheLevelWithoutReload()
    {
        var ticket = await FiledAsync("Akan eskalasi");
        var cut = Context.Render<TicketQueuePage>();
        cut.WaitForAssertion(() => cut.Find($"tr[data-ticket-id='{ticket}']"));
        Assert.DoesNotContain("hc-row-escalated", cut.Find($"tr[data-ticket-id='{ticket}']").ClassList);

        await HelpdeskConsole.Tests.Escalation.Alerts.TestEscalations.RaiseAsync(Db, Bus, ticket, HelpdeskConsole.Escalation.EscalationLevel.Breach, DateTime.UtcNow);

        cut.WaitForAssertion(() =>
        {
            var row = cut.Find($"tr[data-ticket-id='{ticket}']");
            Assert.Contains("hc-row-escalated", row.ClassList);
            Assert.Equal("Breach", row.GetAttribute("data-level"));
            Assert.Equal("Eskalasi: Lewat tenggat", row.QuerySelector(".hc-queue-level")!.GetAttribute("title"));
        });
    }
}
