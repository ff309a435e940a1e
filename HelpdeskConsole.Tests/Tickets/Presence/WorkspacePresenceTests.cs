using System.Globalization;
using Bunit;
using HelpdeskConsole.Tickets.Presence;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace HelpdeskConsole.Tests.Tickets.Presence;

/// <summary>Two officers, each in their own tab (bUnit context), sharing the app's presence service.</summary>
public sealed class WorkspacePresenceTests : IAsyncLifetime
{
    private const int Ticket = 42;
    private const string Collision = "Rina Marlina sedang membalas tiket ini. Periksa balasannya sebelum mengirim agar warga tidak menerima dua jawaban.";

    private readonly CultureInfo previousCulture = CultureInfo.CurrentCulture;
    private readonly CultureInfo previousUiCulture = CultureInfo.CurrentUICulture;
    private readonly FakeTimeProvider clock = new();
    private readonly InProcessTicketPresence presence;
    private readonly List<OfficerTab> tabs = [];

    public WorkspacePresenceTests()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("id-ID");
        presence = new InProcessTicketPresence(clock, NullLogger<InProcessTicketPresence>.Instance);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var tab in tabs)
        {
            await tab.DisposeAsync();
        }

        presence.Dispose();
        CultureInfo.CurrentCulture = previousCulture;
        CultureInfo.CurrentUICulture = previousUiCulture;
    }

    private OfficerTab NewTab()
    {
        var tab = new OfficerTab(presence, clock);
        tabs.Add(tab);
        return tab;
    }

    private IRenderedComponent<WorkspacePresence> Rina(int ticket = Ticket) => NewTab().Open(ticket, "rina", "Rina Marlina");

    private IRenderedComponent<WorkspacePresence> Budi(int ticket = Ticket) => NewTab().Open(ticket, "budi", "Budi Santoso");

    private static string[] OthersShown(IRenderedComponent<WorkspacePresence> cut) =>
        cut.FindAll("[data-officer]").Select(a => a.GetAttribute("data-officer")!).ToArray();

    private static string TypingLine(IRenderedComponent<WorkspacePresence> cut) =>
        cut.Find("[data-presence-typing]").TextContent.Trim();

    private static string? Warning(IRenderedComponent<WorkspacePresence> cut) =>
        cut.FindAll("[data-reply-collision]").SingleOrDefault()?.TextContent.Trim();

    private static Task TypeAsync(IRenderedComponent<WorkspacePresence> cut, Activity activity) =>
        cut.InvokeAsync(() => cut.Instance.TypingAsync(activity));

    [Fact]
    public void WorkspacePresence_TwoOfficersOnOneTicket_EachSeesTheOtherButNotThemselves()
    {
        var rina = Rina();
        var budi = Budi();

        rina.WaitForAssertion(() => Assert.Equal(["budi"], OthersShown(rina)));
        budi.WaitForAssertion(() => Assert.Equal(["rina"], OthersShown(budi)));
        var avatar = budi.Find("[data-officer='rina']");
        Assert.Equal("RM", avatar.TextContent.Trim());
        Assert.Equal("Rina Marlina", avatar.GetAttribute("aria-label"));
    }

    [Fact]
    public void WorkspacePresence_OtherTicket_NobodyShown()
    {
        var rina = Rina();
        var budi = Budi(ticket: 7);
        var sari = NewTab().Open(Ticket, "sari", "Sari Wulandari");

        rina.WaitForAssertion(() => Assert.Equal(["sari"], OthersShown(rina)));
        Assert.Empty(OthersShown(budi));
    }

    [Fact]
    public void WorkspacePresence_SameOfficerInTwoTabs_NeitherShowsThemselves()
    {
        var first = Rina();
        var second = Rina();
        var budi = Budi();

        budi.WaitForAssertion(() => Assert.Equal(["rina"], OthersShown(budi)));
        first.WaitForAssertion(() => Assert.Equal(["budi"], OthersShown(first)));
        second.WaitForAssertion(() => Assert.Equal(["budi"], OthersShown(second)));
    }

    [Fact]
    public async Task WorkspacePresence_OtherTypesReply_TypingLineThenWarningOnceIComposeToo()
    {
        var rina = Rina();
        var budi = Budi();

        await TypeAsync(rina, Activity.TypingReply);

        budi.WaitForAssertion(() => Assert.Equal("Rina Marlina sedang mengetik balasan…", TypingLine(budi)));
        Assert.Equal("TypingReply", budi.Find("[data-officer='rina']").GetAttribute("data-activity"));
        Assert.True(budi.Instance.State.SomeoneElseTypingReply);
        // Budi is only reading: nothing to warn about yet. Rina never sees herself typing.
        Assert.Null(Warning(budi));
        Assert.Equal("", TypingLine(rina));

        await TypeAsync(budi, Activity.TypingReply);

        budi.WaitForAssertion(() => Assert.Equal(Collision, Warning(budi)));
        // Both are now writing a reply, so Rina is warned about Budi as well.
        rina.WaitForAssertion(() => Assert.StartsWith("Budi Santoso sedang membalas tiket ini.", Warning(rina), StringComparison.Ordinal));
    }

    [Fact]
    public async Task WorkspacePresence_OtherTypesNote_NoteLineAndNoWarning()
    {
        var rina = Rina();
        var budi = Budi();
        await TypeAsync(budi, Activity.TypingReply);

        await TypeAsync(rina, Activity.TypingNote);

        budi.WaitForAssertion(() => Assert.Equal("Rina Marlina sedang mengetik catatan internal…", TypingLine(budi)));
        Assert.False(budi.Instance.State.SomeoneElseTypingReply);
        Assert.Null(Warning(budi));
    }

    [Fact]
    public async Task WorkspacePresence_TypingStopsForTheTimeout_LineAndWarningGo()
    {
        var rina = Rina();
        var budi = Budi();
        await TypeAsync(budi, Activity.TypingReply);
        await TypeAsync(rina, Activity.TypingReply);
        budi.WaitForAssertion(() => Assert.Equal(Collision, Warning(budi)));

        // Budi keeps his draft (he is still composing); Rina stopped typing and the presence expires by itself.
        clock.Advance(InProcessTicketPresence.TypingTimeout);

        budi.WaitForAssertion(() =>
        {
            Assert.Equal("", TypingLine(budi));
            Assert.Null(Warning(budi));
        });
        Assert.Equal(Activity.TypingReply, budi.Instance.State.Composing);
    }

    [Fact]
    public async Task WorkspacePresence_StoppedTyping_OthersSeeItAtOnceAndMyWarningGoes()
    {
        var rina = Rina();
        var budi = Budi();
        await TypeAsync(rina, Activity.TypingReply);
        await TypeAsync(budi, Activity.TypingReply);
        budi.WaitForAssertion(() => Assert.Equal(Collision, Warning(budi)));

        await budi.InvokeAsync(() => budi.Instance.StoppedTypingAsync());
        Assert.Null(Warning(budi));
        rina.WaitForAssertion(() => Assert.Null(Warning(rina)));

        await rina.InvokeAsync(() => rina.Instance.StoppedTypingAsync());
        budi.WaitForAssertion(() => Assert.Equal("", TypingLine(budi)));
    }

    [Fact]
    public async Task TypingAsync_KeystrokesWithinASecond_OnlyTheFirstIsSent()
    {
        var rina = Rina();
        var budi = Budi();

        await TypeAsync(rina, Activity.TypingReply);
        clock.Advance(TimeSpan.FromMilliseconds(500));
        await TypeAsync(rina, Activity.TypingReply);
        budi.WaitForAssertion(() => Assert.NotEqual("", TypingLine(budi)));

        // Had the second keystroke been sent, typing would last until 8.5 s; it ends at 8 s from the first.
        clock.Advance(InProcessTicketPresence.TypingTimeout - TimeSpan.FromMilliseconds(500));
        budi.WaitForAssertion(() => Assert.Equal("", TypingLine(budi)));
    }

    [Fact]
    public async Task TypingAsync_KeystrokeAfterASecond_IsSentAndKeepsTypingAlive()
    {
        var rina = Rina();
        var budi = Budi();

        await TypeAsync(rina, Activity.TypingReply);
        clock.Advance(WorkspacePresence.TypingThrottle);
        await TypeAsync(rina, Activity.TypingReply);
        clock.Advance(InProcessTicketPresence.TypingTimeout - TimeSpan.FromMilliseconds(1));

        // 8.999 s after the first keystroke, 7.999 s after the second: still typing, in the service and on screen.
        Assert.Equal(Activity.TypingReply, (await presence.SnapshotAsync(Ticket)).Officers.Single(o => o.UserId == "rina").Activity);
        budi.WaitForAssertion(() => Assert.Equal("Rina Marlina sedang mengetik balasan…", TypingLine(budi)));
    }

    [Fact]
    public async Task TypingAsync_SwitchFromReplyToNote_SentAtOnceDespiteTheThrottle()
    {
        var rina = Rina();
        var budi = Budi();
        await TypeAsync(rina, Activity.TypingReply);
        budi.WaitForAssertion(() => Assert.Contains("balasan", TypingLine(budi), StringComparison.Ordinal));

        await TypeAsync(rina, Activity.TypingNote);

        budi.WaitForAssertion(() => Assert.Equal("Rina Marlina sedang mengetik catatan internal…", TypingLine(budi)));
    }

    [Fact]
    public async Task WorkspacePresence_TwoOthersTypingReplies_OneSentenceNamesBoth()
    {
        var rina = Rina();
        var budi = Budi();
        var sari = NewTab().Open(Ticket, "sari", "Sari Wulandari");
        await TypeAsync(rina, Activity.TypingReply);
        await TypeAsync(budi, Activity.TypingReply);

        sari.WaitForAssertion(() => Assert.Equal("Rina Marlina dan Budi Santoso sedang mengetik balasan…", TypingLine(sari)));
        await TypeAsync(sari, Activity.TypingReply);
        sari.WaitForAssertion(() => Assert.StartsWith("Rina Marlina dan Budi Santoso sedang membalas tiket ini.", Warning(sari), StringComparison.Ordinal));
    }

    [Fact]
    public async Task WorkspacePresence_TabClosed_DisappearsFromTheOther()
    {
        var rinaTab = NewTab();
        var rina = rinaTab.Open(Ticket, "rina", "Rina Marlina");
        var budi = Budi();
        await TypeAsync(rina, Activity.TypingReply);
        budi.WaitForAssertion(() => Assert.Equal(["rina"], OthersShown(budi)));

        // Closing the tab ends its circuit, which disposes its components.
        tabs.Remove(rinaTab);
        await rinaTab.DisposeAsync();

        budi.WaitForAssertion(() =>
        {
            Assert.Empty(OthersShown(budi));
            Assert.Equal("", TypingLine(budi));
        });
    }

    [Fact]
    public async Task WorkspacePresence_EveryoneLeaves_TicketIsForgotten()
    {
        var rinaTab = NewTab();
        rinaTab.Open(Ticket, "rina", "Rina Marlina");
        var budiTab = NewTab();
        budiTab.Open(Ticket, "budi", "Budi Santoso");
        Assert.Equal(1, presence.TicketCount);

        tabs.Clear();
        await rinaTab.DisposeAsync();
        await budiTab.DisposeAsync();

        Assert.Equal(0, presence.TicketCount);
    }

    [Fact]
    public void WorkspacePresence_SwitchedToAnotherTicket_MovesItsPresence()
    {
        var rina = Rina();
        var budi = Budi();
        var budiElsewhere = Budi(ticket: 7);
        rina.WaitForAssertion(() => Assert.Equal(["budi"], OthersShown(rina)));

        rina.Render(p => p.Add(x => x.TicketId, 7));

        budi.WaitForAssertion(() => Assert.Empty(OthersShown(budi)));
        budiElsewhere.WaitForAssertion(() => Assert.Equal(["rina"], OthersShown(budiElsewhere)));
        rina.WaitForAssertion(() => Assert.Equal(["budi"], OthersShown(rina)));
        Assert.Equal("7", rina.Find("[data-presence]").GetAttribute("data-presence"));
    }

    [Fact]
    public async Task WorkspacePresence_English_LabelsInEnglish()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
        var rina = Rina();
        var budi = Budi();

        await TypeAsync(rina, Activity.TypingReply);
        await TypeAsync(budi, Activity.TypingReply);

        budi.WaitForAssertion(() =>
        {
            Assert.Equal("Rina Marlina is typing a reply…", TypingLine(budi));
            Assert.Equal(
                "Rina Marlina is replying to this ticket. Check their reply before sending so the citizen does not receive two answers.",
                Warning(budi));
        });
        Assert.Equal("Other officers with this ticket open", budi.Find("[data-presence-others]").GetAttribute("aria-label"));
        Assert.Equal("Rina Marlina (typing a reply)", budi.Find("[data-officer='rina']").GetAttribute("aria-label"));
    }
}
