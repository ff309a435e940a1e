using HelpdeskConsole.Tests.TestSupport;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace HelpdeskConsole.Tests.EndToEnd;

/// <summary>The real app on Kestrel at a free loopback port, for a real browser to talk to.</summary>
public sealed class LiveAppFixture : IAsyncLifetime
{
    public HelpdeskAppFactory Factory { get; } = new();

    public string BaseUrl { get; private set; } = "";

    public Task InitializeAsync()
    {
        Factory.UseKestrel(0);
        Factory.StartServer();
        var addresses = Factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        BaseUrl = addresses.Addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal)
            .Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();

    /// <summary>Logs in through the real login page and waits until the console's circuit is live.</summary>
    public async Task<IPage> LoginAsync(IBrowserContext context, string email, string password = LoginClient.DemoPassword)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync(BaseUrl + "/");
        await page.WaitForURLAsync("**/account/login**");
        await page.FillAsync("#Input\\.Email", email);
        await page.FillAsync("#Input\\.Password", password);
        await page.ClickAsync("#login-submit");
        await WaitForInteractiveAsync(page);
        return page;
    }

    /// <summary>Clicks sent before the Blazor circuit is attached are lost: wait for the layout's marker.</summary>
    public static Task WaitForInteractiveAsync(IPage page) =>
        page.Locator("#console-shell[data-interactive='true']").WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
}
