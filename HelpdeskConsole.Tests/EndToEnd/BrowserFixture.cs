using Microsoft.Playwright;

namespace HelpdeskConsole.Tests.EndToEnd;

/// <summary>
/// One headless Chromium for the end-to-end tests. It looks for a browser in this order:
/// the HELPDESK_CHROMIUM environment variable, Debian's /usr/bin/chromium (what .ci/run installs),
/// Playwright's own browsers; when none is there it runs Playwright's installer (needs the internet).
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
        "--disable-dev-shm-usage",
    ];

    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        playwright = await Playwright.CreateAsync();
        var executable = FindChromium();
        try
        {
            Browser = await LaunchAsync(executable);
        }
        catch (PlaywrightException) when (executable is null)
        {
            var exitCode = Microsoft.Playwright.Program.Main(["install", "chromium"]);
            if (exitCode != 0)
            {
                throw new InvalidOperationException(
                    "No Chromium found for the end-to-end tests and Playwright could not install one. " +
                    "Install Debian's 'chromium' package, or set HELPDESK_CHROMIUM to a Chromium executable.");
            }

            Browser = await LaunchAsync(null);
        }
    }

    private Task<IBrowser> LaunchAsync(string? executable) =>
        playwright!.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args = ChromiumArgs,
        });

    private static string? FindChromium()
    {
        var configured = Environment.GetEnvironmentVariable("HELPDESK_CHROMIUM");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        return File.Exists("/usr/bin/chromium") ? "/usr/bin/chromium" : null;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserTests : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
