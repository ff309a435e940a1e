using AngleSharp.Dom;
using Bunit;
using HelpdeskConsole.Teams;
using HelpdeskConsole.Teams.Board;
using HelpdeskConsole.Tickets;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.EntityFrameworkCore;
using MudBlazor;

namespace HelpdeskConsole.Tests.Teams.Board;

public sealed class TeamBoardPageTests : BoardPageTestBase
{
    [Fact]
    public async Task Board_OpenedByLead_ListsPeopleWithOpenCountsAvailabilityAndUnassignedTickets()
    {
        var claimed = await FileAsync(subject: "Upah di bawah UMP");
        var first = await FileAsync(subject: "THR tidak dibayar");
        var second = await FileAsync(subject: "Lembur tidak dihitung");
        await ClaimAsync(Colleague, claimed);
        await Staff.SetAvailabilityAsync(Officer.UserId, Availability.OnBreak);
        var unassigned = new[] { await NumberOfAsync(first), await NumberOfAsync(second) };
        SignInAsLead();

        var cut = Context.Render<TeamBoardPage>();

        cut.WaitForAssertion(() =>
        {
            Assert.Equal(("1", "Available"), OpenAndAvailability(cut, RinaName));
            Assert.Equal(("0", "OnBreak"), OpenAndAvailability(cut, SariName));
            Assert.Equal(("0", "Available"), OpenAndAvailability(cut, LeadName));
            Assert.Equal(unassigned.Order(StringComparer.Ordinal), UnassignedNumbers(cut).Order(StringComparer.Ordinal));
            Assert.Equal("3", Tile(cut, "total-open"));
            Assert.Equal("2", Tile(cut, "total-unassigned"));
        });
        Assert.Contains("Tim Pengupahan & THR", cut.Find("#board-title").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Board_ColleagueClaimsElsewhere_TicketLeavesUnassignedAndHerCountRises()
    {
        var id = await FileAsync();
        var number = await NumberOfAsync(id);
        SignInAsLead();
        var cut = Context.Render<TeamBoardPage>();
        cut.WaitForAssertion(() =>
        {
            Assert.Contains(number, UnassignedNumbers(cut));
            Assert.Equal("0", OpenAndAvailability(cut, RinaName).Open);
        });

        await ClaimAsync(Colleague, id);

        cut.WaitForAssertion(() =>
        {
            Assert.DoesNotContain(number, UnassignedNumbers(cut));
            Assert.Equal("1", OpenAndAvailability(cut, RinaName).Open);
            Assert.Equal("0", Tile(cut, "total-unassigned"));
        });
    }

    [Fact]
    public async Task Board_AvailabilityChangedElsewhere_OfficerCardShowsItLive()
    {
        SignInAsLead();
        var cut = Context.Render<TeamBoardPage>();
        cut.WaitForAssertion(() => Assert.Equal("Available", OpenAndAvailability(cut, SariName).Availability));

        Assert.True(await Staff.SetAvailabilityAsync(Officer.UserId, Availability.Offline));

        cut.WaitForAssertion(() =>
        {
            Assert.Equal("Offline", OpenAndAvailability(cut, SariName).Availability);
            Assert.Contains("Offline", Card(cut, SariName).TextContent, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Board_TicketDroppedOnOfficer_AssignsItToHerAndConfirms()
    {
        var id = await FileAsync();
        var number = await NumberOfAsync(id);
        SignInAsLead();
        var cut = Context.Render<TeamBoardPage>();
        cut.WaitForAssertion(() => Assert.Contains(number, UnassignedNumbers(cut)));

        await cut.Find($"#board-ticket-{id}").DragStartAsync(new DragEventArgs());
        await Card(cut, RinaName).DropAsync(new DragEventArgs());

        Snackbars.WaitForAssertion(() => Assert.Contains($"{number} dipindahkan ke {RinaName}", Snackbars.Markup, StringComparison.Ordinal));
        Assert.Equal(Colleague.UserId, await AssigneeOfAsync(id));
        cut.WaitForAssertion(() =>
        {
            Assert.DoesNotContain(number, UnassignedNumbers(cut));
            Assert.Equal("1", OpenAndAvailability(cut, RinaName).Open);
        });
    }

    [Fact]
    public async Task Board_SelectedTicketClaimedElsewhereThenMoved_SaysNotMovedAndWhyAndKeepsOwner()
    {
        var id = await FileAsync();
        var number = await NumberOfAsync(id);
        SignInAsLead();
        var cut = Context.Render<TeamBoardPage>();
        cut.WaitForAssertion(() => Assert.Contains(number, UnassignedNumbers(cut)));
        await CheckAsync(cut, id);
        cut.WaitForAssertion(() => Assert.Contains("1 tiket dipilih", cut.Find("#board-selection").TextContent, StringComparison.Ordinal));

        // Rina takes it while the lead still has it selected as it was.
        await ClaimAsync(Colleague, id);
        cut.WaitForAssertion(() => Assert.Equal("1", OpenAndAvailability(cut, RinaName).Open));
        // Opening the dialog waits for its result, so the click is awaited once the lead has answered.
        var opening = cut.Find("#board-move-selected").ClickAsync(new MouseEventArgs());
        await ChooseAsync(Dialogs.WaitForElement("#move-target"), SariName);
        await Dialogs.Find("#move-confirm").ClickAsync(new MouseEventArgs());
        await opening;

        Snackbars.WaitForAssertion(() =>
        {
            var message = Snackbars.Find(".mud-snackbar").TextContent;
            Assert.Contains($"{number} tidak dipindahkan", message, StringComparison.Ordinal);
            Assert.Contains(RinaName, message, StringComparison.Ordinal);
        });
        Assert.Equal(Colleague.UserId, await AssigneeOfAsync(id));
        Assert.Equal("0", OpenAndAvailability(cut, SariName).Open);
    }

    [Fact]
    public async Task Board_TwoSelectedTicketsMovedToColleague_BothAreHers()
    {
        var first = await FileAsync(subject: "THR tidak dibayar");
        var second = await FileAsync(subject: "Lembur tidak dihitung");
        var untouched = await FileAsync(subject: "Upah dipotong");
        SignInAsLead();
        var cut = Context.Render<TeamBoardPage>();
        cut.WaitForAssertion(() => Assert.Equal(3, UnassignedNumbers(cut).Count));

        await CheckAsync(cut, first);
        await CheckAsync(cut, second);
        cut.WaitForAssertion(() => Assert.Contains("2 tiket dipilih", cut.Find("#board-selection").TextContent, StringComparison.Ordinal));
        var opening = cut.Find("#board-move-selected").ClickAsync(new MouseEventArgs());
        Dialogs.WaitForAssertion(() => Assert.Contains("Pindahkan 2 tiket", Dialogs.Find(".mud-dialog").TextContent, StringComparison.Ordinal));
        await ChooseAsync(Dialogs.Find("#move-target"), RinaName);
        await Dialogs.Find("#move-confirm").ClickAsync(new MouseEventArgs());
        await opening;

        Snackbars.WaitForAssertion(() => Assert.Contains($"2 tiket dipindahkan ke {RinaName}", Snackbars.Markup, StringComparison.Ordinal));
        Assert.Equal(Colleague.UserId, await AssigneeOfAsync(first));
        Assert.Equal(Colleague.UserId, await AssigneeOfAsync(second));
        Assert.Null(await AssigneeOfAsync(untouched));
        var waiting = await NumberOfAsync(untouched);
        cut.WaitForAssertion(() =>
        {
            Assert.Equal("2", OpenAndAvailability(cut, RinaName).Open);
            Assert.Equal([waiting], UnassignedNumbers(cut));
            Assert.Empty(cut.FindAll("#board-selection"));
        });
    }

    [Fact]
    public async Task Board_OfficersTicketMovedBackWithReason_IsUnassignedWithTheReasonInItsHistory()
    {
        var id = await FileAsync();
        var number = await NumberOfAsync(id);
        await ClaimAsync(Colleague, id);
        SignInAsLead();
        var cut = Context.Render<TeamBoardPage>();
        cut.WaitForAssertion(() => Assert.Equal("1", OpenAndAvailability(cut, RinaName).Open));

        await cut.Find($"#officer-expand-{Colleague.UserId}").ClickAsync(new MouseEventArgs());
        cut.WaitForAssertion(() => Assert.Equal(number, Card(cut, RinaName).QuerySelector("[data-ticket]")?.GetAttribute("data-ticket")));
        var opening = cut.Find($"#board-move-{id}").ClickAsync(new MouseEventArgs());
        await ChooseAsync(Dialogs.WaitForElement("#move-target"), "Belum ada petugas");
        await Dialogs.Find("textarea#move-reason").ChangeAsync(new ChangeEventArgs { Value = "Rina cuti mulai besok" });
        await Dialogs.Find("#move-confirm").ClickAsync(new MouseEventArgs());
        await opening;

        Snackbars.WaitForAssertion(() => Assert.Contains($"{number} dipindahkan ke Belum ada petugas", Snackbars.Markup, StringComparison.Ordinal));
        var ticket = await ReadAsync(id);
        Assert.Null(ticket.AssigneeId);
        Assert.Equal("Rina cuti mulai besok", ticket.History.OrderBy(h => h.Id).Last(h => h.Action == TicketHistoryAction.Assigned).Note);
        cut.WaitForAssertion(() =>
        {
            Assert.Contains(number, UnassignedNumbers(cut));
            Assert.Equal("0", OpenAndAvailability(cut, RinaName).Open);
        });
    }

    [Fact]
    public async Task Board_AssignmentModeChosen_TeamAssignsThatWay()
    {
        SignInAsLead();
        var cut = Context.Render<TeamBoardPage>();
        cut.WaitForAssertion(() => cut.Find("#board-mode"));

        await ChooseAsync(cut.Find("#board-mode"), "Otomatis: beban paling ringan");

        cut.WaitForAssertion(() => Assert.Equal("Otomatis: beban paling ringan", cut.Find("#board-mode").GetAttribute("value")));
        await using var db = await Db.CreateDbContextAsync();
        Assert.Equal(AssignmentMode.LeastLoaded, await db.Teams.Where(t => t.Id == TeamId).Select(t => t.AssignmentMode).SingleAsync());
    }

    [Fact]
    public async Task Board_OpenedByOfficer_ShowsNoBoard()
    {
        await FileAsync();
        Assert.Null(await Board.BoardAsync(Officer, TeamId));
        SignInAsOfficer();

        var cut = Context.Render<TeamBoardPage>();

        cut.WaitForAssertion(() => Assert.Contains("Anda belum memimpin tim mana pun", cut.Find("#board-none").TextContent, StringComparison.Ordinal));
        Assert.Empty(cut.FindAll("[data-officer]"));
        Assert.Empty(cut.FindAll("#board-unassigned"));
        Assert.Empty(cut.FindAll("[data-ticket]"));
    }

    private static IElement Card(IRenderedComponent<TeamBoardPage> cut, string name) => cut.Find($"[data-officer='{name}']");

    private static (string? Open, string? Availability) OpenAndAvailability(IRenderedComponent<TeamBoardPage> cut, string name)
    {
        var card = Card(cut, name);
        return (card.GetAttribute("data-open"), card.GetAttribute("data-availability"));
    }

    private static List<string?> UnassignedNumbers(IRenderedComponent<TeamBoardPage> cut) =>
        [.. cut.Find("#board-unassigned").QuerySelectorAll("[data-ticket]").Select(e => e.GetAttribute("data-ticket"))];

    private static string Tile(IRenderedComponent<TeamBoardPage> cut, string id) => cut.Find($"#{id} .hc-tile-value").TextContent.Trim();

    private static Task CheckAsync(IRenderedComponent<TeamBoardPage> cut, int ticketId) =>
        cut.Find($"#board-ticket-{ticketId} input[type='checkbox']").ChangeAsync(new ChangeEventArgs { Value = true });
}
