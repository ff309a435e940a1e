using Microsoft.Playwright;

namespace HelpdeskConsole.Tests.EndToEnd;

/// <summary>An officer and a team lead, each in a browser context of their own (their own cookies), against one live app.</summary>
public abstract class TwoPeopleBrowserTest(BrowserFixture browser) : IAsyncLifetime
{
    protected IBrowserContext Officer { get; private set; } = default!;

    protected IBrowserContext Lead { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        Officer = await browser.Browser.NewContextAsync();
        Lead = await browser.Browser.NewContextAsync();
    }

    public async Task DisposeAsync()
    {
        await Officer.DisposeAsync();
        await Lead.DisposeAsync();
    }
}
