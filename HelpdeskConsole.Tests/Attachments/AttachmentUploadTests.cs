using System.Security.Claims;
using Bunit;
using HelpdeskConsole.Attachments;
using HelpdeskConsole.Data;
using HelpdeskConsole.Identity;
using HelpdeskConsole.Tests.TestSupport;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HelpdeskConsole.Tests.Attachments;

public sealed class AttachmentUploadTests : ComponentTestBase
{
    private readonly string dataDirectory = Directory.CreateTempSubdirectory("helpdesk-upload-").FullName;
    private ApplicationUser account = default!;

    public AttachmentUploadTests()
    {
        Context.Services.AddAttachmentTestServices(dataDirectory, new AttachmentOptions { MaxBytes = 4096 });
    }

    private IDbContextFactory<HelpdeskDbContext> Db => Context.Services.GetRequiredService<IDbContextFactory<HelpdeskDbContext>>();

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await TestData.SeedReferenceDataAsync(Db);
        account = await TestData.AddAccountAsync(Db, "Dewi Anggraini", Roles.Officer, "UPAH");
        Auth.SetAuthorized(account.DisplayName);
        Auth.SetRoles(Roles.Officer);
        Auth.SetClaims(new Claim(ClaimTypes.NameIdentifier, account.Id));
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(dataDirectory, recursive: true);
    }

    [Fact]
    public async Task Upload_Pdf_StoresItAsTheOfficerAndRaisesOnUploaded()
    {
        var ticket = await Context.Services.FileComplaintAsync("UPAH");
        AttachmentInfo? uploaded = null;
        var cut = Context.Render<AttachmentUpload>(p => p
            .Add(c => c.TicketId, ticket.Id)
            .Add(c => c.OnUploaded, (AttachmentInfo info) => uploaded = info));
        Assert.Contains("4 KB", cut.Find("#attachment-upload-hint").TextContent, StringComparison.Ordinal);

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(AttachmentSamples.Pdf, "surat balasan.pdf", contentType: "application/pdf"));

        cut.WaitForAssertion(() => Assert.Equal("surat balasan.pdf", uploaded?.FileName));
        Assert.Contains("surat balasan.pdf", cut.Find("#attachment-upload-done").TextContent, StringComparison.Ordinal);
        await using var db = await Db.CreateDbContextAsync();
        Assert.Equal(account.Id, (await db.TicketAttachments.SingleAsync()).UploadedById);
    }

    [Fact]
    public async Task Upload_Svg_ShowsTheServicesReasonAndStoresNothing()
    {
        var ticket = await Context.Services.FileComplaintAsync("UPAH");
        var cut = Context.Render<AttachmentUpload>(p => p.Add(c => c.TicketId, ticket.Id));

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(AttachmentSamples.Svg, "logo.png", contentType: "image/png"));

        cut.WaitForAssertion(() => Assert.Contains("Jenis berkas ini tidak diterima", cut.Find("#attachment-upload-error").TextContent, StringComparison.Ordinal));
        await using var db = await Db.CreateDbContextAsync();
        Assert.False(await db.TicketAttachments.AnyAsync());
    }

    [Fact]
    public async Task Upload_OverTheLimit_IsRefusedNamingTheLimit()
    {
        var ticket = await Context.Services.FileComplaintAsync("UPAH");
        var cut = Context.Render<AttachmentUpload>(p => p.Add(c => c.TicketId, ticket.Id));

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(AttachmentSamples.PdfOfSize(5000), "besar.pdf"));

        cut.WaitForAssertion(() => Assert.Contains("4 KB", cut.Find("#attachment-upload-error").TextContent, StringComparison.Ordinal));
        await using var db = await Db.CreateDbContextAsync();
        Assert.False(await db.TicketAttachments.AnyAsync());
    }
}
