using Bunit;
using HelpdeskConsole.Tickets;
using HelpdeskConsole.Tickets.Workspace;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace HelpdeskConsole.Tests.Tickets.Workspace;

public sealed class TicketWorkspacePageTests : WorkspaceTestBase
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        SignInAsOfficer();
        Context.Render<MudPopoverProvider>();
        Context.Render<MudDialogProvider>();
        Context.Render<MudSnackbarProvider>();
    }

    [Fact]
    public async Task Workspace_ColleagueAddsNoteElsewhere_AppearsLive()
    {
        var id = await FileAsync(subject: "Upah lembur tidak dibayar");
        var cut = Context.Render<TicketWorkspacePage>(p => p.Add(x => x.Id, id));
        cut.WaitForAssertion(() => Assert.Equal("Upah lembur tidak dibayar", cut.Find("#workspace-subject").TextContent.Trim()));

        await Workspace.AddMessageAsync(Colleague, await LoadAsync(Colleague, id), "Sudah saya telepon perusahaannya.", isPublic: false);

        cut.WaitForAssertion(() =>
        {
            var note = cut.Find("[data-kind='InternalNote']");
            Assert.Contains("Sudah saya telepon perusahaannya.", note.TextContent, StringComparison.Ordinal);
            Assert.Contains("Rina Marlina", note.TextContent, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Workspace_StatusChangedElsewhere_UpdatesHeaderAndActions()
    {
        var id = await FileAsync();
        var cut = Context.Render<TicketWorkspacePage>(p => p.Add(x => x.Id, id));
        cut.WaitForAssertion(() => Assert.Equal("Baru", cut.Find("#workspace-status").GetAttribute("data-status")));

        await Workspace.TransitionAsync(Colleague, await LoadAsync(Colleague, id), TicketAction.StartProcessing, null);

        cut.WaitForAssertion(() =>
        {
            Assert.Equal("Diproses", cut.Find("#workspace-status").GetAttribute("data-status"));
            Assert.Equal("Rina Marlina", cut.Find("#workspace-assignee").TextContent.Trim());
            Assert.NotEmpty(cut.FindAll("#action-Resolve"));
        });
    }

    [Fact]
    public async Task Workspace_TicketMovedToAnotherTeam_AccessEndsAtOnce()
    {
        var id = await FileAsync();
        var cut = Context.Render<TicketWorkspacePage>(p => p.Add(x => x.Id, id));
        cut.WaitForAssertion(() => cut.Find("#workspace-subject"));
        int phk;
        await using (var db = await Db.CreateDbContextAsync())
        {
            phk = db.Categories.Single(c => c.Code == "PHK").Id;
        }

        await Workspace.SetCategoryAsync(Lead, await LoadAsync(Lead, id), phk);

        cut.WaitForAssertion(() =>
        {
            Assert.NotEmpty(cut.FindAll("#workspace-no-access"));
            Assert.Empty(cut.FindAll("#workspace-subject"));
            Assert.DoesNotContain("Gaji belum dibayar", cut.Markup, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Workspace_OfficerSendsReply_ClearsDraftAndShowsIt()
    {
        var id = await FileAsync();
        var cut = Context.Render<TicketWorkspacePage>(p => p.Add(x => x.Id, id));
        cut.WaitForAssertion(() => cut.Find("#workspace-draft"));

        // Awaited, so a dispatch that fails fails here rather than as a timeout below.
        await cut.Find("textarea#workspace-draft").InputAsync(new ChangeEventArgs { Value = "Selamat pagi Bapak Budi, laporan Anda kami terima." });
        cut.WaitForAssertion(() => Assert.False(cut.Find("#workspace-send").HasAttribute("disabled")));
        await cut.Find("#workspace-send").ClickAsync(new MouseEventArgs());

        cut.WaitForAssertion(() =>
        {
            Assert.Contains("Selamat pagi Bapak Budi", cut.Find("[data-kind='PublicReply']").TextContent, StringComparison.Ordinal);
            Assert.Equal("", cut.Find("textarea#workspace-draft").GetAttribute("value") ?? "");
        });
    }

    [Fact]
    public async Task Workspace_ClaimShortcut_ClaimsAndNextShortcutOpensTheNextTicket()
    {
        var older = await FileAsync(subject: "Yang lebih lama");
        var newer = await FileAsync(subject: "Yang lebih baru");
        var navigation = Context.Services.GetRequiredService<NavigationManager>();
        var cut = Context.Render<TicketWorkspacePage>(p => p.Add(x => x.Id, newer));
        cut.WaitForAssertion(() => cut.Find("#workspace-claim"));
        var registry = Context.Services.GetRequiredService<HelpdeskConsole.Components.Shortcuts.ShortcutRegistry>();

        await cut.InvokeAsync(() => registry.InvokeAsync("c"));
        cut.WaitForAssertion(() => Assert.Equal("Sari Wulandari", cut.Find("#workspace-assignee").TextContent.Trim()));

        await cut.InvokeAsync(() => registry.InvokeAsync("j"));
        Assert.EndsWith($"/tickets/{older}", navigation.Uri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Workspace_SweepEscalatedTicket_TimelineNamesTheSystemAndHidesItsMarkers()
    {
        var id = await FileAsync();
        await using (var db = await Db.CreateDbContextAsync())
        {
            var at = DateTime.UtcNow;
            db.TicketHistory.AddRange(
                new TicketHistoryEntry { TicketId = id, At = at, Action = TicketHistoryAction.Escalated, ToValue = "Breach", Note = "FirstResponse" },
                new TicketHistoryEntry { TicketId = id, At = at, Action = TicketHistoryAction.PriorityChanged, FromValue = "P3", ToValue = "P2", Note = "escalation:breach" },
                new TicketHistoryEntry { TicketId = id, At = at, Action = TicketHistoryAction.Assigned, ToValue = "Bambang Sutrisno", Note = "escalation:second-level" });
            await db.SaveChangesAsync();
        }

        var cut = Context.Render<TicketWorkspacePage>(p => p.Add(x => x.Id, id));

        cut.WaitForAssertion(() =>
        {
            Assert.Equal("Sistem mengeskalasi tiket: tenggat tanggapan pertama terlewati", Line(cut, "Escalated"));
            Assert.Equal("Sistem menaikkan prioritas P3 Normal → P2 Tinggi karena tenggat terlewati", Line(cut, "PriorityChanged"));
            Assert.Equal("Sistem mengalihkan tiket ke koordinator Bambang Sutrisno (eskalasi tingkat dua)", Line(cut, "Assigned"));
            Assert.DoesNotContain("escalation:", cut.Find("#workspace-timeline").TextContent, StringComparison.Ordinal);
        });
    }

    /// <summary>An event line's text without its relative time.</summary>
    private static string Line(IRenderedComponent<TicketWorkspacePage> cut, string action)
    {
        var line = cut.Find($".hc-tl-event[data-action='{action}']");
        var time = line.QuerySelector(".hc-tl-time")?.TextContent ?? "";
        return string.Join(' ', line.TextContent.Replace(time, "", StringComparison.Ordinal)
            .Split(default(char[]), StringSplitOptions.RemoveEmptyEntries));
    }
}
