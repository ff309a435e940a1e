using HelpdeskConsole.Tests.EndToEnd;
using Microsoft.Playwright;

namespace HelpdeskConsole.Tests.Components.Shortcuts;

[Collection(BrowserTests.Name)]
public sealed class ShortcutsEndToEndTests(BrowserFixture browser, LiveAppFixture app) : IClassFixture<LiveAppFixture>, IAsyncLifetime
{
    private IBrowserContext context = default!;

    public async Task InitializeAsync() =>
        context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "id-ID", TimezoneId = "Asia/Jakarta" });

    public async Task DisposeAsync() => await context.DisposeAsync();

    [Fact]
    public async Task Shortcuts_QuestionMarkEscapeThenGQ_HelpOpensClosesAndTheQueueOpens()
    {
        var page = await app.LoginAsync(context, "officer@helpdesk.test");
        await Assertions.Expect(page.Locator("#overview-title")).ToHaveTextAsync("Ringkasan");
        // The listener starts just after the circuit does; a key pressed before it is lost, like a click.
        await page.Locator("html[data-shortcuts='on']").WaitForAsync();

        await page.Keyboard.PressAsync("?");
        var help = page.Locator(".mud-dialog:has(#shortcut-help)");
        await Assertions.Expect(help).ToBeVisibleAsync();
        await Assertions.Expect(help.Locator(".mud-dialog-title")).ToHaveTextAsync("Pintasan papan ketik");
        await Assertions.Expect(help.Locator("tr[data-keys='g q']")).ToContainTextAsync("Ke antrian tiket");

        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(help).ToHaveCountAsync(0);

        await page.Keyboard.PressAsync("g");
        await page.Keyboard.PressAsync("q");
        // In-app navigation (pushState), so poll the address rather than wait for a page load.
        await Assertions.Expect(page).ToHaveURLAsync(app.BaseUrl + "/tickets");
        await Assertions.Expect(page.Locator("#queue-title")).ToHaveTextAsync("Antrian tiket");
    }
}
