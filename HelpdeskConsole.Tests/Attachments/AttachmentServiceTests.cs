using System.Globalization;
using HelpdeskConsole.Attachments;
using HelpdeskConsole.Data;
using HelpdeskConsole.Identity;
using HelpdeskConsole.Realtime;
using HelpdeskConsole.Tests.TestSupport;
using HelpdeskConsole.Tickets;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HelpdeskConsole.Tests.Attachments;

public sealed class AttachmentServiceTests : IAsyncLifetime
{
    private const int MaxPerTicket = 3;
    private readonly SqliteConnection connection = new("Data Source=:memory:");
    private readonly string dataDirectory = Directory.CreateTempSubdirectory("helpdesk-attachments-").FullName;
    private readonly ServiceProvider services;
    private readonly CultureInfo previousCulture = CultureInfo.CurrentCulture;
    private readonly CultureInfo previousUiCulture = CultureInfo.CurrentUICulture;
    private Viewer upahOfficer = default!;
    private Viewer phkOfficer = default!;

    public AttachmentServiceTests()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("id-ID");
        services = new ServiceCollection()
            .AddLogging()
            .AddLocalization()
            .AddSingleton(TimeProvider.System)
            .AddDbContextFactory<HelpdeskDbContext>(o => o.UseSqlite(connection))
            .AddSingleton<InProcessTicketEventBus>()
            .AddSingleton<ITicketEventBus>(sp => sp.GetRequiredService<InProcessTicketEventBus>())
            .AddAttachmentTestServices(dataDirectory, new AttachmentOptions { MaxBytes = 64 * 1024, MaxPerTicket = MaxPerTicket })
            .BuildServiceProvider();
    }

    private AttachmentService Attachments => services.GetRequiredService<AttachmentService>();

    private IDbContextFactory<HelpdeskDbContext> Db => services.GetRequiredService<IDbContextFactory<HelpdeskDbContext>>();

    private string AttachmentsDirectory => Path.Combine(dataDirectory, "attachments");

    public async Task InitializeAsync()
    {
        await connection.OpenAsync();
        await using (var db = await Db.CreateDbContextAsync())
        {
            await db.Database.MigrateAsync();
        }

        await TestData.SeedReferenceDataAsync(Db);
        var upah = await TestData.AddAccountAsync(Db, "Dewi Anggraini", Roles.Officer, "UPAH");
        var phk = await TestData.AddAccountAsync(Db, "Rizky Pratama", Roles.Officer, "PHK");
        upahOfficer = new Viewer(upah.Id, upah.TeamId, IsAdmin: false, IsTeamLead: false);
        phkOfficer = new Viewer(phk.Id, phk.TeamId, IsAdmin: false, IsTeamLead: false);
    }

    public async Task DisposeAsync()
    {
        await services.DisposeAsync();
        await connection.DisposeAsync();
        Directory.Delete(dataDirectory, recursive: true);
        CultureInfo.CurrentCulture = previousCulture;
        CultureInfo.CurrentUICulture = previousUiCulture;
    }

    private string[] FilesOnDisk() =>
        Directory.Exists(AttachmentsDirectory) ? Directory.GetFiles(AttachmentsDirectory, "*", SearchOption.AllDirectories) : [];

    [Fact]
    public async Task AddFromCitizen_OpenTicket_StoresFileRowHistoryAndEventThenPublishes()
    {
        var receipt = await services.FileComplaintAsync("UPAH");
        var published = new TaskCompletionSource<TicketEventMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var _ = services.GetRequiredService<ITicketEventBus>().Subscribe(batch =>
        {
            if (batch.FirstOrDefault(m => m.Payload.TicketId == receipt.Id && m.Type == TicketEventType.TicketChanged) is { } changed)
            {
                published.TrySetResult(changed);
            }

            return Task.CompletedTask;
        });

        var result = await Attachments.AddFromCitizenAsync(
            receipt.TrackingCode[..5].ToLowerInvariant() + "-" + receipt.TrackingCode[5..], "slip gaji.pdf", new MemoryStream(AttachmentSamples.Pdf));

        var stored = Assert.IsType<AttachmentInfo>(result.Attachment);
        Assert.Equal("slip gaji.pdf", stored.FileName);
        Assert.Equal(AttachmentContent.Pdf, stored.ContentType);
        Assert.Equal(AttachmentSamples.Pdf.Length, stored.Size);

        await using var db = await Db.CreateDbContextAsync();
        var row = await db.TicketAttachments.SingleAsync(a => a.Id == stored.Id);
        Assert.Equal(receipt.Id, row.TicketId);
        Assert.Null(row.UploadedById);
        Assert.Equal(AttachmentSamples.Pdf, await File.ReadAllBytesAsync(Assert.Single(FilesOnDisk())));

        var history = await db.TicketHistory.SingleAsync(h => h.TicketId == receipt.Id && h.Action == TicketHistoryAction.AttachmentAdded);
        Assert.Null(history.ActorId);
        Assert.Equal("slip gaji.pdf", history.Note);

        var logged = await db.TicketEvents.SingleAsync(e => e.TicketId == receipt.Id && e.Type == TicketEventType.TicketChanged);
        var ticket = await db.Tickets.SingleAsync(t => t.Id == receipt.Id);
        Assert.Equal(row.CreatedAt, ticket.UpdatedAt);
        Assert.Equal(ticket.UpdatedAt, logged.TicketUpdatedAt);

        var message = await published.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(logged.Sequence, message.Sequence);
    }

    [Theory]
    [InlineData(TicketStatus.Selesai)]
    [InlineData(TicketStatus.Diarsipkan)]
    [InlineData(TicketStatus.Diteruskan)]
    public async Task AddFromCitizen_ClosedOrForwardedTicket_IsRefusedSayingWhyAndStoresNothing(TicketStatus status)
    {
        var receipt = await services.FileComplaintAsync("UPAH");
        await SetStatusAsync(receipt.Id, status);

        var result = await Attachments.AddFromCitizenAsync(receipt.TrackingCode, "bukti.png", new MemoryStream(AttachmentSamples.Png));

        Assert.Equal(AttachmentProblem.TicketClosed, result.Problem);
        var label = services.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<HelpdeskConsole.Localization.Strings>>().Label(status);
        Assert.Contains(label, result.Message, StringComparison.Ordinal);
        Assert.Empty(FilesOnDisk());
        await using var db = await Db.CreateDbContextAsync();
        Assert.False(await db.TicketAttachments.AnyAsync());
    }

    [Fact]
    public async Task AddFromCitizen_UnknownTrackingCode_IsNotFound()
    {
        var result = await Attachments.AddFromCitizenAsync("ZZZZZ-ZZZZZ", "bukti.png", new MemoryStream(AttachmentSamples.Png));

        Assert.Equal(AttachmentProblem.NotFound, result.Problem);
        Assert.Empty(FilesOnDisk());
    }

    [Fact]
    public async Task AddFromCitizen_HtmlNamedPng_IsRefusedNamingWhatIsAccepted()
    {
        var receipt = await services.FileComplaintAsync("UPAH");

        var result = await Attachments.AddFromCitizenAsync(receipt.TrackingCode, "foto.png", new MemoryStream(AttachmentSamples.Html));

        Assert.Equal(AttachmentProblem.UnsupportedType, result.Problem);
        Assert.Contains("PNG, JPEG, WEBP, GIF", result.Message, StringComparison.Ordinal);
        Assert.Contains("PDF", result.Message, StringComparison.Ordinal);
        Assert.Contains("64 KB", result.Message, StringComparison.Ordinal);
        Assert.Empty(FilesOnDisk());
    }

    [Fact]
    public async Task AddFromCitizen_DatabaseWriteFails_LeavesNoFileHistoryOrEvent()
    {
        var receipt = await services.FileComplaintAsync("UPAH");
        await using (var db = await Db.CreateDbContextAsync())
        {
            await db.Database.ExecuteSqlRawAsync(
                "CREATE TRIGGER refuse_attachments BEFORE INSERT ON TicketAttachments BEGIN SELECT RAISE(ABORT, 'simulated failure'); END;");
        }

        await Assert.ThrowsAnyAsync<DbUpdateException>(() =>
            Attachments.AddFromCitizenAsync(receipt.TrackingCode, "slip.pdf", new MemoryStream(AttachmentSamples.Pdf)));

        Assert.Empty(FilesOnDisk());
        await using var check = await Db.CreateDbContextAsync();
        Assert.False(await check.TicketHistory.AnyAsync(h => h.Action == TicketHistoryAction.AttachmentAdded));
        Assert.False(await check.TicketEvents.AnyAsync(e => e.Type == TicketEventType.TicketChanged));
    }

    [Fact]
    public async Task AddFromCitizen_MoreThanTheLimitPerTicket_IsRefused()
    {
        var receipt = await services.FileComplaintAsync("UPAH");
        for (var i = 0; i < MaxPerTicket; i++)
        {
            Assert.True((await Attachments.AddFromCitizenAsync(receipt.TrackingCode, $"foto{i}.png", new MemoryStream(AttachmentSamples.Png))).Succeeded);
        }

        var refused = await Attachments.AddFromCitizenAsync(receipt.TrackingCode, "lagi.png", new MemoryStream(AttachmentSamples.Png));

        Assert.Equal(AttachmentProblem.TooMany, refused.Problem);
        Assert.Contains(MaxPerTicket.ToString(CultureInfo.InvariantCulture), refused.Message, StringComparison.Ordinal);
        Assert.Equal(MaxPerTicket, FilesOnDisk().Length);
    }

    [Fact]
    public async Task AddFromOfficer_OwnTeamsTicket_RecordsTheOfficer()
    {
        var receipt = await services.FileComplaintAsync("UPAH");

        var result = await Attachments.AddFromOfficerAsync(upahOfficer, receipt.Id, "surat.pdf", new MemoryStream(AttachmentSamples.Pdf));

        Assert.True(result.Succeeded);
        await using var db = await Db.CreateDbContextAsync();
        Assert.Equal(upahOfficer.UserId, (await db.TicketAttachments.SingleAsync()).UploadedById);
        Assert.Equal(upahOfficer.UserId, (await db.TicketHistory.SingleAsync(h => h.Action == TicketHistoryAction.AttachmentAdded)).ActorId);
    }

    [Fact]
    public async Task AddFromOfficer_AnotherTeamsTicket_IsNotFoundAndStoresNothing()
    {
        var receipt = await services.FileComplaintAsync("UPAH");

        var result = await Attachments.AddFromOfficerAsync(phkOfficer, receipt.Id, "surat.pdf", new MemoryStream(AttachmentSamples.Pdf));

        Assert.Equal(AttachmentProblem.NotFound, result.Problem);
        Assert.Empty(FilesOnDisk());
    }

    [Fact]
    public async Task AddFromOfficer_MessageOfAnotherTicket_IsRefused()
    {
        var ours = await services.FileComplaintAsync("UPAH");
        var other = await services.FileComplaintAsync("UPAH");
        await using var db = await Db.CreateDbContextAsync();
        var otherMessage = await db.TicketMessages.Where(m => m.TicketId == other.Id).Select(m => m.Id).SingleAsync();

        var result = await Attachments.AddFromOfficerAsync(upahOfficer, ours.Id, "surat.pdf", new MemoryStream(AttachmentSamples.Pdf), otherMessage);

        Assert.Equal(AttachmentProblem.UnknownMessage, result.Problem);
        Assert.Empty(FilesOnDisk());
    }

    [Fact]
    public async Task List_ShowsUploaderAndKind_OnlyToThoseWhoMaySeeTheTicket()
    {
        var receipt = await services.FileComplaintAsync("UPAH");
        await Attachments.AddFromCitizenAsync(receipt.TrackingCode, "foto.jpg", new MemoryStream(AttachmentSamples.Jpeg));
        await Attachments.AddFromOfficerAsync(upahOfficer, receipt.Id, "balasan.pdf", new MemoryStream(AttachmentSamples.Pdf));

        var list = await Attachments.ListAsync(upahOfficer, receipt.Id);

        Assert.Collection(list,
            citizen =>
            {
                Assert.Equal("foto.jpg", citizen.FileName);
                Assert.True(citizen.IsImage);
                Assert.True(citizen.ByCitizen);
                Assert.Equal("Pelapor", citizen.UploadedBy);
                Assert.Equal($"/attachments/{citizen.Id}/preview", citizen.PreviewUrl);
            },
            officer =>
            {
                Assert.False(officer.IsImage);
                Assert.Null(officer.PreviewUrl);
                Assert.Equal("Dewi Anggraini", officer.UploadedBy);
            });
        Assert.Empty(await Attachments.ListAsync(phkOfficer, receipt.Id));
        Assert.Equal(1, await Attachments.CountFromCitizenAsync(receipt.TrackingCode));
    }

    [Fact]
    public async Task Open_AnotherTeamsAttachment_LooksLikeOneThatDoesNotExist()
    {
        var receipt = await services.FileComplaintAsync("UPAH");
        var stored = (await Attachments.AddFromCitizenAsync(receipt.TrackingCode, "foto.png", new MemoryStream(AttachmentSamples.Png))).Attachment!;

        var other = await Attachments.OpenAsync(phkOfficer, stored.Id);
        var missing = await Attachments.OpenAsync(upahOfficer, stored.Id + 1000);

        Assert.Equal(AttachmentOpenStatus.NotFound, other.Status);
        Assert.Equal(AttachmentOpenStatus.NotFound, missing.Status);
        Assert.Null(other.Download);
    }

    [Fact]
    public async Task Open_FileChangedOnDisk_IsReportedDamaged()
    {
        var receipt = await services.FileComplaintAsync("UPAH");
        var stored = (await Attachments.AddFromCitizenAsync(receipt.TrackingCode, "foto.png", new MemoryStream(AttachmentSamples.Png))).Attachment!;
        await File.WriteAllBytesAsync(Assert.Single(FilesOnDisk()), AttachmentSamples.Gif);

        var opened = await Attachments.OpenAsync(upahOfficer, stored.Id);

        Assert.Equal(AttachmentOpenStatus.Damaged, opened.Status);
    }

    private async Task SetStatusAsync(int ticketId, TicketStatus status)
    {
        await using var db = await Db.CreateDbContextAsync();
        await db.Tickets.Where(t => t.Id == ticketId).ExecuteUpdateAsync(s => s.SetProperty(t => t.Status, status));
    }
}
