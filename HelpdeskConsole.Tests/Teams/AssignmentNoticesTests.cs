using HelpdeskConsole.Teams;
using HelpdeskConsole.Teams.Assignment;
using HelpdeskConsole.Teams.Board;

namespace HelpdeskConsole.Tests.Teams;

public sealed class AssignmentNoticesTests : TeamTestBase
{
    [Fact]
    public async Task NewlyAssigned_LeadMovedTheTicketToTheOfficer_NamesTheLeadAndTheReason()
    {
        var id = await FileAsync(subject: "THR belum dibayar");
        var since = Now;
        Clock.Advance(TimeSpan.FromSeconds(5));
        var ticket = Assert.Single((await Board.BoardAsync(Lead, UpahTeamId))!.Unassigned);
        Assert.True((await Board.MoveAsync(Lead, ticket, Officer.UserId, "Sari menangani perusahaan ini")).Moved);

        var notice = await Notices.NewlyAssignedAsync(Officer, id, since);

        Assert.Equal(new AssignmentNotice(id, ticket.Number, "THR belum dibayar", "Bambang Sutrisno", "Sari menangani perusahaan ini"), notice);
    }

    [Fact]
    public async Task NewlyAssigned_OfficerClaimedItThemselves_IsNoNotice()
    {
        var id = await FileAsync();
        var since = Now;
        Assert.True((await Workspace.ClaimAsync(Officer, await LoadAsync(Officer, id))).Succeeded);

        Assert.Null(await Notices.NewlyAssignedAsync(Officer, id, since));
    }

    [Fact]
    public async Task NewlyAssigned_ByAutomaticAssignment_NamesNobodyAndGivesTheNote()
    {
        await SetAssignmentAsync(AssignmentMode.RoundRobin);
        await SetAvailabilityAsync(Availability.Available, Officer);
        var id = await FileAsync();
        var since = Now;
        Assert.Equal(AutoAssignResult.Assigned, await Assigner.AssignAsync(id, announceIfNobody: true));

        var notice = await Notices.NewlyAssignedAsync(Officer, id, since);

        Assert.NotNull(notice);
        Assert.Equal((id, (string?)null, TeamText["Auto_Note_RoundRobin"].Value), (notice.TicketId, notice.ByName, notice.Reason));
    }

    [Fact]
    public async Task NewlyAssigned_BySecondLevelEscalation_SaysEscalatedAndShowsNoMarker()
    {
        var id = await FileAsync();
        var since = Now;
        await using (var db = await Db.CreateDbContextAsync())
        {
            // What the sweep writes when a breached ticket goes to the team's lead.
            var ticket = await db.Tickets.FindAsync(id);
            ticket!.AssigneeId = Lead.UserId;
            db.TicketHistory.Add(new HelpdeskConsole.Tickets.TicketHistoryEntry
            {
                TicketId = id, At = Now, Action = HelpdeskConsole.Tickets.TicketHistoryAction.Assigned, ToValue = "Bambang Sutrisno",
                Note = "escalation:second-level",
            });
            await db.SaveChangesAsync();
        }

        var notice = await Notices.NewlyAssignedAsync(Lead, id, since);

        Assert.NotNull(notice);
        Assert.True(notice.Escalated);
        Assert.Null(notice.Reason);
    }

    [Fact]
    public async Task NewlyAssigned_AssignedBeforeTheConsoleLooked_IsNoNotice()
    {
        var id = await FileAsync();
        var ticket = Assert.Single((await Board.BoardAsync(Lead, UpahTeamId))!.Unassigned);
        Assert.True((await Board.MoveAsync(Lead, ticket, Officer.UserId, "Untuk Sari")).Moved);
        Clock.Advance(TimeSpan.FromMinutes(1));

        Assert.Null(await Notices.NewlyAssignedAsync(Officer, id, Now));
        Assert.NotNull(await Notices.NewlyAssignedAsync(Officer, id, Now.AddMinutes(-2)));
    }

    [Fact]
    public async Task NewlyAssigned_TicketGivenToSomeoneElse_IsNoNoticeForThem()
    {
        var id = await FileAsync();
        var since = Now;
        var ticket = Assert.Single((await Board.BoardAsync(Lead, UpahTeamId))!.Unassigned);
        Assert.True((await Board.MoveAsync(Lead, ticket, Officer.UserId, "Untuk Sari")).Moved);

        Assert.Null(await Notices.NewlyAssignedAsync(Colleague, id, since));
        Assert.Null(await Notices.NewlyAssignedAsync(OtherTeamOfficer, id, since));
        Assert.NotNull(await Notices.NewlyAssignedAsync(Officer, id, since));
    }
}
