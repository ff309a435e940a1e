using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using HelpdeskConsole.Realtime;
using HelpdeskConsole.Tests.TestSupport;
using HelpdeskConsole.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HelpdeskConsole.Tests.Attachments;

public sealed class AttachmentEndpointsFixture : IAsyncLifetime
{
    public const int MaxBytes = 128 * 1024;

    public HelpdeskAppFactory Factory { get; } = new HelpdeskAppFactory()
        .WithSetting("Intake:AnonymousPerMinute", "10000")
        .WithSetting("Attachments:MaxBytes", MaxBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public Task InitializeAsync()
    {
        _ = Factory.Server;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}

public sealed partial class AttachmentEndpointsTests(AttachmentEndpointsFixture fixture) : IClassFixture<AttachmentEndpointsFixture>
{
    private const string UpahOfficer = "officer@helpdesk.test";
    private const string PhkOfficer = "officer.phk@helpdesk.test";

    private HelpdeskAppFactory Factory => fixture.Factory;

    private string AttachmentsDirectory => Path.Combine(Factory.DataDirectory, "attachments");

    private string[] FilesOnDisk() =>
        Directory.Exists(AttachmentsDirectory) ? Directory.GetFiles(AttachmentsDirectory, "*", SearchOption.AllDirectories) : [];

    private async Task<(int Id, string TrackingCode)> FileComplaintAsync(string categoryCode = "UPAH")
    {
        var response = await Factory.CreateClient().PostAsJsonAsync("/api/complaints", ApiClient.Complaint(categoryCode, "Upah dipotong"));
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (body.GetProperty("id").GetInt32(), body.GetProperty("trackingCode").GetString()!);
    }

    private static MultipartFormDataContent FileForm(byte[] content, string fileName, string declaredType = "image/png", string field = "file")
    {
        var part = new ByteArrayContent(content);
        part.Headers.ContentType = new MediaTypeHeaderValue(declaredType);
        return new MultipartFormDataContent { { part, field, fileName } };
    }

    private Task<HttpResponseMessage> UploadAsync(string trackingCode, byte[] content, string fileName, string declaredType = "image/png") =>
        Factory.CreateClient().PostAsync($"/api/complaints/{trackingCode}/attachments", FileForm(content, fileName, declaredType));

    private async Task<long> UploadedIdAsync(string trackingCode, byte[] content, string fileName)
    {
        var response = await UploadAsync(trackingCode, content, fileName);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
    }

    [Fact]
    public async Task ApiUpload_Png_Answers201StoresTheFileAndWritesHistoryAndEvent()
    {
        var (ticketId, code) = await FileComplaintAsync();
        var published = new TaskCompletionSource<TicketEventMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscription = Factory.Services.GetRequiredService<ITicketEventBus>().Subscribe(batch =>
        {
            if (batch.FirstOrDefault(m => m.Payload.TicketId == ticketId && m.Type == TicketEventType.TicketChanged) is { } changed)
            {
                published.TrySetResult(changed);
            }

            return Task.CompletedTask;
        });

        var response = await UploadAsync(code, AttachmentSamples.Png, "foto lokasi.png");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var raw = await response.Content.ReadAsStringAsync();
        var body = JsonDocument.Parse(raw).RootElement;
        Assert.Equal(["id", "fileName", "contentType", "size", "createdAt"], body.EnumerateObject().Select(p => p.Name));
        Assert.Equal("foto lokasi.png", body.GetProperty("fileName").GetString());
        Assert.Equal("image/png", body.GetProperty("contentType").GetString());
        Assert.Equal(AttachmentSamples.Png.Length, body.GetProperty("size").GetInt64());

        await using var db = Factory.CreateDbContext();
        var row = await db.TicketAttachments.SingleAsync(a => a.Id == body.GetProperty("id").GetInt64());
        var path = Path.Combine(AttachmentsDirectory, row.StorageKey[..2], row.StorageKey);
        Assert.Equal(AttachmentSamples.Png, await File.ReadAllBytesAsync(path));
        Assert.DoesNotContain("foto", path, StringComparison.Ordinal);
        Assert.True(await db.TicketHistory.AnyAsync(h => h.TicketId == ticketId && h.Action == TicketHistoryAction.AttachmentAdded
            && h.Note == "foto lokasi.png" && h.ActorId == null));
        var logged = await db.TicketEvents.SingleAsync(e => e.TicketId == ticketId && e.Type == TicketEventType.TicketChanged);
        Assert.Equal(logged.Sequence, (await published.Task.WaitAsync(TimeSpan.FromSeconds(10))).Sequence);
    }

    public static TheoryData<string, byte[], string, string> RefusedUploads() => new()
    {
        { "svg", AttachmentSamples.Svg, "gambar.svg", "type" },
        { "html", AttachmentSamples.Html, "halaman.html", "type" },
        { "html named png", AttachmentSamples.Html, "foto.png", "type" },
        { "exe", AttachmentSamples.Exe, "slip.pdf", "type" },
        { "empty", [], "kosong.png", "empty" },
        { "one byte over", AttachmentSamples.PdfOfSize(AttachmentEndpointsFixture.MaxBytes + 1), "besar.pdf", "too-large" },
        { "far over (beyond the form limit)", AttachmentSamples.PdfOfSize(1024 * 1024), "besar.pdf", "too-large" },
    };

    [Theory]
    [MemberData(nameof(RefusedUploads))]
    public async Task ApiUpload_Refused_Answers400NamingFileAndStoresNothing(string kind, byte[] content, string fileName, string code)
    {
        var (ticketId, trackingCode) = await FileComplaintAsync();
        var filesBefore = FilesOnDisk().Length;

        var response = await UploadAsync(trackingCode, content, fileName);

        Assert.True(HttpStatusCode.BadRequest == response.StatusCode, $"{kind}: {response.StatusCode}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(code, problem.GetProperty("code").GetString());
        var message = problem.GetProperty("errors").GetProperty("file")[0].GetString();
        Assert.Contains("PNG, JPEG, WEBP, GIF", message, StringComparison.Ordinal);
        Assert.Contains("128 KB", message, StringComparison.Ordinal);
        Assert.Equal(filesBefore, FilesOnDisk().Length);
        await using var db = Factory.CreateDbContext();
        Assert.False(await db.TicketAttachments.AnyAsync(a => a.TicketId == ticketId));
        Assert.False(await db.TicketHistory.AnyAsync(h => h.TicketId == ticketId && h.Action == TicketHistoryAction.AttachmentAdded));
    }

    [Fact]
    public async Task ApiUpload_NoFileField_Answers400NamingFile()
    {
        var (_, code) = await FileComplaintAsync();

        var wrongField = await Factory.CreateClient().PostAsync($"/api/complaints/{code}/attachments",
            FileForm(AttachmentSamples.Png, "foto.png", field: "photo"));
        var notMultipart = await Factory.CreateClient().PostAsJsonAsync($"/api/complaints/{code}/attachments", new { file = "foto.png" });

        foreach (var response in new[] { wrongField, notMultipart })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("missing", problem.GetProperty("code").GetString());
            Assert.True(problem.GetProperty("errors").TryGetProperty("file", out _));
        }
    }

    [Theory]
    [InlineData("ZZZZZZZZZZ")]
    [InlineData("not-a-code")]
    public async Task ApiUpload_UnknownTrackingCode_Answers404AndStoresNothing(string code)
    {
        var filesBefore = FilesOnDisk().Length;

        var response = await UploadAsync(code, AttachmentSamples.Png, "foto.png");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(filesBefore, FilesOnDisk().Length);
    }

    [Fact]
    public async Task ApiUpload_ClosedTicket_Answers409SayingWhy()
    {
        var (ticketId, code) = await FileComplaintAsync();
        await using (var db = Factory.CreateDbContext())
        {
            await db.Tickets.Where(t => t.Id == ticketId).ExecuteUpdateAsync(s => s.SetProperty(t => t.Status, TicketStatus.Selesai));
        }

        var response = await UploadAsync(code, AttachmentSamples.Png, "foto.png");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("Selesai", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Download_OfficerOfTheOwningTeam_GetsTheFileAsAnAttachmentWithSafeHeaders()
    {
        var (_, code) = await FileComplaintAsync();
        var id = await UploadedIdAsync(code, AttachmentSamples.Pdf, "kontrak kerja.pdf");
        var (officer, _) = await LoginClient.LoginAsync(Factory, UpahOfficer);

        var response = await officer.GetAsync($"/attachments/{id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(AttachmentSamples.Pdf, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("kontrak kerja.pdf", response.Content.Headers.ContentDisposition.FileNameStar);
        AssertSafeHeaders(response);
    }

    [Fact]
    public async Task Download_NameSaysHtml_IsServedAsTheSniffedTypeWithItsExtension()
    {
        // What the sender calls a file never becomes the served type or the saved file's extension.
        var (_, code) = await FileComplaintAsync();
        var id = await UploadedIdAsync(code, AttachmentSamples.Gif, "halaman.html");
        var (officer, _) = await LoginClient.LoginAsync(Factory, UpahOfficer);

        var response = await officer.GetAsync($"/attachments/{id}");

        Assert.Equal("image/gif", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("halaman.html.gif", response.Content.Headers.ContentDisposition!.FileNameStar);
    }

    [Fact]
    public async Task Download_BearerToken_OwningTeamGetsIt_OtherTeamGets404()
    {
        var (_, code) = await FileComplaintAsync();
        var id = await UploadedIdAsync(code, AttachmentSamples.Png, "foto.png");
        var owner = ApiClient.WithToken(Factory, await ApiClient.TokenAsync(Factory, UpahOfficer));
        var other = ApiClient.WithToken(Factory, await ApiClient.TokenAsync(Factory, PhkOfficer));

        var ok = await owner.GetAsync($"/attachments/{id}");
        var refused = await other.GetAsync($"/attachments/{id}");

        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Null(refused.Content.Headers.ContentDisposition);
    }

    [Fact]
    public async Task Download_OfficerOfAnotherTeam_Gets404AndNoBytes()
    {
        var (_, code) = await FileComplaintAsync();
        var id = await UploadedIdAsync(code, AttachmentSamples.Pdf, "kontrak.pdf");
        var (other, _) = await LoginClient.LoginAsync(Factory, PhkOfficer);

        var existing = await other.GetAsync($"/attachments/{id}");
        var missing = await other.GetAsync($"/attachments/{id + 100_000}");

        foreach (var response in new[] { existing, missing })
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Null(response.Content.Headers.ContentDisposition);
            Assert.DoesNotContain("%PDF", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Download_Anonymous_IsSentToLoginWithoutBytes()
    {
        var (_, code) = await FileComplaintAsync();
        var id = await UploadedIdAsync(code, AttachmentSamples.Pdf, "kontrak.pdf");
        var anonymous = LoginClient.CreateAnonymous(Factory);

        foreach (var path in new[] { $"/attachments/{id}", $"/attachments/{id}/preview" })
        {
            var response = await anonymous.GetAsync(path);

            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
            Assert.DoesNotContain("%PDF", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Preview_Image_IsInlineWithSafeHeaders()
    {
        var (_, code) = await FileComplaintAsync();
        var id = await UploadedIdAsync(code, AttachmentSamples.Png, "foto.png");
        var (officer, _) = await LoginClient.LoginAsync(Factory, UpahOfficer);

        var response = await officer.GetAsync($"/attachments/{id}/preview");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("inline", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal(AttachmentSamples.Png, await response.Content.ReadAsByteArrayAsync());
        AssertSafeHeaders(response);
    }

    [Fact]
    public async Task Preview_Pdf_IsRefused()
    {
        var (_, code) = await FileComplaintAsync();
        var id = await UploadedIdAsync(code, AttachmentSamples.Pdf, "kontrak.pdf");
        var (officer, _) = await LoginClient.LoginAsync(Factory, UpahOfficer);

        var response = await officer.GetAsync($"/attachments/{id}/preview");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(response.Content.Headers.ContentDisposition);
        Assert.DoesNotContain("%PDF", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublicForm_Upload_RedirectsBackAndTheStatusPageShowsOnlyACount()
    {
        var (ticketId, code) = await FileComplaintAsync();
        var citizen = LoginClient.CreateAnonymous(Factory);
        var page = await citizen.GetStringAsync($"/lapor/status?code={code}");
        Assert.Contains($"action=\"/lapor/attachments?code={code}\"", page, StringComparison.Ordinal);
        Assert.Contains("enctype=\"multipart/form-data\"", page, StringComparison.Ordinal);
        Assert.Contains("id=\"evidence-count\">Belum ada berkas bukti dari Anda.", page, StringComparison.Ordinal);

        var response = await PostPublicFormAsync(citizen, code, page, AttachmentSamples.Pdf, "bukti-transfer-Budi.pdf");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/lapor/status?code={code}&uploaded=1#evidence", response.Headers.Location!.OriginalString);
        var after = await citizen.GetStringAsync(response.Headers.Location.OriginalString);
        Assert.Contains("id=\"evidence-uploaded\"", after, StringComparison.Ordinal);
        Assert.Contains("1 berkas bukti terlampir", after, StringComparison.Ordinal);
        Assert.DoesNotContain("bukti-transfer", after, StringComparison.Ordinal);
        await using var db = Factory.CreateDbContext();
        Assert.Equal("bukti-transfer-Budi.pdf", (await db.TicketAttachments.SingleAsync(a => a.TicketId == ticketId)).FileName);
    }

    [Fact]
    public async Task PublicForm_WrongType_RedirectsWithTheReasonShownInTheChosenLanguage()
    {
        var (ticketId, code) = await FileComplaintAsync();
        var citizen = LoginClient.CreateAnonymous(Factory);
        var page = await citizen.GetStringAsync($"/lapor/status?code={code}");

        var response = await PostPublicFormAsync(citizen, code, page, AttachmentSamples.Svg, "foto.png");

        Assert.Equal($"/lapor/status?code={code}&error=type#evidence", response.Headers.Location!.OriginalString);
        var indonesian = await citizen.GetStringAsync(response.Headers.Location.OriginalString);
        var english = await citizen.GetStringAsync(response.Headers.Location.OriginalString.Replace("#evidence", "&culture=en-GB", StringComparison.Ordinal));
        Assert.Matches("id=\"evidence-error\">Jenis berkas ini tidak diterima", indonesian);
        Assert.Matches("id=\"evidence-error\">This kind of file is not accepted", english);
        await using var db = Factory.CreateDbContext();
        Assert.False(await db.TicketAttachments.AnyAsync(a => a.TicketId == ticketId));
    }

    [Fact]
    public async Task PublicForm_BodyFarOverTheLimit_RedirectsWithTooLargeAndStoresNothing()
    {
        var (ticketId, code) = await FileComplaintAsync();
        var citizen = LoginClient.CreateAnonymous(Factory);
        var page = await citizen.GetStringAsync($"/lapor/status?code={code}");

        var response = await PostPublicFormAsync(citizen, code, page, AttachmentSamples.PdfOfSize(1024 * 1024), "pindaian.pdf");

        Assert.Equal($"/lapor/status?code={code}&error=too-large#evidence", response.Headers.Location!.OriginalString);
        var shown = await citizen.GetStringAsync(response.Headers.Location.OriginalString);
        Assert.Contains("batasnya 128 KB per berkas", shown, StringComparison.Ordinal);
        await using var db = Factory.CreateDbContext();
        Assert.False(await db.TicketAttachments.AnyAsync(a => a.TicketId == ticketId));
    }

    [Fact]
    public async Task PublicForm_WithoutAntiforgeryToken_StoresNothing()
    {
        var (ticketId, code) = await FileComplaintAsync();
        var citizen = LoginClient.CreateAnonymous(Factory);

        var response = await citizen.PostAsync($"/lapor/attachments?code={code}", FileForm(AttachmentSamples.Pdf, "slip.pdf"));

        Assert.Equal($"/lapor/status?code={code}&error=expired#evidence", response.Headers.Location!.OriginalString);
        await using var db = Factory.CreateDbContext();
        Assert.False(await db.TicketAttachments.AnyAsync(a => a.TicketId == ticketId));
    }

    [Fact]
    public async Task StatusPage_ClosedTicket_ExplainsInsteadOfOfferingTheForm()
    {
        var (ticketId, code) = await FileComplaintAsync();
        await using (var db = Factory.CreateDbContext())
        {
            await db.Tickets.Where(t => t.Id == ticketId).ExecuteUpdateAsync(s => s.SetProperty(t => t.Status, TicketStatus.Diarsipkan));
        }

        var page = await LoginClient.CreateAnonymous(Factory).GetStringAsync($"/lapor/status?code={code}");

        Assert.Contains("id=\"evidence-closed\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"evidence-form\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApi_DescribesTheUploadAsMultipartWithAFileField()
    {
        var document = await Factory.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var post = document.GetProperty("paths").GetProperty("/api/complaints/{trackingCode}/attachments").GetProperty("post");
        Assert.False(string.IsNullOrWhiteSpace(post.GetProperty("summary").GetString()));
        var schema = post.GetProperty("requestBody").GetProperty("content").GetProperty("multipart/form-data").GetProperty("schema");
        Assert.Equal("binary", schema.GetProperty("properties").GetProperty("file").GetProperty("format").GetString());
        Assert.Equal(["file"], schema.GetProperty("required").EnumerateArray().Select(e => e.GetString()));
    }

    private static async Task<HttpResponseMessage> PostPublicFormAsync(HttpClient citizen, string code, string page, byte[] content, string fileName)
    {
        var token = AntiforgeryToken().Match(page);
        Assert.True(token.Success, "The status page's evidence form has no antiforgery token.");
        var form = FileForm(content, fileName, "application/pdf");
        form.Add(new StringContent(WebUtility.HtmlDecode(token.Groups[1].Value)), "__RequestVerificationToken");
        return await citizen.PostAsync($"/lapor/attachments?code={code}", form);
    }

    private static void AssertSafeHeaders(HttpResponseMessage response)
    {
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("sandbox; default-src 'none'", Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
        Assert.True(response.Headers.CacheControl!.NoStore);
        Assert.True(response.Headers.CacheControl.Private);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
