using System.Net;
using Hangfire;
using HelpdeskConsole.Data.Seeding;
using HelpdeskConsole.Escalation;
using HelpdeskConsole.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HelpdeskConsole.Tests.Escalation;

/// <summary>Hangfire keeps process-wide state: these tests run alone, never beside another app host.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class HangfireJobsGroup
{
    public const string Name = "Hangfire";
}

[Collection(HangfireJobsGroup.Name)]
public sealed class HangfireJobTests
{
    private static HelpdeskAppFactory WithJobs() => new HelpdeskAppFactory().WithSetting("Escalation:RunJobs", "true");

    [Fact]
    public async Task Dashboard_Anonymous_IsSentToTheLoginPage()
    {
        await using var factory = WithJobs();
        using var client = LoginClient.CreateAnonymous(factory);

        var response = await client.GetAsync(EscalationExtensions.DashboardPath);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location?.PathAndQuery, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(DemoStaff.OfficerEmail)]
    [InlineData(DemoStaff.LeadEmail)]
    public async Task Dashboard_OfficerOrLeadOnLocalhost_IsRefused(string email)
    {
        await using var factory = WithJobs();
        var (client, _) = await LoginClient.LoginAsync(factory, email);

        var response = await client.GetAsync(EscalationExtensions.DashboardPath);
        var body = await response.Content.ReadAsStringAsync();

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("Recurring", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(EscalationSweepJob.RecurringJobId, body, StringComparison.Ordinal);
        client.Dispose();
    }

    [Fact]
    public async Task Dashboard_Admin_SeesTheEscalationSweepScheduled()
    {
        await using var factory = WithJobs();
        var (client, _) = await LoginClient.LoginAsync(factory, DemoStaff.AdminEmail);

        var response = await client.GetAsync(EscalationExtensions.DashboardPath + "/recurring");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(EscalationSweepJob.RecurringJobId, body, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(factory.DataDirectory, "jobs.db")), "Hangfire's store lives in the data directory");
        client.Dispose();
    }

    [Fact]
    public async Task SweepJob_RunByHangfire_EscalatesAnOverdueTicket()
    {
        await using var factory = WithJobs().WithSetting("Escalation:QueuePollInterval", "00:00:01");
        _ = factory.Server;
        var now = factory.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        int ticketId;
        await using (var db = factory.CreateDbContext())
        {
            await db.TicketEscalations.ExecuteDeleteAsync();
            await db.Tickets.ExecuteUpdateAsync(s => s.SetProperty(t => t.NextEscalationAt, (DateTime?)null));
            ticketId = await db.Tickets.Where(t => t.DueAt != null).OrderBy(t => t.Id).Select(t => t.Id).FirstAsync();
            await db.Tickets.Where(t => t.Id == ticketId).ExecuteUpdateAsync(s => s
                .SetProperty(t => t.EscalationLevel, EscalationLevel.None)
                .SetProperty(t => t.WarnAt, now.AddHours(-2))
                .SetProperty(t => t.DueAt, now.AddHours(-1))
                .SetProperty(t => t.NextEscalationAt, now.AddHours(-2)));
        }

        // Run the recurring job now instead of waiting for the minute.
        factory.Services.GetRequiredService<IRecurringJobManager>().Trigger(EscalationSweepJob.RecurringJobId);

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        List<EscalationLevel> levels;
        do
        {
            await Task.Delay(100, timeout.Token);
            await using var db = factory.CreateDbContext();
            levels = await db.TicketEscalations.Where(e => e.TicketId == ticketId).Select(e => e.Level).ToListAsync(timeout.Token);
        }
        while (!levels.Contains(EscalationLevel.Breach));

        Assert.Equal([EscalationLevel.Warning, EscalationLevel.Breach], levels.Order());
    }
}
