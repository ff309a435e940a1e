using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HelpdeskConsole.Realtime;
using HelpdeskConsole.Tests.TestSupport;
using HelpdeskConsole.Identity;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HelpdeskConsole.Tests.Realtime;

public sealed class TicketHubFixture : IAsyncLifetime
{
    public HelpdeskAppFactory Factory { get; } = new HelpdeskAppFactory().WithSetting("Intake:AnonymousPerMinute", "10000");

    public Task InitializeAsync()
    {
        _ = Factory.Server;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}

public sealed class TicketHubTests(TicketHubFixture fixture) : IClassFixture<TicketHubFixture>
{
    private HelpdeskAppFactory Factory => fixture.Factory;

    /// <summary>A connected hub client that records every payload it receives.</summary>
    private sealed class Listener : IAsyncDisposable
    {
        private readonly ConcurrentQueue<(string Type, TicketEventPayload Payload)> received = new();
        private readonly SemaphoreSlim arrived = new(0);

        public Listener(HubConnection connection)
        {
            Connection = connection;
            foreach (var type in new[] { "TicketCreated", "TicketChanged" })
            {
                connection.On<TicketEventPayload>(type, payload =>
                {
                    received.Enqueue((type, payload));
                    arrived.Release();
                });
            }
        }

        public HubConnection Connection { get; }

        public IReadOnlyCollection<(string Type, TicketEventPayload Payload)> Received => received;

        /// <summary>Waits until an event for the ticket number arrives (the real condition, with a generous ceiling).</summary>
        public async Task<TicketEventPayload> WaitForAsync(string number)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            while (true)
            {
                if (received.FirstOrDefault(r => r.Payload.Number == number) is { Payload: { } found })
                {
                    return found;
                }

                await arrived.WaitAsync(timeout.Token);
            }
        }

        public async ValueTask DisposeAsync() => await Connection.DisposeAsync();
    }

    private async Task<Listener> ListenAsync(string email)
    {
        var token = await ApiClient.TokenAsync(Factory, email);
        var listener = new Listener(ApiClient.Hub(Factory.Server, token));
        await listener.Connection.StartAsync();
        // Answered only once the server has put the connection in its groups: from here nothing is missed.
        Assert.True(await listener.Connection.InvokeAsync<long>("LatestSequence") >= 0);
        return listener;
    }

    private async Task<JsonElement> PostAsync(string categoryCode, string subject, string identityMode = "terbuka")
    {
        var response = await Factory.CreateClient().PostAsJsonAsync("/api/complaints", ApiClient.Complaint(categoryCode, subject, identityMode));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task Hub_TeamComplaint_ReachesTheTeamAndNotOtherTeams()
    {
        await using var wagesOfficer = await ListenAsync("officer@helpdesk.test");
        await using var layoffsOfficer = await ListenAsync("officer.phk@helpdesk.test");
        await using var admin = await ListenAsync("admin@helpdesk.test");

        var thr = await PostAsync("THR", "THR dipotong sepihak");
        var phk = await PostAsync("PHK", "Di-PHK tanpa pesangon");

        var received = await wagesOfficer.WaitForAsync(thr.GetProperty("number").GetString()!);
        Assert.Equal(thr.GetProperty("id").GetInt32(), received.TicketId);
        Assert.Equal("THR", received.CategoryCode);
        Assert.Equal("BARU", received.Status);
        Assert.Equal("P2", received.Priority);
        Assert.True(received.Sequence > 0);
        await layoffsOfficer.WaitForAsync(phk.GetProperty("number").GetString()!);
        await admin.WaitForAsync(thr.GetProperty("number").GetString()!);
        await admin.WaitForAsync(phk.GetProperty("number").GetString()!);

        // Each connection's events arrive in order; by the time the PHK one reached its team, the THR one
        // (posted first, sent first) has been delivered wherever it was going: it never went to the PHK officer.
        Assert.DoesNotContain(layoffsOfficer.Received, r => r.Payload.Number == thr.GetProperty("number").GetString());
        await wagesOfficer.WaitForAsync((await PostAsync("UPAH", "Penanda urutan")).GetProperty("number").GetString()!);
        Assert.DoesNotContain(wagesOfficer.Received, r => r.Payload.Number == phk.GetProperty("number").GetString());
    }

    [Fact]
    public async Task Hub_Payload_CarriesNoPersonalData()
    {
        await using var listener = await ListenAsync("lead@helpdesk.test");
        var posted = await PostAsync("UPAH", "Upah lembur tidak dibayar");
        await listener.WaitForAsync(posted.GetProperty("number").GetString()!);

        var json = JsonSerializer.Serialize(listener.Received.Select(r => r.Payload));
        foreach (var secret in new[] { "Budi", "3171011505900001", "081234567890", "budi.santoso@contoh.id", "Gaji bulan lalu" })
        {
            Assert.DoesNotContain(secret, json, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Hub_ConfidentialComplaint_ReachesLeadButNotOfficers()
    {
        await using var officer = await ListenAsync("officer@helpdesk.test");
        await using var lead = await ListenAsync("lead@helpdesk.test");

        var secret = await PostAsync("UPAH", "Laporan rahasia soal atasan", "rahasia");
        await lead.WaitForAsync(secret.GetProperty("number").GetString()!);
        var marker = await PostAsync("UPAH", "Penanda setelah rahasia");
        await officer.WaitForAsync(marker.GetProperty("number").GetString()!);

        Assert.DoesNotContain(officer.Received, r => r.Payload.Number == secret.GetProperty("number").GetString());
    }

    [Fact]
    public async Task Hub_AccountMovedToAnotherTeam_ConnectionIsClosedAtTheNextCheck()
    {
        await using var strict = new HelpdeskAppFactory();
        var token = await ApiClient.TokenAsync(strict, "officer.phk@helpdesk.test");
        await using var connection = ApiClient.Hub(strict.Server, token);
        var closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        connection.Closed += _ =>
        {
            closed.TrySetResult();
            return Task.CompletedTask;
        };
        await connection.StartAsync();
        await connection.InvokeAsync<long>("LatestSequence");
        var connections = strict.Services.GetRequiredService<TicketHubConnections>();

        // Unchanged account: the check leaves it open.
        await using (var scope = strict.Services.CreateAsyncScope())
        {
            Assert.Equal(0, await connections.RevalidateAsync(scope.ServiceProvider.GetRequiredService<ViewerResolver>(), default));
        }

        await using (var db = strict.CreateDbContext())
        {
            var wagesTeam = await db.Categories.Where(c => c.Code == "UPAH").Select(c => c.TeamId).SingleAsync();
            await db.Users.Where(u => u.Email == "officer.phk@helpdesk.test").ExecuteUpdateAsync(s => s.SetProperty(u => u.TeamId, wagesTeam));
        }

        await using (var scope = strict.Services.CreateAsyncScope())
        {
            Assert.Equal(1, await connections.RevalidateAsync(scope.ServiceProvider.GetRequiredService<ViewerResolver>(), default));
        }

        await closed.Task.WaitAsync(TimeSpan.FromSeconds(20));
        Assert.Equal(HubConnectionState.Disconnected, connection.State);
    }

    [Fact]
    public async Task Hub_Anonymous_IsRefused()
    {
        await using var connection = ApiClient.Hub(Factory.Server, token: null);

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => connection.StartAsync());

        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
    }

    [Fact]
    public async Task Events_AfterSequence_ReturnsExactlyTheMissedOnesInOrder()
    {
        var token = await ApiClient.TokenAsync(Factory, "officer@helpdesk.test");
        var client = ApiClient.WithToken(Factory, token);
        var start = (await client.GetFromJsonAsync<JsonElement>("/api/tickets/events?after=0&limit=1000"));
        var last = await DrainAsync(client, start);

        var missed = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            missed.Add((await PostAsync("THR", $"Terlewat {i}")).GetProperty("number").GetString()!);
        }

        await PostAsync("PHK", "Tim lain, tidak untuk petugas ini");

        var page = await client.GetFromJsonAsync<JsonElement>($"/api/tickets/events?after={last}");
        var events = page.GetProperty("events").EnumerateArray().ToList();
        Assert.Equal(missed, events.Select(e => e.GetProperty("payload").GetProperty("number").GetString()));
        Assert.All(events, e => Assert.Equal("TicketCreated", e.GetProperty("type").GetString()));
        var sequences = events.Select(e => e.GetProperty("payload").GetProperty("sequence").GetInt64()).ToList();
        Assert.Equal(sequences.Order(), sequences);
        Assert.All(sequences, s => Assert.True(s > last));
        Assert.False(page.GetProperty("hasMore").GetBoolean());

        var again = await client.GetFromJsonAsync<JsonElement>($"/api/tickets/events?after={page.GetProperty("last").GetInt64()}");
        Assert.Empty(again.GetProperty("events").EnumerateArray());
    }

    [Fact]
    public async Task Events_Anonymous_Answers401()
    {
        var response = await Factory.CreateClient().GetAsync("/api/tickets/events?after=0");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_WithBearerToken_IsNotThrottledWithAnonymousClients()
    {
        await using var strict = new HelpdeskAppFactory().WithSetting("Intake:AnonymousPerMinute", "2");
        var anonymous = strict.CreateClient();
        for (var i = 0; i < 2; i++)
        {
            await anonymous.PostAsJsonAsync("/api/complaints", ApiClient.Complaint("UPAH", $"Anonim {i}", "anonim"));
        }

        Assert.Equal(HttpStatusCode.TooManyRequests,
            (await anonymous.PostAsJsonAsync("/api/complaints", ApiClient.Complaint("UPAH", "Anonim lagi", "anonim"))).StatusCode);

        var partner = ApiClient.WithToken(strict, await ApiClient.TokenAsync(strict, "officer@helpdesk.test"));
        for (var i = 0; i < 20; i++)
        {
            Assert.Equal(HttpStatusCode.Created,
                (await partner.PostAsJsonAsync("/api/complaints", ApiClient.Complaint("UPAH", $"Mitra {i}"))).StatusCode);
        }
    }

    private static async Task<long> DrainAsync(HttpClient client, JsonElement page)
    {
        while (page.GetProperty("hasMore").GetBoolean())
        {
            page = await client.GetFromJsonAsync<JsonElement>($"/api/tickets/events?after={page.GetProperty("last").GetInt64()}");
        }

        return page.GetProperty("last").GetInt64();
    }
}
