using System.Security.Claims;
using Bunit;
using HelpdeskConsole.Components.Shortcuts;
using HelpdeskConsole.Data;
using HelpdeskConsole.Identity;
using HelpdeskConsole.Intake;
using HelpdeskConsole.Teams;
using HelpdeskConsole.Tests.TestSupport;
using HelpdeskConsole.Tickets;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MudBlazor;

namespace HelpdeskConsole.Tests.Components.Shortcuts;

/// <summary>The queue's own shortcuts: <c>/</c> to search, <c>j</c>/<c>k</c> to move the highlight, Enter to open.</summary>
public sealed class TicketQueueShortcutsTests : ComponentTestBase
{
    // A full parallel test run on two cores can take longer than bUnit's 1 s default to reload a page: wait for
    // the condition itself, up to this long.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    public TicketQueueShortcutsTests()
    {
        Context.Services.AddSingleton<TicketQueueService>();
        Context.Services.AddSingleton<TeamClock>();
        Context.Services.AddSingleton<ComplaintValidator>();
        Context.Services.AddSingleton<TicketIntakeService>();
        Context.Services.AddSingleton<WriteGate>();
        Context.Services.AddSingleton<HelpdeskConsole.Escalation.SlaRulesProvider>();
        Context.Services.AddSingleton<HelpdeskConsole.Escalation.SlaClock>();
        Context.Services.AddSingleton(Options.Create(new IntakeOptions()));
    }

    private IDbContextFactory<HelpdeskDbContext> Db => Context.Services.GetRequiredService<IDbContextFactory<HelpdeskDbContext>>();

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await TestData.SeedReferenceDataAsync(Db);
        var officer = await TestData.AddAccountAsync(Db, "Sari Wulandari", Roles.Officer, "UPAH");
        Auth.SetAuthorized(officer.DisplayName);
        Auth.SetRoles(Roles.Officer);
        Auth.SetClaims(new Claim(ClaimTypes.NameIdentifier, officer.Id));
        Context.Render<MudPopoverProvider>();
    }

    private async Task<int> FileAsync(string subject) =>
        (await Context.Services.GetRequiredService<TicketIntakeService>().SubmitAsync(new NewComplaint
        {
            Kind = "pengaduan", CategoryCode = "UPAH", Subject = subject, Body = "Mohon dibantu.", IdentityMode = "anonim",
        })).Receipt!.Id;

    private static Task PressAsync(IRenderedComponent<ShortcutHost> host, string keys) =>
        host.InvokeAsync(() => host.Instance.OnShortcutAsync(keys));

    [Fact]
    public async Task Queue_JAndK_MoveTheHighlightAndEnterOpensThatTicket()
    {
        var older = await FileAsync("Gaji dipotong");
        var newer = await FileAsync("Lembur tidak dibayar");
        var host = Context.Render<ShortcutHost>();
        var queue = Context.Render<TicketQueuePage>();
        queue.WaitForAssertion(() => Assert.Equal(2, queue.FindAll("tbody tr").Count), Patience);

        await PressAsync(host, "j");
        Assert.Equal(newer.ToString(), queue.Find("tr[data-highlighted]").GetAttribute("data-ticket-id"));
        await PressAsync(host, "j");
        await PressAsync(host, "j");
        Assert.Equal(older.ToString(), queue.Find("tr[data-highlighted]").GetAttribute("data-ticket-id"));
        await PressAsync(host, "k");
        Assert.Equal(newer.ToString(), queue.Find("tr[data-highlighted]").GetAttribute("data-ticket-id"));

        await PressAsync(host, "Enter");

        var navigation = Context.Services.GetRequiredService<NavigationManager>();
        Assert.Equal($"{navigation.BaseUri}tickets/{newer}", navigation.Uri);
    }

    [Fact]
    public async Task Queue_EnterBeforeAnyHighlight_StaysOnTheQueue()
    {
        await FileAsync("Gaji dipotong");
        var host = Context.Render<ShortcutHost>();
        var queue = Context.Render<TicketQueuePage>();
        queue.WaitForAssertion(() => queue.Find("tbody tr"), Patience);
        var navigation = Context.Services.GetRequiredService<NavigationManager>();
        var before = navigation.Uri;

        await PressAsync(host, "Enter");

        Assert.Equal(before, navigation.Uri);
    }

    [Fact]
    public async Task Queue_RowNumbers_LinkToTheTicketWorkspace()
    {
        var id = await FileAsync("Gaji dipotong");
        var queue = Context.Render<TicketQueuePage>();

        queue.WaitForAssertion(() => Assert.Equal($"/tickets/{id}", queue.Find($"tr[data-ticket-id='{id}'] a").GetAttribute("href")), Patience);
    }

    [Fact]
    public async Task Queue_Slash_FocusesTheSearchField()
    {
        var host = Context.Render<ShortcutHost>();
        var queue = Context.Render<TicketQueuePage>();
        queue.WaitForAssertion(() => queue.Find("#queue-search"), Patience);
        var focusCalls = Context.JSInterop.Invocations.Count(i => i.Identifier.Contains("focus", StringComparison.OrdinalIgnoreCase));

        await PressAsync(host, "/");

        Assert.True(Context.JSInterop.Invocations.Count(i => i.Identifier.Contains("focus", StringComparison.OrdinalIgnoreCase)) > focusCalls);
    }

    [Fact]
    public async Task Queue_OpenAndClosed_RegistersItsShortcutsThenRemovesThem()
    {
        var registry = Context.Services.GetRequiredService<ShortcutRegistry>();
        var queue = Context.Render<TicketQueuePage>();
        queue.WaitForAssertion(() => Assert.Contains("j", registry.ActiveKeys), Patience);
        Assert.Equal(["/", "Enter", "j", "k"], registry.ActiveKeys);
        Assert.Equal("Antrian tiket", registry.ActiveGroups.Single().Title);

        await Context.DisposeComponentsAsync();

        Assert.Empty(registry.ActiveKeys);
    }
}
