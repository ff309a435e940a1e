using System.Net;
using System.Text;
using System.Text.Json;
using HelpdeskConsole.Tests.TestSupport;

namespace HelpdeskConsole.Tests.CannedResponses;

/// <summary><c>GET /responses/export</c> on the real app with the demo library: a download of what the signed-in person may read.</summary>
public sealed class ResponseExportEndpointTests(HelpdeskAppFactoryFixture fixture) : IClassFixture<HelpdeskAppFactoryFixture>
{
    [Fact]
    public async Task Export_Anonymous_GetsNoFile()
    {
        var client = LoginClient.CreateAnonymous(fixture.Factory);

        var response = await client.GetAsync("/responses/export?format=json");

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("salam-umum", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_CsvForOfficer_IsADownloadWithHeaderAndTheirTeamsTexts()
    {
        var (client, _) = await LoginClient.LoginAsync(fixture.Factory, "officer@helpdesk.test");

        var response = await client.GetAsync("/responses/export?format=csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.EndsWith(".csv", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"'),
            StringComparison.Ordinal);
        var text = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');
        Assert.StartsWith("shortcut,language,title,category,purpose,tags,translation,body", text, StringComparison.Ordinal);
        Assert.Contains("salam-umum,id,", text, StringComparison.Ordinal);
        // The wages team's own text and the officer's own proposal are theirs to export.
        Assert.Contains("solusi-upah-lembur", text, StringComparison.Ordinal);
        Assert.Contains("salam-whatsapp", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_JsonForAnotherTeamsOfficer_LeavesOutTheWagesTeamsAndPersonalTexts()
    {
        var (client, _) = await LoginClient.LoginAsync(fixture.Factory, "officer.phk@helpdesk.test");

        var json = JsonDocument.Parse(await client.GetStringAsync("/responses/export?format=json&language=en"));

        Assert.Equal("helpdesk-canned-responses", json.RootElement.GetProperty("format").GetString());
        var responses = json.RootElement.GetProperty("responses").EnumerateArray().ToList();
        Assert.NotEmpty(responses);
        Assert.All(responses, r => Assert.Equal("en", r.GetProperty("language").GetString()));
        var shortcuts = responses.Select(r => r.GetProperty("shortcut").GetString()).ToList();
        Assert.Contains("salam-umum", shortcuts);
        Assert.DoesNotContain("solusi-upah-lembur", shortcuts);
        Assert.DoesNotContain("salam-whatsapp", shortcuts);
        // Pairs travel as pairs: the English greeting names its Indonesian twin.
        Assert.Equal("salam-umum", responses.First(r => r.GetProperty("shortcut").GetString() == "salam-umum").GetProperty("translation").GetString());
    }
}
