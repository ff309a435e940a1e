using HelpdeskConsole.Identity;
using HelpdeskConsole.Realtime;
using HelpdeskConsole.Teams;
using HelpdeskConsole.Teams.Board;
using HelpdeskConsole.Tickets;

namespace HelpdeskConsole.Tests.Teams;

public sealed class TeamBoardServiceTests : TeamTestBase
{
    [Fact]
    public async Task Board_TwoOfficersAndUnassignedTickets_FiguresMatchTheDatabase()
    {
        var now = Now;
        // Sari: one on time, one at risk, one breached, one waiting on the citizen (clock paused), one resolved long ago.
        var (onTime, atRisk, breached, paused, resolved) = (await FileAsync(), await FileAsync(), await FileAsync(), await FileAsync(), await FileAsync());
        // Rina: one breached, one on time. Nobody: one at risk, one on time. And another team's unassigned complaint.
        var (rinaBreached, rinaOnTime, waitingAtRisk, waitingOnTime) = (await FileAsync(), await FileAsync(), await FileAsync(), await FileAsync());
        await FileAsync("PHK");
        foreach (var id in new[] { onTime, atRisk, breached, paused, resolved })
        {
            await SetAsync(id, s => s.SetProperty(t => t.AssigneeId, Officer.UserId));
        }

        foreach (var id in new[] { rinaBreached, rinaOnTime })
        {
            await SetAsync(id, s => s.SetProperty(t => t.AssigneeId, Colleague.UserId));
        }

        await SetDeadlineAsync(onTime, now.AddHours(2), now.AddHours(6));
        await SetDeadlineAsync(atRisk, now.AddMinutes(-30), now.AddHours(1));
        await SetDeadlineAsync(breached, now.AddHours(-3), now.AddHours(-1));
        await SetDeadlineAsync(paused, null, null, paused: true);
        await SetDeadlineAsync(rinaBreached, now.AddDays(-2), now.AddDays(-1));
        await SetDeadlineAsync(rinaOnTime, now.AddHours(3), now.AddHours(8));
        await SetDeadlineAsync(waitingAtRisk, now.AddMinutes(-5), now.AddMinutes(40));
        await SetDeadlineAsync(waitingOnTime, now.AddHours(4), now.AddHours(9));
        await SetAsync(paused, s => s.SetProperty(t => t.Status, TicketStatus.PerluKelengkapan).SetProperty(t => t.CreatedAt, now.AddDays(-3)));
        // Closed: its breached clock and its age count for nothing.
        await SetAsync(resolved, s => s.SetProperty(t => t.Status, TicketStatus.Selesai).SetProperty(t => t.CreatedAt, now.AddDays(-30))
            .SetProperty(t => t.DueAt, now.AddDays(-20)).SetProperty(t => t.WarnAt, now.AddDays(-21)));
        await SetAsync(rinaOnTime, s => s.SetProperty(t => t.CreatedAt, now.AddDays(-1)));

        var board = await Board.BoardAsync(Lead, UpahTeamId);

        Assert.NotNull(board);
        Assert.Equal(UpahTeamId, board.TeamId);
        var sari = Assert.Single(board.Officers, o => o.UserId == Officer.UserId);
        Assert.Equal((4, 1, 1, (DateTime?)now.AddDays(-3)), (sari.Open, sari.AtRisk, sari.Breached, sari.OldestCreatedAt));
        var rina = Assert.Single(board.Officers, o => o.UserId == Colleague.UserId);
        Assert.Equal((2, 0, 1, (DateTime?)now.AddDays(-1)), (rina.Open, rina.AtRisk, rina.Breached, rina.OldestCreatedAt));
        var lead = Assert.Single(board.Officers, o => o.UserId == Lead.UserId);
        Assert.True(lead.IsLead);
        Assert.Equal((0, (DateTime?)null), (lead.Open, lead.OldestCreatedAt));
        Assert.DoesNotContain(board.Officers, o => o.UserId == OtherTeamOfficer.UserId);
        // Officers first, the most loaded at the top; the lead after them.
        Assert.Equal([Officer.UserId, Colleague.UserId, Lead.UserId], board.Officers.Select(o => o.UserId));
        // The team: every open ticket, assigned or not.
        Assert.Equal((8, 2, 2), (board.Open, board.AtRisk, board.Breached));
        Assert.Equal([waitingAtRisk, waitingOnTime], board.Unassigned.Select(t => t.Id));
    }

    [Fact]
    public async Task Board_OfficerOrAnotherTeamsLead_GetsNothing()
    {
        await FileAsync();

        Assert.Null(await Board.BoardAsync(Officer, UpahTeamId));
        Assert.Null(await Board.BoardAsync(OtherLead, UpahTeamId));
        Assert.Empty(await Board.TicketsAsync(Officer, UpahTeamId, null));
        Assert.Empty(await Board.TicketsAsync(OtherLead, UpahTeamId, null));
        Assert.Empty(await Board.TeamsAsync(Officer));
    }

    [Fact]
    public async Task Board_Admin_GetsAnyTeam()
    {
        var upah = await FileAsync();
        var phk = await FileAsync("PHK");

        var upahBoard = await Board.BoardAsync(Admin, UpahTeamId);
        var phkBoard = await Board.BoardAsync(Admin, OtherTeamOfficer.TeamId!.Value);

        Assert.NotNull(upahBoard);
        Assert.Equal([upah], upahBoard.Unassigned.Select(t => t.Id));
        Assert.NotNull(phkBoard);
        Assert.Equal([phk], phkBoard.Unassigned.Select(t => t.Id));
        Assert.Contains(phkBoard.Officers, o => o.UserId == OtherTeamOfficer.UserId);
        Assert.Contains(await Board.TeamsAsync(Admin), t => t.Id == OtherTeamOfficer.TeamId);
    }

    [Fact]
    public async Task Lists_UnassignedAndAnOfficers_MostUrgentFirstPausedLast()
    {
        var now = Now;
        var ids = new List<int>();
        for (var i = 0; i < 4; i++)
        {
            Clock.Advance(TimeSpan.FromMinutes(1));
            ids.Add(await FileAsync());
        }

        // Filed first, paused; then due in 3 h, due in 1 h, and another paused one filed last.
        await SetDeadlineAsync(ids[0], null, null, paused: true);
        await SetDeadlineAsync(ids[1], now.AddHours(2), now.AddHours(3));
        await SetDeadlineAsync(ids[2], now.AddMinutes(30), now.AddHours(1));
        await SetDeadlineAsync(ids[3], null, null, paused: true);
        var officers = await CaseloadAsync(Officer, 3);
        await SetDeadlineAsync(officers[0], now.AddHours(10), now.AddHours(20));
        await SetDeadlineAsync(officers[1], null, null, paused: true);
        await SetDeadlineAsync(officers[2], now.AddHours(-2), now.AddHours(-1));

        var board = await Board.BoardAsync(Lead, UpahTeamId);
        var unassigned = await Board.TicketsAsync(Lead, UpahTeamId, null);
        var sari = await Board.TicketsAsync(Lead, UpahTeamId, Officer.UserId);

        Assert.NotNull(board);
        Assert.Equal([ids[2], ids[1], ids[0], ids[3]], board.Unassigned.Select(t => t.Id));
        Assert.Equal([ids[2], ids[1], ids[0], ids[3]], unassigned.Select(t => t.Id));
        Assert.Equal([officers[2], officers[0], officers[1]], sari.Select(t => t.Id));
    }

    [Fact]
    public async Task Move_WithReason_GivesTheTicketRecordsTheLeadAndReasonAndPublishes()
    {
        var id = await FileAsync();
        Assert.True((await Workspace.ClaimAsync(Officer, await LoadAsync(Officer, id))).Succeeded);
        var ticket = Assert.Single(await Board.TicketsAsync(Lead, UpahTeamId, Officer.UserId));
        var (heard, subscription) = Listen(m => m.Type == TicketEventType.TicketChanged && m.Payload.TicketId == id);
        using var listening = subscription;

        var outcome = await Board.MoveAsync(Lead, ticket, Colleague.UserId, "Sari cuti sampai Jumat");

        Assert.Equal(new MoveOutcome(id, ticket.Number, true, null), outcome);
        Assert.Equal(Colleague.UserId, await AssigneeOfAsync(id));
        var move = (await AssignmentsAsync(id))[^1];
        Assert.Equal((Lead.UserId, "Sari Wulandari", "Rina Marlina", "Sari cuti sampai Jumat"), (move.ActorId, move.FromValue, move.ToValue, move.Note));
        Assert.Equal(Colleague.UserId, (await EventsAsync(id, TicketEventType.TicketChanged))[^1].AssigneeId);
        Assert.Equal(Colleague.UserId, (await heard.WaitAsync(Patience)).Payload.AssigneeId);
    }

    [Fact]
    public async Task Move_AfterTheOfficerResolvedIt_IsRefusedSayingWhoResolvedItAndTheTicketStaysResolved()
    {
        var id = await FileAsync();
        Assert.True((await Workspace.TransitionAsync(Officer, await LoadAsync(Officer, id), TicketAction.StartProcessing, null)).Succeeded);
        var ticket = Assert.Single(await Board.TicketsAsync(Lead, UpahTeamId, Officer.UserId));
        Assert.True((await Workspace.TransitionAsync(Officer, await LoadAsync(Officer, id), TicketAction.Resolve, "Upah sudah dibayar perusahaan.")).Succeeded);

        var outcome = await Board.MoveAsync(Lead, ticket, Colleague.UserId, "Pemerataan beban");

        Assert.False(outcome.Moved);
        Assert.Contains("Sari Wulandari", outcome.Reason, StringComparison.Ordinal);
        Assert.Contains(WorkspaceText["Event_Resolved"].Value, outcome.Reason, StringComparison.Ordinal);
        var stored = await ReadAsync(id);
        Assert.Equal((TicketStatus.Selesai, Officer.UserId), (stored.Status, stored.AssigneeId));
        Assert.Single(stored.History, h => h.Action == TicketHistoryAction.Assigned);
    }

    [Fact]
    public async Task Move_AfterAnotherLeadMovedIt_IsRefusedNamingThemAndTheirMoveStands()
    {
        var secondLead = await AddOfficerAsync("Dewi Lestari", Roles.TeamLead);
        var id = await FileAsync();
        var seenByBambang = Assert.Single((await Board.BoardAsync(Lead, UpahTeamId))!.Unassigned);
        var seenByDewi = Assert.Single(await Board.TicketsAsync(secondLead, UpahTeamId, null));
        Assert.True((await Board.MoveAsync(secondLead, seenByDewi, Colleague.UserId, "Rina paham kasus ini")).Moved);

        var outcome = await Board.MoveAsync(Lead, seenByBambang, Officer.UserId, "Sari masih longgar");

        Assert.False(outcome.Moved);
        Assert.Contains("Dewi Lestari", outcome.Reason, StringComparison.Ordinal);
        Assert.Contains("Rina Marlina", outcome.Reason, StringComparison.Ordinal);
        Assert.Equal(Colleague.UserId, await AssigneeOfAsync(id));
        var move = Assert.Single(await AssignmentsAsync(id));
        Assert.Equal(secondLead.UserId, move.ActorId);
    }

    [Fact]
    public async Task MoveMany_OneChangedMeanwhile_MovesTheOthersAndReportsEachInInputOrder()
    {
        var ids = await CaseloadAsync(null, 3);
        var seen = (await Board.BoardAsync(Lead, UpahTeamId))!.Unassigned;
        Assert.Equal(3, seen.Count);
        Assert.True((await Workspace.ClaimAsync(Colleague, await LoadAsync(Colleague, ids[1]))).Succeeded);
        var order = new[] { ids[2], ids[1], ids[0] }.Select(id => seen.Single(t => t.Id == id)).ToList();

        var outcomes = await Board.MoveManyAsync(Lead, order, Officer.UserId, "Sari menangani kasus perusahaan ini");

        Assert.Equal([ids[2], ids[1], ids[0]], outcomes.Select(o => o.TicketId));
        Assert.Equal([true, false, true], outcomes.Select(o => o.Moved));
        Assert.Equal(order.Select(t => t.Number), outcomes.Select(o => o.Number));
        Assert.Contains("Rina Marlina", outcomes[1].Reason, StringComparison.Ordinal);
        Assert.All(new[] { outcomes[0], outcomes[2] }, o => Assert.Null(o.Reason));
        Assert.Equal(Officer.UserId, await AssigneeOfAsync(ids[0]));
        Assert.Equal(Colleague.UserId, await AssigneeOfAsync(ids[1]));
        Assert.Equal(Officer.UserId, await AssigneeOfAsync(ids[2]));
    }

    [Fact]
    public async Task Move_ToSomeoneOutsideTheTeam_IsRefusedAndNothingChanges()
    {
        var id = await FileAsync();
        var ticket = Assert.Single((await Board.BoardAsync(Lead, UpahTeamId))!.Unassigned);
        var before = await ReadAsync(id);

        var toOtherTeam = await Board.MoveAsync(Lead, ticket, OtherTeamOfficer.UserId, "Coba tim PHK");
        var toAdmin = await Board.MoveAsync(Lead, ticket, Admin.UserId, "Coba admin");

        Assert.Equal((false, WorkspaceText["Refused_AssigneeNotInTeam"].Value), (toOtherTeam.Moved, toOtherTeam.Reason));
        Assert.Equal((false, WorkspaceText["Refused_AssigneeNotInTeam"].Value), (toAdmin.Moved, toAdmin.Reason));
        var after = await ReadAsync(id);
        Assert.Null(after.AssigneeId);
        Assert.Equal(before.Version, after.Version);
        Assert.Empty(await AssignmentsAsync(id));
        Assert.Empty(await EventsAsync(id, TicketEventType.TicketChanged));
    }

    [Fact]
    public async Task Move_ByAnOfficerOrAnotherTeamsLead_IsRefusedAndNothingChanges()
    {
        var id = await FileAsync();
        var ticket = Assert.Single((await Board.BoardAsync(Lead, UpahTeamId))!.Unassigned);

        var byOfficer = await Board.MoveAsync(Officer, ticket, Officer.UserId, "Saya ambil");
        var byOtherLead = await Board.MoveAsync(OtherLead, ticket, Colleague.UserId, "Untuk Rina");

        Assert.Equal((false, TeamText["Refused_NotLead"].Value), (byOfficer.Moved, byOfficer.Reason));
        Assert.Equal((false, TeamText["Refused_NotLead"].Value), (byOtherLead.Moved, byOtherLead.Reason));
        Assert.Null(await AssigneeOfAsync(id));
        Assert.Empty(await AssignmentsAsync(id));
    }

    [Fact]
    public async Task HandBack_OfficersOwnOpenTickets_AllGoBackToTheUnassignedColumn()
    {
        var open = await CaseloadAsync(Officer, 3);
        await SetAsync(open[0], s => s.SetProperty(t => t.Status, TicketStatus.Diproses));
        var closed = (await CaseloadAsync(Officer, 1))[0];
        await SetAsync(closed, s => s.SetProperty(t => t.Status, TicketStatus.Selesai));
        await SetAvailabilityAsync(Availability.Available, Colleague);

        var outcomes = await Board.HandBackAsync(Officer, Officer.UserId, redistribute: false);

        Assert.Equal(open.Order(), outcomes.Select(o => o.TicketId).Order());
        Assert.All(outcomes, o => Assert.True(o.Moved, o.Reason));
        foreach (var id in open)
        {
            Assert.Null(await AssigneeOfAsync(id));
            var back = (await AssignmentsAsync(id))[^1];
            Assert.Equal((Officer.UserId, "Sari Wulandari", (string?)null, TeamText["HandBack_Reason"].Value), (back.ActorId, back.FromValue, back.ToValue, back.Note));
        }

        Assert.Equal(Officer.UserId, await AssigneeOfAsync(closed));
        Assert.Equal((0, 3), (await OpenCountAsync(Colleague), await OpenCountAsync(null)));
    }

    [Fact]
    public async Task HandBack_RedistributedByTheLead_FillsAvailableOfficersUpToCapacityAndLeavesTheRestUnassigned()
    {
        var dian = await AddOfficerAsync("Dian Puspita");
        var agus = await AddOfficerAsync("Agus Salim");
        var sari = await CaseloadAsync(Officer, 5);
        await CaseloadAsync(Colleague, 1);
        await SetCapacityAsync(Colleague, 3); // room for 2
        await SetCapacityAsync(dian, 1); // room for 1
        await SetAvailabilityAsync(Availability.Available, Officer, Colleague, dian, Lead);
        await SetAvailabilityAsync(Availability.OnBreak, agus); // on a break: room, but not taking work

        var outcomes = await Board.HandBackAsync(Lead, Officer.UserId, redistribute: true);

        Assert.Equal(5, outcomes.Count);
        Assert.All(outcomes, o => Assert.True(o.Moved, o.Reason));
        Assert.Equal(0, await OpenCountAsync(Officer));
        Assert.Equal(3, await OpenCountAsync(Colleague));
        Assert.Equal(1, await OpenCountAsync(dian));
        Assert.Equal(0, await OpenCountAsync(agus));
        Assert.Equal(0, await OpenCountAsync(Lead));
        Assert.Equal(2, await OpenCountAsync(null));
        foreach (var id in sari)
        {
            Assert.Equal(Lead.UserId, (await AssignmentsAsync(id))[^1].ActorId);
        }
    }

    [Fact]
    public async Task HandBack_SomeoneElsesTicketsByAnotherTeamsOfficerOrAColleague_IsRefusedAndNothingMoves()
    {
        var sari = await CaseloadAsync(Officer, 2);

        var byOtherTeam = await Board.HandBackAsync(OtherTeamOfficer, Officer.UserId, redistribute: false);
        var byColleague = await Board.HandBackAsync(Colleague, Officer.UserId, redistribute: true);

        Assert.Equal((false, TeamText["Refused_NotLead"].Value), (Assert.Single(byOtherTeam).Moved, byOtherTeam[0].Reason));
        Assert.Equal((false, TeamText["Refused_NotLead"].Value), (Assert.Single(byColleague).Moved, byColleague[0].Reason));
        foreach (var id in sari)
        {
            Assert.Equal(Officer.UserId, await AssigneeOfAsync(id));
            Assert.Empty(await AssignmentsAsync(id));
        }
    }
}
