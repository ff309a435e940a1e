using HelpdeskConsole.Tests.TestSupport;

namespace HelpdeskConsole.Tests.Identity;

public sealed class PersonalDataLoggingTests
{
    [Fact]
    public async Task Logs_LoginsAndDemoData_NeverContainEmailsPhonesOrNik()
    {
        await using var factory = new HelpdeskAppFactory();
        var (client, _) = await LoginClient.LoginAsync(factory, "officer@helpdesk.test");
        await client.GetStringAsync("/");
        await LoginClient.LoginAsync(factory, "officer@helpdesk.test", "wrong-password");
        await LoginClient.LoginAsync(factory, "nobody@helpdesk.test", "wrong-password");

        await using var db = factory.CreateDbContext();
        var personal = db.Complainants.Select(c => new[] { c.Nik, c.Phone, c.Email }).ToList()
            .SelectMany(v => v).Where(v => !string.IsNullOrEmpty(v)).Take(200).ToList();
        personal.AddRange(["officer@helpdesk.test", "nobody@helpdesk.test"]);

        Assert.NotEmpty(factory.Logs.Lines);
        var leaks = factory.Logs.Lines.Where(line => personal.Any(p => line.Contains(p!, StringComparison.OrdinalIgnoreCase))).ToList();
        Assert.Empty(leaks);
    }
}
