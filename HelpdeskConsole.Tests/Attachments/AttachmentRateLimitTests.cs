using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HelpdeskConsole.Tests.TestSupport;

namespace HelpdeskConsole.Tests.Attachments;

public sealed class AttachmentRateLimitTests
{
    [Fact]
    public async Task ApiUpload_OverTheIntakeLimit_Answers429WithRetryAfter()
    {
        // One complaint and one file use the two permits; the next file waits like the next complaint would.
        await using var factory = new HelpdeskAppFactory()
            .WithSetting("Helpdesk:SeedDemoData", "false")
            .WithSetting("Intake:AnonymousPerMinute", "2");
        var client = factory.CreateClient();
        var created = await (await client.PostAsJsonAsync("/api/complaints", ApiClient.Complaint("UPAH", "Upah dipotong", "anonim")))
            .Content.ReadFromJsonAsync<JsonElement>();
        var code = created.GetProperty("trackingCode").GetString()!;

        var first = await client.PostAsync($"/api/complaints/{code}/attachments", Form());
        var second = await client.PostAsync($"/api/complaints/{code}/attachments", Form());

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.True(second.Headers.RetryAfter?.Delta > TimeSpan.Zero, "429 must say when to retry");
    }

    private static MultipartFormDataContent Form() =>
        new() { { new ByteArrayContent(AttachmentSamples.Png), "file", "foto.png" } };
}
