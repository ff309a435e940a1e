using System.Net.Http.Json;
using System.Text.Json;
using HelpdeskConsole.Tests.TestSupport;
using Microsoft.Playwright;

namespace HelpdeskConsole.Tests.EndToEnd;

[Collection(BrowserTests.Name)]
public sealed class QueueEndToEndTests(BrowserFixture browser, LiveAppFixture app) : IClassFixture<LiveAppFixture>, IAsyncLifetime
{
    private IBrowserContext wages = default!;
    private IBrowserContext layoffs = default!;

    public async Task InitializeAsync()
    {
        wages = await browser.Browser.NewContextAsync();
        layoffs = await browser.Browser.NewContextAsync();
    }

    public async Task DisposeAsync()
    {
        await wages.DisposeAsync();
        await layoffs.DisposeAsync();
    }

    private async Task<string> PostComplaintAsync(string categoryCode, string subject)
    {
        using var client = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        var response = await client.PostAsJsonAsync("/api/complaints", ApiClient.Complaint(categoryCode, subject, "anonim"));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("number").GetString()!;
    }

    [Fact]
    public async Task Queue_ComplaintPostedToApi_AppearsForItsTeamOnlyWithoutReload()
    {
        var wagesPage = await app.LoginAsync(wages, "officer@helpdesk.test");
        var layoffsPage = await app.LoginAsync(layoffs, "officer.phk@helpdesk.test");
        foreach (var page in new[] { wagesPage, layoffsPage })
        {
            await page.ClickAsync("#nav-queue");
            await page.Locator("#queue-table, #queue-empty").First.WaitForAsync();
        }

        var navigations = 0;
        wagesPage.FrameNavigated += (_, frame) => { if (frame == wagesPage.MainFrame) { navigations++; } };

        var thr = await PostComplaintAsync("THR", "THR lebaran belum dibayar (uji langsung)");

        var row = wagesPage.Locator($"tr[data-number='{thr}']");
        await Assertions.Expect(row).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await Assertions.Expect(row).ToContainTextAsync("THR lebaran belum dibayar (uji langsung)");
        await Assertions.Expect(row).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("hc-row-new"));
        Assert.Equal(0, navigations);

        // The other team's console got its own team's next complaint live, and never the first one.
        var phk = await PostComplaintAsync("PHK", "Di-PHK sepihak (uji langsung)");
        await Assertions.Expect(layoffsPage.Locator($"tr[data-number='{phk}']")).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await Assertions.Expect(layoffsPage.Locator($"tr[data-number='{thr}']")).ToHaveCountAsync(0);
    }
}
