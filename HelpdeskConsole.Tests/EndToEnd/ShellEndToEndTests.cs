using Microsoft.Playwright;

namespace HelpdeskConsole.Tests.EndToEnd;

[Collection(BrowserTests.Name)]
public sealed class ShellEndToEndTests(BrowserFixture browser, LiveAppFixture app) : IClassFixture<LiveAppFixture>, IAsyncLifetime
{
    private IBrowserContext context = default!;

    public async Task InitializeAsync() =>
        context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "id-ID", TimezoneId = "Asia/Jakarta" });

    public async Task DisposeAsync() => await context.DisposeAsync();

    [Fact]
    public async Task Login_DemoOfficer_SeesShellWithNameAndTeam()
    {
        var page = await app.LoginAsync(context, "officer@helpdesk.test");

        await Assertions.Expect(page.Locator("#overview-title")).ToHaveTextAsync("Ringkasan");
        await Assertions.Expect(page.Locator("#shell-user-team")).ToContainTextAsync("Tim Pengupahan & THR");
        await Assertions.Expect(page.Locator("#shell-user-name")).Not.ToBeEmptyAsync();
        await Assertions.Expect(page).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex("Ringkasan"));
        // An officer has no administration menu.
        await Assertions.Expect(page.Locator("#nav-admin-accounts")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task LanguageSwitch_English_RelabelsTheShell()
    {
        var page = await app.LoginAsync(context, "officer.phk@helpdesk.test");

        await page.ClickAsync("#language-menu button");
        await page.ClickAsync("#language-en");
        await page.WaitForURLAsync(app.BaseUrl + "/");
        await LiveAppFixture.WaitForInteractiveAsync(page);

        await Assertions.Expect(page.Locator("#overview-title")).ToHaveTextAsync("Overview");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
    }

    [Fact]
    public async Task Logout_FromTheUserMenu_EndsTheSession()
    {
        var page = await app.LoginAsync(context, "lead@helpdesk.test");

        await page.ClickAsync("#shell-user");
        await page.ClickAsync("#logout");
        await page.WaitForURLAsync("**/account/login?signedOut=true");

        await page.GotoAsync(app.BaseUrl + "/tickets");
        await page.WaitForURLAsync("**/account/login**");
        await Assertions.Expect(page.Locator("#login-submit")).ToBeVisibleAsync();
    }
}
