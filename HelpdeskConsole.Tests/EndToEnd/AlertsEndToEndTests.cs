using System.Net.Http.Json;
using System.Text.Json;
using HelpdeskConsole.Data;
using HelpdeskConsole.Escalation;
using HelpdeskConsole.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace HelpdeskConsole.Tests.EndToEnd;

[Collection(BrowserTests.Name)]
public sealed class AlertsEndToEndTests(BrowserFixture browser, LiveAppFixture app) : IClassFixture<LiveAppFixture>, IAsyncLifetime
{
    private IBrowserContext officer = default!;

    public async Task InitializeAsync() => officer = await browser.Browser.NewContextAsync();

    public async Task DisposeAsync() => await officer.DisposeAsync();

    private static async Task<int> BellCountAsync(IPage page) =>
        int.Parse((await page.Locator("#alert-bell").GetAttributeAsync("data-count"))!, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task Bell_EscalationSwept_CountAndSnackbarAppearLiveAndStayUntilAcknowledged()
    {
        var services = app.Factory.Services;
        var sweep = services.GetRequiredService<EscalationSweep>();
        var db = services.GetRequiredService<IDbContextFactory<HelpdeskDbContext>>();
        // Whatever the demo data has already due is swept first, so the next sweep escalates only the ticket below.
        await sweep.RunAsync();

        using var client = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        var response = await client.PostAsJsonAsync("/api/complaints", ApiClient.Complaint("UPAH", "Upah lembur tidak dibayar (uji peringatan)", "anonim"));
        response.EnsureSuccessStatusCode();
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        var ticketId = created.GetProperty("id").GetInt32();
        var number = created.GetProperty("number").GetString()!;

        var page = await app.LoginAsync(officer, "officer@helpdesk.test");
        await page.Locator("#alert-bell").WaitForAsync();
        var before = await BellCountAsync(page);

        // The officer has the ticket, and three quarters of its time are used: the warning is due now.
        var now = DateTime.UtcNow;
        await using (var context = await db.CreateDbContextAsync())
        {
            var officerId = await context.Users.Where(u => u.Email == "officer@helpdesk.test").Select(u => u.Id).SingleAsync();
            await context.Tickets.Where(t => t.Id == ticketId).ExecuteUpdateAsync(s => s
                .SetProperty(t => t.AssigneeId, officerId)
                .SetProperty(t => t.WarnAt, now.AddMinutes(-1))
                .SetProperty(t => t.DueAt, now.AddHours(2))
                .SetProperty(t => t.NextEscalationAt, now.AddMinutes(-1)));
        }

        var result = await sweep.RunAsync();
        Assert.Equal(1, result.Warnings);

        var bell = page.Locator("#alert-bell");
        await Assertions.Expect(bell).ToHaveAttributeAsync("data-count", (before + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
            new() { Timeout = 15_000 });
        var snackbar = page.Locator(".mud-snackbar", new() { HasTextString = number });
        await Assertions.Expect(snackbar).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await Assertions.Expect(snackbar).ToContainTextAsync("Peringatan");

        // Pushes are hints: after a reload the bell reads the same from the database.
        await page.ReloadAsync();
        await LiveAppFixture.WaitForInteractiveAsync(page);
        await Assertions.Expect(bell).ToHaveAttributeAsync("data-count", (before + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));

        await bell.ClickAsync();
        var item = page.Locator($"#alert-panel li[data-ticket-id='{ticketId}'][data-acknowledged='false']");
        await Assertions.Expect(item).ToBeVisibleAsync();
        await Assertions.Expect(item).ToContainTextAsync(number);
        await item.Locator(".hc-alert-ack").ClickAsync();

        await Assertions.Expect(item).ToHaveCountAsync(0);
        await Assertions.Expect(bell).ToHaveAttributeAsync("data-count", before.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.ReloadAsync();
        await LiveAppFixture.WaitForInteractiveAsync(page);
        await Assertions.Expect(bell).ToHaveAttributeAsync("data-count", before.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
