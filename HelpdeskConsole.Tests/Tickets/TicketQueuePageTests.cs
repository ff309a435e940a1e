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
}
