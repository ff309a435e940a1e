using System.Text.Json;
using HelpdeskConsole.Tickets;
using HelpdeskConsole.Tickets.Workspace;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskConsole.Tests.Tickets.Workspace;

public sealed class TicketWorkspaceServiceTests : WorkspaceTestBase
{
    [Fact]
    public async Task Claim_UnassignedTicket_AssignsWritesHistoryAndPublishesEvent()
    {
        var id = await FileAsync();
        var before = await EventsAsync();

        var result = await Workspace.ClaimAsync(Officer, await LoadAsync(Officer, id));

        Assert.True(result.Succeeded);
        var ticket = await ReadAsync(id);
        Assert.Equal(Officer.UserId, ticket.AssigneeId);
        Assert.Contains(ticket.History, h => h.Action == TicketHistoryAction.Assigned && h.ActorId == Officer.UserId && h.ToValue == "Sari Wulandari");
        Assert.Equal(before + 1, await EventsAsync());
    }

    [Fact]
    public async Task Claim_AlreadyClaimed_IsRefusedNamingTheColleague()
    {
        var id = await FileAsync();
        await Workspace.ClaimAsync(Colleague, await LoadAsync(Colleague, id));

        var result = await Workspace.ClaimAsync(Officer, await LoadAsync(Officer, id));

        Assert.Equal(WorkspaceOutcome.Refused, result.Outcome);
        Assert.Contains("Rina Marlina", result.Message, StringComparison.Ordinal);
        Assert.Equal(Colleague.UserId, (await ReadAsync(id)).AssigneeId);
    }

    [Fact]
    public async Task Transition_NotAllowed_IsRefusedSayingWhyAndNothingChanges()
    {
        var id = await FileAsync();

        var result = await Workspace.TransitionAsync(Officer, await LoadAsync(Officer, id), TicketAction.AwaitCitizen, null);

        Assert.Equal(WorkspaceOutcome.Refused, result.Outcome);
        Assert.Contains("Baru", result.Message, StringComparison.Ordinal);
        Assert.Contains("Diproses", result.Message, StringComparison.Ordinal);
        Assert.Equal(TicketStatus.Baru, (await ReadAsync(id)).Status);
    }

    [Fact]
    public async Task Transition_ResolveWithoutSummary_IsRefused()
    {
        var id = await FileAsync();
        await Workspace.TransitionAsync(Officer, await LoadAsync(Officer, id), TicketAction.StartProcessing, null);

        var result = await Workspace.TransitionAsync(Officer, await LoadAsync(Officer, id), TicketAction.Resolve, "  ");

        Assert.Equal(WorkspaceOutcome.Refused, result.Outcome);
        Assert.Equal(TicketStatus.Diproses, (await ReadAsync(id)).Status);
    }

    [Fact]
    public async Task Transition_FullHandling_FollowsTheLifecycleAndRecordsEachStep()
    {
        var id = await FileAsync();

        Assert.True((await Workspace.TransitionAsync(Officer, await LoadAsync(Officer, id), TicketAction.Verify, null)).Succeeded);
        Assert.True((await Workspace.TransitionAsync(Officer, await LoadAsync(Officer, id), TicketAction.StartProcessing, null)).Succeeded);
        Assert.True((await Workspace.AddMessageAsync(Officer, await LoadAsync(Officer, id), "Selamat pagi, kami sedang menindaklanjuti.", isPublic: true)).Succeeded);
        Assert.True((await Workspace.TransitionAsync(Officer, await LoadAsync(Officer, id), TicketAction.AwaitCitizen, null)).Succeeded);
        Assert.True((await Workspace.TransitionAsync(Officer, await LoadAsync(Officer, id), TicketAction.Resolve, "Upah sudah dibayar perusahaan.")).Succeeded);
        Assert.True((await Workspace.TransitionAsync(Lead, await LoadAsync(Lead, id), TicketAction.Reopen, "Warga melapor upah kembali ditahan.")).Succeeded);

        var ticket = await ReadAsync(id);
        Assert.Equal(TicketStatus.Diproses, ticket.Status);
        Assert.Equal(Officer.UserId, ticket.AssigneeId); // starting work on an unclaimed ticket took it
        Assert.NotNull(ticket.FirstResponseAt);
        Assert.Null(ticket.ClosedAt);
        Assert.Equal(
            [TicketHistoryAction.Created, TicketHistoryAction.StatusChanged, TicketHistoryAction.StatusChanged, TicketHistoryAction.Assigned,
             TicketHistoryAction.Replied, TicketHistoryAction.StatusChanged, TicketHistoryAction.ClockPaused, TicketHistoryAction.Resolved,
             TicketHistoryAction.Reopened],
            ticket.History.OrderBy(h => h.Id).Select(h => h.Action));
    }

    [Fact]
    public async Task Forward_WithTargetAndReason_ClosesAsForwarded()
    {
        var id = await FileAsync();

        var result = await Workspace.TransitionAsync(Officer, await LoadAsync(Officer, id), TicketAction.Forward,
            "Kewenangan pengawasan di provinsi.", "Disnaker Provinsi Jawa Barat");

        Assert.True(result.Succeeded);
        var ticket = await ReadAsync(id);
        Assert.Equal(TicketStatus.Diteruskan, ticket.Status);
        Assert.Equal("Disnaker Provinsi Jawa Barat", ticket.ForwardedTo);
        Assert.NotNull(ticket.ClosedAt);
    }

    [Fact]
    public async Task Save_StaleVersion_IsRefusedShowingWhatChangedAndOverwritesNothing()
    {
        var id = await FileAsync();
        var officerLoaded = await LoadAsync(Officer, id);
        Assert.True((await Workspace.SetPriorityAsync(Colleague, await LoadAsync(Colleague, id), TicketPriority.P1)).Succeeded);

        var stale = await Workspace.SetPriorityAsync(Officer, officerLoaded, TicketPriority.P4);

        Assert.Equal(WorkspaceOutcome.Conflict, stale.Outcome);
        var change = Assert.Single(stale.Changes!);
        Assert.Equal("Rina Marlina", change.Author);
        Assert.Equal(TicketHistoryAction.PriorityChanged, change.Action);
        Assert.Equal("P1", change.To);
        Assert.Equal(TicketPriority.P1, (await ReadAsync(id)).Priority);
    }

    [Fact]
    public async Task Reply_SameLoadedStateTwice_PostsOnce()
    {
        var id = await FileAsync();
        var loaded = await LoadAsync(Officer, id);

        var first = await Workspace.AddMessageAsync(Officer, loaded, "Terima kasih, kami proses.", isPublic: true);
        var second = await Workspace.AddMessageAsync(Officer, loaded, "Terima kasih, kami proses.", isPublic: true);

        Assert.True(first.Succeeded);
        Assert.Equal(WorkspaceOutcome.Conflict, second.Outcome);
        Assert.Single((await ReadAsync(id)).Messages, m => m.Type == MessageType.PublicReply);
    }

    [Fact]
    public async Task Reply_WithAPlaceholderLeft_IsRefusedNamingItAndNothingIsSent()
    {
        var id = await FileAsync();

        var result = await Workspace.AddMessageAsync(Officer, await LoadAsync(Officer, id),
            "Laporan Bapak/Ibu akan selesai paling lambat {{tiket.tenggat}}.", isPublic: true);

        Assert.Equal(WorkspaceOutcome.Refused, result.Outcome);
        Assert.Contains("{{tiket.tenggat}}", result.Message, StringComparison.Ordinal);
        var ticket = await ReadAsync(id);
        Assert.DoesNotContain(ticket.Messages, m => m.Type == MessageType.PublicReply);
        Assert.Null(ticket.FirstResponseAt);
    }

    [Fact]
    public async Task Note_WithBraces_IsSavedBecauseCitizensNeverReadNotes()
    {
        var id = await FileAsync();

        var result = await Workspace.AddMessageAsync(Officer, await LoadAsync(Officer, id), "Template {{tiket.tenggat}} belum bisa diisi, jam dijeda.", isPublic: false);

        Assert.True(result.Succeeded);
        Assert.Contains((await ReadAsync(id)).Messages, m => m.Type == MessageType.InternalNote);
    }

    [Fact]
    public async Task FirstPublicReply_RecordsFirstResponseTime_NotesDoNot()
    {
        var id = await FileAsync();
        await Workspace.AddMessageAsync(Officer, await LoadAsync(Officer, id), "Cek dulu ke perusahaan.", isPublic: false);
        Assert.Null((await ReadAsync(id)).FirstResponseAt);

        await Workspace.AddMessageAsync(Officer, await LoadAsync(Officer, id), "Selamat siang Bapak Budi.", isPublic: true);
        var first = (await ReadAsync(id)).FirstResponseAt;
        await Workspace.AddMessageAsync(Officer, await LoadAsync(Officer, id), "Tambahan informasi.", isPublic: true);

        Assert.NotNull(first);
        Assert.Equal(first, (await ReadAsync(id)).FirstResponseAt);
    }

    [Fact]
    public async Task Get_NikIsMasked_FullNumberNeverInTheView()
    {
        var id = await FileAsync();

        var ticket = await Workspace.GetAsync(Officer, id);

        Assert.EndsWith("0001", ticket!.Complainant.MaskedNik, StringComparison.Ordinal);
        Assert.DoesNotContain("3171011505900001", JsonSerializer.Serialize(ticket), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RevealNik_WithReason_ReturnsItAndRecordsWhoWhenWhy()
    {
        var id = await FileAsync();

        var refused = await Workspace.RevealNikAsync(Officer, id, "");
        var revealed = await Workspace.RevealNikAsync(Officer, id, "Verifikasi kepesertaan BPJS");

        Assert.Equal(WorkspaceOutcome.Refused, refused.Outcome);
        Assert.Equal("3171011505900001", revealed.Value);
        var entry = Assert.Single((await ReadAsync(id)).History, h => h.Action == TicketHistoryAction.IdentityRevealed);
        Assert.Equal(Officer.UserId, entry.ActorId);
        Assert.Equal("Verifikasi kepesertaan BPJS", entry.Note);
    }

    [Fact]
    public async Task OtherTeam_CannotReadOrChangeTheTicket()
    {
        var id = await FileAsync();
        var loaded = await LoadAsync(Officer, id);

        Assert.Null(await Workspace.GetAsync(OtherTeamOfficer, id));
        Assert.Equal(WorkspaceOutcome.NotFound, (await Workspace.ClaimAsync(OtherTeamOfficer, loaded)).Outcome);
        Assert.Equal(WorkspaceOutcome.NotFound, (await Workspace.AddMessageAsync(OtherTeamOfficer, loaded, "Halo", true)).Outcome);
        Assert.Equal(WorkspaceOutcome.NotFound, (await Workspace.RevealNikAsync(OtherTeamOfficer, id, "penasaran saja")).Outcome);
        Assert.Null((await ReadAsync(id)).AssigneeId);
    }

    [Fact]
    public async Task Confidential_OnlyLeadsAssigneeAndAdminsSeeIt()
    {
        var id = await FileAsync(identityMode: "rahasia");

        Assert.Null(await Workspace.GetAsync(Officer, id));
        Assert.NotNull(await Workspace.GetAsync(Lead, id));
        Assert.NotNull(await Workspace.GetAsync(Admin, id));

        await Workspace.AssignAsync(Lead, await LoadAsync(Lead, id), Officer.UserId, "Ditangani Sari");
        Assert.NotNull(await Workspace.GetAsync(Officer, id));
        Assert.Null(await Workspace.GetAsync(Colleague, id));
    }

    [Fact]
    public async Task Anonymous_IdentityHiddenOutsideTheHandlingTeam()
    {
        var id = await FileAsync(identityMode: "anonim");

        var team = await Workspace.GetAsync(Officer, id);
        var admin = await Workspace.GetAsync(Admin, id);

        Assert.False(team!.Complainant.IdentityHidden);
        Assert.True(admin!.Complainant.IdentityHidden);
        Assert.DoesNotContain("Budi Santoso", JsonSerializer.Serialize(admin), StringComparison.Ordinal);
        Assert.DoesNotContain("081234567890", JsonSerializer.Serialize(admin), StringComparison.Ordinal);
        Assert.Equal(WorkspaceOutcome.Refused, (await Workspace.RevealNikAsync(Admin, id, "audit internal")).Outcome);
    }

    [Fact]
    public async Task SetCategory_OfAnotherTeam_MovesTheTicketAndReleasesTheAssignee()
    {
        var id = await FileAsync();
        await Workspace.ClaimAsync(Officer, await LoadAsync(Officer, id));
        int phkCategory;
        await using (var db = await Db.CreateDbContextAsync())
        {
            phkCategory = await db.Categories.Where(c => c.Code == "PHK").Select(c => c.Id).SingleAsync();
        }

        var result = await Workspace.SetCategoryAsync(Officer, await LoadAsync(Officer, id), phkCategory);

        Assert.True(result.Succeeded);
        var ticket = await ReadAsync(id);
        Assert.Equal(OtherTeamOfficer.TeamId, ticket.TeamId);
        Assert.Null(ticket.AssigneeId);
        Assert.Null(await Workspace.GetAsync(Officer, id));
        Assert.NotNull(await Workspace.GetAsync(OtherTeamOfficer, id));
    }

    private async Task<int> EventsAsync()
    {
        await using var db = await Db.CreateDbContextAsync();
        return await db.TicketEvents.CountAsync();
    }
}
