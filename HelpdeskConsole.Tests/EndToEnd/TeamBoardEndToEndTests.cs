using System.Net.Http.Json;
using System.Text.Json;
using HelpdeskConsole.Tests.TestSupport;
using HelpdeskConsole.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace HelpdeskConsole.Tests.EndToEnd;

/// <summary>A lead and an officer, each in their own browser: the lead moves work, the officer sees it arrive.</summary>
[Collection(BrowserTests.Name)]
public sealed class TeamBoardEndToEndTests(BrowserFixture browser, LiveAppFixture app) : TwoPeopleBrowserTest(browser), IClassFixture<LiveAppFixture>
{
    [Fact]
    public async Task Board_LeadDragsANewTicketOntoAnOfficer_TheOfficerIsToldAtOnceAndTheBoardMovesIt()
    {
        using var http = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        var filed = await (await http.PostAsJsonAsync("/api/complaints", ApiClient.Complaint("UPAH", "Upah lembur tidak dibayar (uji papan tim)")))
            .Content.ReadFromJsonAsync<JsonElement>();
        var ticketId = filed.GetProperty("id").GetInt32();
        var number = filed.GetProperty("number").GetString()!;

        // The officer opens the console: that makes her available, live on the lead's board.
        var officerPage = await app.LoginAsync(Officer, "officer@helpdesk.test");
        await Assertions.Expect(officerPage.Locator("#availability-chip[data-availability='Available']")).ToBeVisibleAsync(new() { Timeout = 15_000 });

        var leadPage = await app.LoginAsync(Lead, "lead@helpdesk.test");
        await leadPage.GotoAsync(app.BaseUrl + "/team");
        await LiveAppFixture.WaitForInteractiveAsync(leadPage);
        var card = leadPage.Locator("[data-officer='Dewi Anggraini']");
        await Assertions.Expect(card).ToHaveAttributeAsync("data-availability", "Available", new() { Timeout = 15_000 });
        var ticket = leadPage.Locator($"#board-unassigned [data-ticket='{number}']");
        await Assertions.Expect(ticket).ToBeVisibleAsync(new() { Timeout = 15_000 });

        await ticket.DragToAsync(card);

        // The new assignee is told on whatever screen she is, by whom.
        var notice = officerPage.Locator(".mud-snackbar", new() { HasText = number });
        await Assertions.Expect(notice).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await Assertions.Expect(notice).ToContainTextAsync("Bambang Sutrisno");
        // The board shows where it went.
        await Assertions.Expect(leadPage.Locator($"#board-unassigned [data-ticket='{number}']")).ToHaveCountAsync(0, new() { Timeout = 15_000 });

        await using var db = app.Factory.CreateDbContext();
        var saved = await db.Tickets.Include(t => t.Assignee).Include(t => t.History).SingleAsync(t => t.Id == ticketId);
        Assert.Equal("Dewi Anggraini", saved.Assignee!.DisplayName);
        Assert.Contains(saved.History, h => h.Action == TicketHistoryAction.Assigned && h.ToValue == "Dewi Anggraini" && h.ActorId != null);
    }
}
