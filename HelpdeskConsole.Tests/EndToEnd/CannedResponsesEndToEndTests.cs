using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using HelpdeskConsole.Tests.TestSupport;
using Microsoft.Playwright;

namespace HelpdeskConsole.Tests.EndToEnd;

/// <summary>An officer answers with the library, as the issue describes it: <c>::salam</c>, pick, send, and the citizen reads it.</summary>
[Collection(BrowserTests.Name)]
public sealed partial class CannedResponsesEndToEndTests(BrowserFixture browser, LiveAppFixture app) : IClassFixture<LiveAppFixture>, IAsyncLifetime
{
    private IBrowserContext officer = default!;
    private IBrowserContext citizen = default!;

    public async Task InitializeAsync()
    {
        officer = await browser.Browser.NewContextAsync();
        citizen = await browser.Browser.NewContextAsync();
    }

    public async Task DisposeAsync()
    {
        await officer.DisposeAsync();
        await citizen.DisposeAsync();
    }

    [Fact]
    public async Task Picker_OfficerTypesSalamPicksAndSends_CitizenStatusShowsFilledReply()
    {
        using var http = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        var filed = await (await http.PostAsJsonAsync("/api/complaints", ApiClient.Complaint("UPAH", "Gaji dua bulan belum dibayar (uji pustaka jawaban)")))
            .Content.ReadFromJsonAsync<JsonElement>();
        var ticketId = filed.GetProperty("id").GetInt32();
        var trackingCode = filed.GetProperty("trackingCode").GetString()!;

        var page = await app.LoginAsync(officer, "officer@helpdesk.test");
        await page.GotoAsync($"{app.BaseUrl}/tickets/{ticketId}");
        await LiveAppFixture.WaitForInteractiveAsync(page);
        // The picker listens once its script is attached to the editor; keys typed before that are plain text.
        var draft = page.Locator("textarea#workspace-draft[data-picker='ready']");
        await draft.WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });

        await draft.ClickAsync();
        await draft.PressSequentiallyAsync("::salam");
        var picker = page.Locator("#response-picker[data-query='salam']");
        await Assertions.Expect(picker).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await Assertions.Expect(page.Locator("#picker-list li[data-shortcut^='salam']").First).ToBeVisibleAsync();
        // The preview is the text as the citizen will get it: filled for this ticket, no placeholder left.
        var preview = page.Locator("#picker-preview");
        await Assertions.Expect(preview).ToContainTextAsync("Budi Santoso");
        await Assertions.Expect(preview).Not.ToContainTextAsync("{{");

        await draft.PressAsync("Enter");
        await Assertions.Expect(picker).ToBeHiddenAsync(new() { Timeout = 15_000 });
        await Assertions.Expect(draft).ToHaveValueAsync(BudiGreeting(), new() { Timeout = 15_000 });
        var value = await draft.InputValueAsync();
        Assert.DoesNotContain("::salam", value, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", value, StringComparison.Ordinal);
        Assert.Contains("Dewi Anggraini", value, StringComparison.Ordinal);

        // The greeting stage of the script panel is ticked now that the draft has one.
        await Assertions.Expect(page.Locator("#script-panel [data-stage='Salam']")).ToHaveAttributeAsync("data-covered", "true");

        await page.ClickAsync("#workspace-send");
        var reply = page.Locator("[data-kind='PublicReply']", new() { HasText = "Budi Santoso" });
        await Assertions.Expect(reply).ToBeVisibleAsync(new() { Timeout = 15_000 });

        var status = await citizen.NewPageAsync();
        await status.GotoAsync($"{app.BaseUrl}/lapor/status?code={trackingCode}");
        var answer = status.Locator("#status-replies [data-reply]");
        await Assertions.Expect(answer).ToHaveCountAsync(1);
        await Assertions.Expect(answer).ToContainTextAsync("Budi Santoso");
        await Assertions.Expect(answer).ToContainTextAsync("Dewi Anggraini");
        await Assertions.Expect(answer).Not.ToContainTextAsync("{{");
    }

    [GeneratedRegex(@"Budi Santoso")]
    private static partial Regex BudiGreeting();
}
