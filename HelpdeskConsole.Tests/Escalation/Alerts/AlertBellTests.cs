using Bunit;
using HelpdeskConsole.Escalation;
using HelpdeskConsole.Escalation.Alerts;
using HelpdeskConsole.Tests.Tickets.Workspace;
using MudBlazor;

namespace HelpdeskConsole.Tests.Escalation.Alerts;

/// <summary>The bell and its panel together, as the shell shows them, on the real services and event bus.</summary>
public sealed class AlertBellTests : WorkspaceTestBase
{
    private IRenderedComponent<MudSnackbarProvider> snackbars = default!;
    private IRenderedComponent<MudDialogProvider> dialogs = default!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        SignInAsOfficer();
        Context.Render<MudPopoverProvider>();
        dialogs = Context.Render<MudDialogProvider>();
        snackbars = Context.Render<MudSnackbarProvider>();
    }

    public override async Task DisposeAsync()
    {
        await Context.DisposeComponentsAsync();
        await base.DisposeAsync();
    }

    private async Task<int> MyTicketAsync(string subject = "Gaji belum dibayar")
    {
        var ticket = await FileAsync(subject: subject);
        await TestEscalations.AssignAsync(Db, ticket, Officer.UserId);
        return ticket;
    }

    private static string Count(IRenderedComponent<AlertBell> bell) => bell.Find("#alert-bell").GetAttribute("data-count")!;

    [Fact]
    public async Task Bell_EscalationForTheViewer_CountRisesSnackbarShowsAndPanelListsIt()
    {
        var ticket = await MyTicketAsync("THR belum cair");
        var bell = Context.Render<AlertBell>();
        var panel = Context.Render<AlertPanel>();
        bell.WaitForAssertion(() => Assert.Equal("0", Count(bell)));

        await TestEscalations.RaiseAsync(Db, Bus, ticket, EscalationLevel.Breach, DateTime.UtcNow);

        bell.WaitForAssertion(() => Assert.Equal("1", Count(bell)));
        snackbars.WaitForAssertion(() =>
        {
            Assert.Contains("THR belum cair", snackbars.Markup, StringComparison.Ordinal);
            Assert.Contains("Lewat tenggat", snackbars.Markup, StringComparison.Ordinal);
        });

        await bell.Find("#alert-bell").ClickAsync(new());
        panel.WaitForAssertion(() =>
        {
            var item = panel.Find($"li[data-ticket-id='{ticket}']");
            Assert.Equal("Breach", item.GetAttribute("data-level"));
            Assert.Contains("THR belum cair", item.TextContent, StringComparison.Ordinal);
            Assert.Contains("Tanggapan pertama", item.TextContent, StringComparison.Ordinal);
        });

        // A re-render (any other event on screen) reads the same state: the alert stays until acknowledged.
        bell.Render();
        panel.Render();
        Assert.Equal("1", Count(bell));
        Assert.Single(panel.FindAll("li[data-acknowledged='false']"));
    }

    [Fact]
    public async Task Panel_Acknowledge_AlertLeavesTheOpenListAndTheCountDrops()
    {
        var ticket = await MyTicketAsync();
        var alert = await TestEscalations.RaiseAsync(Db, null, ticket, EscalationLevel.Warning, DateTime.UtcNow);
        var bell = Context.Render<AlertBell>();
        var panel = Context.Render<AlertPanel>();
        bell.WaitForAssertion(() => Assert.Equal("1", Count(bell)));
        await bell.Find("#alert-bell").ClickAsync(new());
        panel.WaitForAssertion(() => panel.Find($"#alert-ack-{alert.Id}"));

        await panel.Find($"#alert-ack-{alert.Id}").ClickAsync(new());

        bell.WaitForAssertion(() => Assert.Equal("0", Count(bell)));
        panel.WaitForAssertion(() =>
        {
            Assert.Empty(panel.FindAll("li[data-alert-id]"));
            panel.Find("#alert-empty");
        });

        // Shown again on request, with who acknowledged it.
        await panel.Find("#alert-show-acknowledged").ClickAsync(new());
        panel.WaitForAssertion(() =>
        {
            var item = panel.Find($"li[data-alert-id='{alert.Id}']");
            Assert.Equal("true", item.GetAttribute("data-acknowledged"));
            Assert.Contains("Sari Wulandari", item.TextContent, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Panel_AcknowledgeAll_AsksFirstThenClearsEveryOpenAlert()
    {
        var first = await MyTicketAsync();
        var second = await MyTicketAsync();
        await TestEscalations.RaiseAsync(Db, null, first, EscalationLevel.Warning, DateTime.UtcNow);
        await TestEscalations.RaiseAsync(Db, null, second, EscalationLevel.SecondLevel, DateTime.UtcNow);
        var bell = Context.Render<AlertBell>();
        var panel = Context.Render<AlertPanel>();
        await bell.Find("#alert-bell").ClickAsync(new());
        panel.WaitForAssertion(() => Assert.Equal(2, panel.FindAll("li[data-alert-id]").Count));

        var click = panel.Find("#alert-ack-all").ClickAsync(new());
        dialogs.WaitForAssertion(() => Assert.Contains("Konfirmasi semua peringatan?", dialogs.Markup, StringComparison.Ordinal));
        Assert.Equal("2", Count(bell));
        var confirm = dialogs.FindAll("button").First(b => b.TextContent.Contains("Konfirmasi semua", StringComparison.Ordinal));
        await confirm.ClickAsync(new());
        await click;

        bell.WaitForAssertion(() => Assert.Equal("0", Count(bell)));
        panel.WaitForAssertion(() => panel.Find("#alert-empty"));
    }

    [Fact]
    public async Task Bell_EscalationAddressedToAColleague_NoCountNoSnackbar()
    {
        var ticket = await FileAsync(subject: "Punya rekan");
        await TestEscalations.AssignAsync(Db, ticket, Colleague.UserId);
        var bell = Context.Render<AlertBell>();
        var other = await MyTicketAsync("Punya saya");
        bell.WaitForAssertion(() => Assert.Equal("0", Count(bell)));

        await TestEscalations.RaiseAsync(Db, Bus, ticket, EscalationLevel.Breach, DateTime.UtcNow);
        // A later escalation of the officer's own proves the first was delivered and passed over.
        await TestEscalations.RaiseAsync(Db, Bus, other, EscalationLevel.Warning, DateTime.UtcNow);

        bell.WaitForAssertion(() => Assert.Equal("1", Count(bell)));
        snackbars.WaitForAssertion(() => Assert.Contains("Punya saya", snackbars.Markup, StringComparison.Ordinal));
        Assert.DoesNotContain("Punya rekan", snackbars.Markup, StringComparison.Ordinal);
    }
}
