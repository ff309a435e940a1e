using System.Net.Http.Json;
using System.Text.Json;
using HelpdeskConsole.Tests.TestSupport;
using Microsoft.Playwright;

namespace HelpdeskConsole.Tests.EndToEnd;

[Collection(BrowserTests.Name)]
public sealed class WorkspaceEndToEndTests(BrowserFixture browser, LiveAppFixture app) : TwoPeopleBrowserTest(browser), IClassFixture<LiveAppFixture>
{
    [Fact]
    public async Task Workspace_TwoOfficersOnOneTicket_SeeEachOthersChangesLive()
    {
        using var http = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        var filed = await (await http.PostAsJsonAsync("/api/complaints", ApiClient.Complaint("UPAH", "Upah dipotong sepihak (uji dua petugas)")))
            .Content.ReadFromJsonAsync<JsonElement>();
        var url = $"{app.BaseUrl}/tickets/{filed.GetProperty("id").GetInt32()}";

        var officerPage = await app.LoginAsync(Officer, "officer@helpdesk.test");
        var leadPage = await app.LoginAsync(Lead, "lead@helpdesk.test");
        await officerPage.GotoAsync(url);
        await leadPage.GotoAsync(url);
        await LiveAppFixture.WaitForInteractiveAsync(officerPage);
        await LiveAppFixture.WaitForInteractiveAsync(leadPage);

        // Each sees the other has the ticket open.
        await Assertions.Expect(officerPage.Locator("[data-presence-others='1']")).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await Assertions.Expect(leadPage.Locator("[data-presence-others='1']")).ToBeVisibleAsync(new() { Timeout = 15_000 });

        // The officer claims it; the lead's open workspace shows the new assignee without a reload.
        await officerPage.ClickAsync("#workspace-claim");
        await Assertions.Expect(leadPage.Locator("#workspace-assignee")).ToHaveTextAsync("Dewi Anggraini", new() { Timeout = 15_000 });

        // The lead starts a reply: the officer sees it, and is warned when starting one too.
        await leadPage.FillAsync("textarea#workspace-draft", "Selamat siang Bapak Budi,");
        await Assertions.Expect(officerPage.Locator("[data-typing='reply']")).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await officerPage.FillAsync("textarea#workspace-draft", "Selamat siang,");
        await Assertions.Expect(officerPage.Locator("[data-reply-collision]")).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await leadPage.FillAsync("textarea#workspace-draft", "");

        // The lead writes an internal note; it appears in the officer's timeline, marked as internal.
        await leadPage.ClickAsync("text=Catatan internal");
        await leadPage.FillAsync("textarea#workspace-draft", "Tolong cek juga slip gaji bulan lalu.");
        await leadPage.ClickAsync("#workspace-send");
        var note = officerPage.Locator("[data-kind='InternalNote']", new() { HasText = "Tolong cek juga slip gaji bulan lalu." });
        await Assertions.Expect(note).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await Assertions.Expect(note).ToContainTextAsync("Hanya terlihat oleh petugas");
    }
}
