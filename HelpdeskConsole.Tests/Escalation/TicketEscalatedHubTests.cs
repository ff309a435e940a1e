using System.Net.Http.Json;
using System.Text.Json;
using HelpdeskConsole.Data.Seeding;
using HelpdeskConsole.Escalation;
using HelpdeskConsole.Realtime;
using HelpdeskConsole.Tests.TestSupport;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HelpdeskConsole.Tests.Escalation;

/// <summary>The hub's TicketEscalated, on real connections: to the people concerned, in the event log, nobody else.</summary>
public sealed class TicketEscalatedHubTests : IAsyncLifetime
{
    private readonly HelpdeskAppFactory factory = new HelpdeskAppFactory().WithSetting("Intake:AnonymousPerMinute", "10000");

    public Task InitializeAsync()
    {
        _ = factory.Server;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await factory.DisposeAsync();

    [Fact]
    public async Task Hub_TicketEscalates_AssigneeGetsTicketEscalatedAndAnotherTeamNothing()
    {
        var sweep = factory.Services.GetRequiredService<EscalationSweep>();
        await sweep.RunAsync(); // whatever the demo data has due goes first

        var officerToken = await ApiClient.TokenAsync(factory, DemoStaff.OfficerEmail);
        var otherToken = await ApiClient.TokenAsync(factory, DemoStaff.PhkOfficerEmail);
        await using var officer = ApiClient.Hub(factory.Server, officerToken);
        var escalated = new TaskCompletionSource<TicketEscalatedPayload>(TaskCreationOptions.RunContinuationsAsynchronously);
        officer.On<TicketEscalatedPayload>("TicketEscalated", payload => escalated.TrySetResult(payload));
        await officer.StartAsync();
        var after = await officer.InvokeAsync<long>("LatestSequence");

        using var api = factory.CreateClient();
        var created = await (await api.PostAsJsonAsync("/api/complaints", ApiClient.Complaint("UPAH", "Upah lembur tidak dibayar (uji eskalasi)")))
            .Content.ReadFromJsonAsync<JsonElement>();
        var ticketId = created.GetProperty("id").GetInt32();
        var now = factory.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        string officerId;
        await using (var db = factory.CreateDbContext())
        {
            officerId = await db.Users.Where(u => u.Email == DemoStaff.OfficerEmail).Select(u => u.Id).SingleAsync();
            await db.Tickets.Where(t => t.Id == ticketId).ExecuteUpdateAsync(s => s
                .SetProperty(t => t.AssigneeId, officerId)
                .SetProperty(t => t.WarnAt, now.AddMinutes(-5))
                .SetProperty(t => t.DueAt, now.AddHours(1))
                .SetProperty(t => t.NextEscalationAt, now.AddMinutes(-5)));
        }

        Assert.Equal(1, (await sweep.RunAsync()).Warnings);

        var payload = await escalated.Task.WaitAsync(TimeSpan.FromSeconds(20));
        Assert.Equal((ticketId, created.GetProperty("number").GetString(), "Warning", officerId),
            (payload.TicketId, payload.Number, payload.Level, payload.AssigneeId));
        Assert.Equal(now.AddHours(1), payload.DueAt!.Value, TimeSpan.FromSeconds(1));
        Assert.True(payload.Sequence > after);

        // The same event is in the log for the officer's catch-up, and not in another team's.
        using var mine = ApiClient.WithToken(factory, officerToken);
        var page = await mine.GetFromJsonAsync<JsonElement>($"/api/tickets/events?after={after}");
        var logged = page.GetProperty("events").EnumerateArray().Single(e => e.GetProperty("type").GetString() == "TicketEscalated");
        Assert.Equal("Warning", logged.GetProperty("payload").GetProperty("level").GetString());
        using var theirs = ApiClient.WithToken(factory, otherToken);
        var other = await theirs.GetFromJsonAsync<JsonElement>($"/api/tickets/events?after={after}");
        Assert.DoesNotContain(other.GetProperty("events").EnumerateArray(), e => e.GetProperty("payload").GetProperty("ticketId").GetInt32() == ticketId);
    }
}
