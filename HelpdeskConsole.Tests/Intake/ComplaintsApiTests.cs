using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HelpdeskConsole.Tests.TestSupport;
using HelpdeskConsole.Tickets;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskConsole.Tests.Intake;

public sealed class ComplaintsApiFixture : IAsyncLifetime
{
    public HelpdeskAppFactory Factory { get; } = new HelpdeskAppFactory()
        .WithSetting("Helpdesk:SeedDemoData", "false")
        .WithSetting("Intake:AnonymousPerMinute", "10000");

    public Task InitializeAsync()
    {
        _ = Factory.Server;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}

public sealed class ComplaintsApiTests(ComplaintsApiFixture fixture) : IClassFixture<ComplaintsApiFixture>
{
    private HelpdeskAppFactory Factory => fixture.Factory;

    [Fact]
    public async Task Post_ValidComplaint_Answers201AfterStoringIt()
    {
        var client = Factory.CreateClient();

        var response = await client.PostAsJsonAsync("/api/complaints", ApiClient.Complaint("thr", "THR belum dibayar"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var trackingCode = body.GetProperty("trackingCode").GetString()!;
        Assert.Equal($"/api/complaints/{trackingCode}", response.Headers.Location!.OriginalString);
        Assert.Matches("^ADU-\\d{4}-\\d{6}$", body.GetProperty("number").GetString());
        Assert.Equal("BARU", body.GetProperty("status").GetString());
        Assert.Matches("^[23456789ABCDEFGHJKMNPQRSTVWXYZ]{10}$", trackingCode);

        await using var db = Factory.CreateDbContext();
        var ticket = await db.Tickets.Include(t => t.Complainant).Include(t => t.Messages).Include(t => t.Category)
            .SingleAsync(t => t.TrackingCode == trackingCode);
        Assert.Equal("THR", ticket.Category!.Code);
        Assert.Equal(ticket.Category.TeamId, ticket.TeamId);
        Assert.Equal(TicketChannel.Web, ticket.Channel);
        Assert.Equal(TicketPriority.P2, ticket.Priority);
        Assert.Equal("3171011505900001", ticket.Complainant!.Nik);
        Assert.Single(ticket.Messages);
        Assert.True(await db.TicketEvents.AnyAsync(e => e.TicketId == ticket.Id));
    }

    [Fact]
    public async Task Post_AnyCaseWireValues_AreAccepted()
    {
        var client = Factory.CreateClient();

        var response = await client.PostAsJsonAsync("/api/complaints", new
        {
            kind = "KONSULTASI", categoryCode = "Jamsos", channel = "Media_Sosial", subject = "JHT cair berapa lama?",
            body = "Mau tanya pencairan JHT berapa lama prosesnya", identityMode = "ANONIM",
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    public static TheoryData<string, string> InvalidComplaints() => new()
    {
        { """{"kind":"pengaduan","categoryCode":"NOPE","subject":"s","body":"b","identityMode":"anonim"}""", "categoryCode" },
        { """{"kind":"pengaduan","categoryCode":"UPAH","subject":"  ","body":"b","identityMode":"anonim"}""", "subject" },
        { """{"kind":"pengaduan","categoryCode":"UPAH","subject":"s","body":"b","identityMode":"anonim","nik":"12345"}""", "nik" },
        { """{"kind":"pengaduan","categoryCode":"UPAH","subject":"s","body":"b","identityMode":"anonim","email":"budi@"}""", "email" },
        { """{"kind":"gossip","categoryCode":"UPAH","subject":"s","body":"b","identityMode":"anonim"}""", "kind" },
        { """{"kind":"pengaduan","categoryCode":"UPAH","subject":"s","body":"b","identityMode":"secret"}""", "identityMode" },
        { """{"kind":"pengaduan","categoryCode":"UPAH","subject":"s","body":"b","identityMode":"anonim","channel":"pigeon"}""", "channel" },
        { """{"kind":"pengaduan","categoryCode":"UPAH","subject":"s","body":"b"}""", "name" },
        { """{"categoryCode":"UPAH","subject":"s","body":"b","identityMode":"anonim"}""", "kind" },
    };

    [Theory]
    [MemberData(nameof(InvalidComplaints))]
    public async Task Post_Invalid_Answers400NamingTheFieldAndStoresNothing(string json, string field)
    {
        var client = Factory.CreateClient();
        var before = await CountTicketsAsync();

        var response = await client.PostAsync("/api/complaints", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var messages = problem.GetProperty("errors").GetProperty(field);
        Assert.NotEqual(0, messages.GetArrayLength());
        Assert.False(string.IsNullOrWhiteSpace(messages[0].GetString()));
        Assert.Equal(before, await CountTicketsAsync());
    }

    [Fact]
    public async Task Post_BodyOver10000Characters_Answers400()
    {
        var client = Factory.CreateClient();
        var before = await CountTicketsAsync();

        var response = await client.PostAsJsonAsync("/api/complaints", new
        {
            kind = "pengaduan", categoryCode = "UPAH", subject = "Panjang", body = new string('a', 10_001), identityMode = "anonim",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("10000", problem.GetProperty("errors").GetProperty("body")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await CountTicketsAsync());
    }

    [Fact]
    public async Task Post_MalformedJson_Answers400AndStoresNothing()
    {
        var client = Factory.CreateClient();
        var before = await CountTicketsAsync();

        var response = await client.PostAsync("/api/complaints", new StringContent("{\"kind\": ", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await CountTicketsAsync());
    }

    [Fact]
    public async Task GetStatus_KnownCode_ShowsStatusAndNothingPersonal()
    {
        var client = Factory.CreateClient();
        var created = await (await client.PostAsJsonAsync("/api/complaints", ApiClient.Complaint("UPAH", "Upah di bawah UMK")))
            .Content.ReadFromJsonAsync<JsonElement>();
        var code = created.GetProperty("trackingCode").GetString()!;

        // Citizens may type it lower case and with the dash they were read over the phone.
        var response = await client.GetAsync($"/api/complaints/{code[..5].ToLowerInvariant()}-{code[5..]}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var raw = await response.Content.ReadAsStringAsync();
        var status = JsonDocument.Parse(raw).RootElement;
        Assert.Equal(["trackingCode", "status", "categoryCode", "createdAt", "updatedAt"], status.EnumerateObject().Select(p => p.Name));
        Assert.Equal("BARU", status.GetProperty("status").GetString());
        foreach (var secret in new[] { "Budi", "3171011505900001", "081234567890", "budi.santoso@contoh.id", "Gaji bulan lalu" })
        {
            Assert.DoesNotContain(secret, raw, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task GetStatus_UnknownCode_Answers404()
    {
        var client = Factory.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/complaints/ZZZZZZZZZZ")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/complaints/not-a-code")).StatusCode);
    }

    [Fact]
    public async Task OpenApi_DescribesTheComplaintEndpoints()
    {
        var client = Factory.CreateClient();

        var document = await client.GetStringAsync("/openapi/v1.json");

        Assert.Contains("/api/complaints", document, StringComparison.Ordinal);
        Assert.Contains("/api/complaints/{trackingCode}", document, StringComparison.Ordinal);
        Assert.Contains("/api/tickets/events", document, StringComparison.Ordinal);
    }

    private async Task<int> CountTicketsAsync()
    {
        await using var db = Factory.CreateDbContext();
        return await db.Tickets.CountAsync();
    }
}
