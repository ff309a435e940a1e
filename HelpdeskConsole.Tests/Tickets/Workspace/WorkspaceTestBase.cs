using System.Security.Claims;
using HelpdeskConsole.Attachments;
using HelpdeskConsole.Data;
using HelpdeskConsole.Identity;
using HelpdeskConsole.Intake;
using HelpdeskConsole.Realtime;
using HelpdeskConsole.Teams;
using HelpdeskConsole.Tests.TestSupport;
using HelpdeskConsole.Tickets;
using HelpdeskConsole.Tickets.Presence;
using HelpdeskConsole.Tickets.Workspace;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HelpdeskConsole.Tests.Tickets.Workspace;

/// <summary>The real workspace and intake services on an in-memory database with two teams' people.</summary>
public abstract class WorkspaceTestBase : ComponentTestBase
{
    protected WorkspaceTestBase()
    {
        Context.Services.AddSingleton<ComplaintValidator>();
        Context.Services.AddSingleton<TicketIntakeService>();
        Context.Services.AddSingleton<CitizenReplyService>();
        Context.Services.AddSingleton<TicketWorkspaceService>();
        Context.Services.AddSingleton<TicketQueueService>();
        Context.Services.AddSingleton<TeamClock>();
        Context.Services.AddSingleton(Options.Create(new IntakeOptions()));
        Context.Services.AddTicketPresenceServices();
        Context.Services.AddAttachmentServices();
        Context.Services.AddScoped<HelpdeskConsole.Components.Shortcuts.ShortcutRegistry>();
        Context.Services.AddSingleton<TicketAccess>();
        // The reply editor's canned responses: the library and the values its placeholders are filled with.
        Context.Services.AddScoped<HelpdeskConsole.CannedResponses.CannedResponseService>();
        Context.Services.AddSingleton<HelpdeskConsole.CannedResponses.ReplyValues>();
        Context.Services.AddSingleton(Options.Create(new HelpdeskOptions { ResolvedDataDirectory = Path.GetTempPath() }));
    }

    protected Viewer Officer { get; private set; } = default!;
    protected Viewer Colleague { get; private set; } = default!;
    protected Viewer Lead { get; private set; } = default!;
    protected Viewer OtherTeamOfficer { get; private set; } = default!;
    protected Viewer Admin { get; private set; } = default!;
    protected ApplicationUser OfficerAccount { get; private set; } = default!;

    protected TicketWorkspaceService Workspace => Context.Services.GetRequiredService<TicketWorkspaceService>();

    internal InProcessTicketEventBus Bus => Context.Services.GetRequiredService<InProcessTicketEventBus>();

    protected IDbContextFactory<HelpdeskDbContext> Db => Context.Services.GetRequiredService<IDbContextFactory<HelpdeskDbContext>>();

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await TestData.SeedReferenceDataAsync(Db);
        OfficerAccount = await TestData.AddAccountAsync(Db, "Sari Wulandari", Roles.Officer, "UPAH");
        Officer = new Viewer(OfficerAccount.Id, OfficerAccount.TeamId, false, false);
        var colleague = await TestData.AddAccountAsync(Db, "Rina Marlina", Roles.Officer, "UPAH");
        Colleague = new Viewer(colleague.Id, colleague.TeamId, false, false);
        var lead = await TestData.AddAccountAsync(Db, "Bambang Sutrisno", Roles.TeamLead, "UPAH");
        Lead = new Viewer(lead.Id, lead.TeamId, false, true);
        var other = await TestData.AddAccountAsync(Db, "Yohanes Wenda", Roles.Officer, "PHK");
        OtherTeamOfficer = new Viewer(other.Id, other.TeamId, false, false);
        var admin = await TestData.AddAccountAsync(Db, "Ratna Kusumawardani", Roles.Admin, null);
        Admin = new Viewer(admin.Id, null, true, false);
    }

    /// <summary>Signs the bUnit user in as the officer (for rendering pages).</summary>
    protected void SignInAsOfficer()
    {
        Auth.SetAuthorized(OfficerAccount.DisplayName);
        Auth.SetRoles(Roles.Officer);
        Auth.SetClaims(new Claim(ClaimTypes.NameIdentifier, OfficerAccount.Id));
    }

    protected async Task<int> FileAsync(string categoryCode = "UPAH", string identityMode = "terbuka", string subject = "Gaji belum dibayar")
    {
        var result = await Context.Services.GetRequiredService<TicketIntakeService>().SubmitAsync(new NewComplaint
        {
            Kind = "pengaduan", CategoryCode = categoryCode, Subject = subject, Body = "Sudah dua bulan gaji tidak dibayar.",
            IdentityMode = identityMode, Name = "Budi Santoso", Nik = "3171011505900001", Phone = "081234567890",
        });
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.SelectMany(e => e.Value)));
        return result.Receipt!.Id;
    }

    protected async Task<Loaded> LoadAsync(Viewer viewer, int ticketId)
    {
        var ticket = await Workspace.GetAsync(viewer, ticketId);
        Assert.NotNull(ticket);
        return new Loaded(ticket.Id, ticket.Version, ticket.LastHistoryId);
    }

    protected async Task<Ticket> ReadAsync(int ticketId)
    {
        await using var db = await Db.CreateDbContextAsync();
        return await db.Tickets.Include(t => t.History).Include(t => t.Messages).SingleAsync(t => t.Id == ticketId);
    }
}
