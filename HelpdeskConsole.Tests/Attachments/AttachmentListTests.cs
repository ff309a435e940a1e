using System.Security.Claims;
using Bunit;
using HelpdeskConsole.Attachments;
using HelpdeskConsole.Identity;
using HelpdeskConsole.Intake;
using HelpdeskConsole.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace HelpdeskConsole.Tests.Attachments;

public sealed class AttachmentListTests : ComponentTestBase
{
    private readonly string dataDirectory = Directory.CreateTempSubdirectory("helpdesk-list-").FullName;
    private Viewer officer = default!;

    public AttachmentListTests()
    {
        Context.Services.AddAttachmentTestServices(dataDirectory);
    }

    private AttachmentService Attachments => Context.Services.GetRequiredService<AttachmentService>();

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var db = Context.Services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<HelpdeskConsole.Data.HelpdeskDbContext>>();
        await TestData.SeedReferenceDataAsync(db);
        var account = await TestData.AddAccountAsync(db, "Dewi Anggraini", Roles.Officer, "UPAH");
        officer = new Viewer(account.Id, account.TeamId, IsAdmin: false, IsTeamLead: false);
        Auth.SetAuthorized(account.DisplayName);
        Auth.SetRoles(Roles.Officer);
        Auth.SetClaims(new Claim(ClaimTypes.NameIdentifier, account.Id));
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(dataDirectory, recursive: true);
    }

    private Task<ComplaintReceipt> FileAsync() => Context.Services.FileComplaintAsync("UPAH");

    [Fact]
    public async Task List_ImageAndPdf_ShowsAPreviewAndADownloadChip()
    {
        var ticket = await FileAsync();
        var photo = (await Attachments.AddFromCitizenAsync(ticket.TrackingCode, "foto lokasi.png", new MemoryStream(AttachmentSamples.Png))).Attachment!;
        var contract = (await Attachments.AddFromOfficerAsync(officer, ticket.Id, "kontrak.pdf", new MemoryStream(AttachmentSamples.Pdf))).Attachment!;

        var cut = Context.Render<AttachmentList>(p => p.Add(c => c.TicketId, ticket.Id));

        cut.WaitForAssertion(() =>
        {
            var image = cut.Find($"figure[data-attachment-id='{photo.Id}'] img");
            Assert.Equal($"/attachments/{photo.Id}/preview", image.GetAttribute("src"));
            Assert.Equal("foto lokasi.png", image.GetAttribute("alt"));
            var imageLink = cut.Find($"figure[data-attachment-id='{photo.Id}'] a");
            Assert.Equal($"/attachments/{photo.Id}", imageLink.GetAttribute("href"));
            Assert.True(imageLink.HasAttribute("download"));
            Assert.Contains("Pelapor", cut.Find($"figure[data-attachment-id='{photo.Id}'] figcaption").TextContent, StringComparison.Ordinal);

            var pdf = cut.Find($"a.hc-attachment-file[data-attachment-id='{contract.Id}']");
            Assert.Equal($"/attachments/{contract.Id}", pdf.GetAttribute("href"));
            Assert.Equal("kontrak.pdf", pdf.GetAttribute("download"));
            Assert.Contains("Dewi Anggraini", pdf.TextContent, StringComparison.Ordinal);
            Assert.Empty(pdf.QuerySelectorAll("img"));
        });
        Assert.DoesNotContain($"/attachments/{contract.Id}/preview", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_NoAttachments_ShowsTheEmptyState()
    {
        var ticket = await FileAsync();

        var cut = Context.Render<AttachmentList>(p => p.Add(c => c.TicketId, ticket.Id));

        cut.WaitForAssertion(() => Assert.Equal("Belum ada lampiran.", cut.Find("#attachments-empty").TextContent));
    }

    [Fact]
    public async Task List_CitizenUploadsWhileOpen_AppearsWithoutReload()
    {
        var ticket = await FileAsync();
        var cut = Context.Render<AttachmentList>(p => p.Add(c => c.TicketId, ticket.Id));
        cut.WaitForAssertion(() => cut.Find("#attachments-empty"));

        var added = (await Attachments.AddFromCitizenAsync(ticket.TrackingCode, "slip.pdf", new MemoryStream(AttachmentSamples.Pdf))).Attachment!;

        cut.WaitForAssertion(() => cut.Find($"a[data-attachment-id='{added.Id}']"));
    }

    [Fact]
    public async Task List_AnotherTeamsTicket_ShowsNothingOfIt()
    {
        var elsewhere = await Context.Services.FileComplaintAsync("PHK");
        await Attachments.AddFromCitizenAsync(elsewhere.TrackingCode, "rahasia.pdf", new MemoryStream(AttachmentSamples.Pdf));

        var cut = Context.Render<AttachmentList>(p => p.Add(c => c.TicketId, elsewhere.Id));

        cut.WaitForAssertion(() => cut.Find("#attachments-empty"));
        Assert.DoesNotContain("rahasia", cut.Markup, StringComparison.Ordinal);
    }
}
