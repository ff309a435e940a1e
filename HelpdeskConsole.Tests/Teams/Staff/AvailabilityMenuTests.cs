using Bunit;
using HelpdeskConsole.Teams;
using HelpdeskConsole.Teams.Staff;
using HelpdeskConsole.Tests.Teams.Board;
using Microsoft.AspNetCore.Components.Web;

namespace HelpdeskConsole.Tests.Teams.Staff;

public sealed class AvailabilityMenuTests : BoardPageTestBase
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        SignInAsOfficer();
    }

    [Fact]
    public async Task AvailabilityMenu_Rendered_ShowsCurrentAvailability()
    {
        await Staff.SetAvailabilityAsync(Officer.UserId, Availability.OnBreak);

        var cut = Context.Render<AvailabilityMenu>();

        cut.WaitForAssertion(() =>
        {
            var chip = cut.Find("#availability-chip");
            Assert.Equal("OnBreak", chip.GetAttribute("data-availability"));
            Assert.Contains("Istirahat", chip.TextContent, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task AvailabilityMenu_OnBreakWithNoOpenTickets_ChangesWithoutAsking()
    {
        var cut = Context.Render<AvailabilityMenu>();
        cut.WaitForAssertion(() => Assert.Equal("Available", cut.Find("#availability-chip").GetAttribute("data-availability")));

        await ChooseAsync(cut, Availability.OnBreak);

        cut.WaitForAssertion(() => Assert.Equal("OnBreak", cut.Find("#availability-chip").GetAttribute("data-availability")));
        Assert.Equal(Availability.OnBreak, await AvailabilityOfAsync(Officer.UserId));
        Assert.Empty(Dialogs.FindAll(".mud-dialog"));
    }

    [Fact]
    public async Task AvailabilityMenu_OnBreakWithOpenTicketsHandedBack_AsksThenMovesThemToUnassigned()
    {
        var mine = await FileAsync(subject: "THR tidak dibayar");
        var colleagues = await FileAsync(subject: "Upah dipotong");
        await ClaimAsync(Officer, mine);
        await ClaimAsync(Colleague, colleagues);
        var cut = Context.Render<AvailabilityMenu>();
        cut.WaitForAssertion(() => cut.Find("#availability-chip"));

        // The choice waits for the officer's answer, so it is not awaited until she has given it.
        var choosing = ChooseAsync(cut, Availability.OnBreak);
        Dialogs.WaitForAssertion(() => Assert.Contains("Anda masih memegang 1 tiket terbuka", Dialogs.Find(".mud-dialog").TextContent, StringComparison.Ordinal));
        Assert.Equal(Availability.Available, await AvailabilityOfAsync(Officer.UserId));
        await Button("Kembalikan 1 tiket").ClickAsync(new MouseEventArgs());
        await choosing;

        Snackbars.WaitForAssertion(() => Assert.Contains("1 tiket dikembalikan ke antrean tim", Snackbars.Markup, StringComparison.Ordinal));
        cut.WaitForAssertion(() => Assert.Equal("OnBreak", cut.Find("#availability-chip").GetAttribute("data-availability")));
        Assert.Equal(Availability.OnBreak, await AvailabilityOfAsync(Officer.UserId));
        Assert.Null(await AssigneeOfAsync(mine));
        Assert.Equal(Colleague.UserId, await AssigneeOfAsync(colleagues));
    }

    [Fact]
    public async Task AvailabilityMenu_OfflineWithOpenTicketsKept_KeepsThem()
    {
        var mine = await FileAsync();
        await ClaimAsync(Officer, mine);
        var cut = Context.Render<AvailabilityMenu>();
        cut.WaitForAssertion(() => cut.Find("#availability-chip"));

        var choosing = ChooseAsync(cut, Availability.Offline);
        Dialogs.WaitForAssertion(() => Assert.Contains("selama Anda Offline", Dialogs.Find(".mud-dialog").TextContent, StringComparison.Ordinal));
        await Button("Tetap saya pegang").ClickAsync(new MouseEventArgs());
        await choosing;

        cut.WaitForAssertion(() => Assert.Equal("Offline", cut.Find("#availability-chip").GetAttribute("data-availability")));
        Assert.Equal(Availability.Offline, await AvailabilityOfAsync(Officer.UserId));
        Assert.Equal(Officer.UserId, await AssigneeOfAsync(mine));
        Assert.DoesNotContain("dikembalikan", Snackbars.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AvailabilityMenu_ChangedElsewhere_ChipUpdatesLive()
    {
        var cut = Context.Render<AvailabilityMenu>();
        cut.WaitForAssertion(() => Assert.Equal("Available", cut.Find("#availability-chip").GetAttribute("data-availability")));

        Assert.True(await Staff.SetAvailabilityAsync(Officer.UserId, Availability.Offline));

        cut.WaitForAssertion(() =>
        {
            var chip = cut.Find("#availability-chip");
            Assert.Equal("Offline", chip.GetAttribute("data-availability"));
            Assert.Contains("Offline", chip.TextContent, StringComparison.Ordinal);
        });
    }

    private async Task ChooseAsync(IRenderedComponent<AvailabilityMenu> cut, Availability availability)
    {
        await cut.Find("#availability-chip").ClickAsync(new MouseEventArgs());
        await Popovers.WaitForElement($"#availability-{availability}").ClickAsync(new MouseEventArgs());
    }

    private AngleSharp.Dom.IElement Button(string text) =>
        Dialogs.FindAll("button").Single(b => b.TextContent.Trim() == text);
}
