using HelpdeskConsole.Identity;
using HelpdeskConsole.Realtime;
using HelpdeskConsole.Teams;
using HelpdeskConsole.Teams.Assignment;
using HelpdeskConsole.Tests.TestSupport;
using HelpdeskConsole.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HelpdeskConsole.Tests.Teams;

public sealed class AutoAssignerTests : TeamTestBase
{
    [Fact]
    public async Task Assign_TeamModeOff_IsNotNeededAndTheTicketWaitsUnassigned()
    {
        await SetAvailabilityAsync(Availability.Available, Officer, Colleague);
        var id = await FileAsync();

        Assert.Equal(AutoAssignResult.NotNeeded, await Assigner.AssignAsync(id, announceIfNobody: true));

        Assert.Null(await AssigneeOfAsync(id));
        Assert.Empty(await AssignmentsAsync(id));
        Assert.Empty(await EventsAsync(id, TicketEventType.AssignmentNeeded));
    }

    [Fact]
    public async Task Assign_RoundRobin_AlternatesStartingWithWhoWaitedLongestAsTheSystem()
    {
        await SetAssignmentAsync(AssignmentMode.RoundRobin);
        await SetAvailabilityAsync(Availability.Available, Officer, Colleague, Lead);
        await SetLastAssignedAsync(Colleague, Now.AddHours(-2)); // Rina has waited longest
        await SetLastAssignedAsync(Officer, Now.AddHours(-1));

        var assignees = new List<string?>();
        for (var i = 0; i < 4; i++)
        {
            Clock.Advance(TimeSpan.FromMinutes(3));
            var id = await FileAsync();
            Assert.Equal(AutoAssignResult.Assigned, await Assigner.AssignAsync(id, announceIfNobody: true));
            assignees.Add(await AssigneeOfAsync(id));
            var entry = Assert.Single(await AssignmentsAsync(id));
            Assert.Null(entry.ActorId);
            Assert.Equal(TeamText["Auto_Note_RoundRobin"].Value, entry.Note);
            Assert.Equal(assignees[^1] == Officer.UserId ? "Sari Wulandari" : "Rina Marlina", entry.ToValue);
            Assert.Equal(assignees[^1], (await EventsAsync(id, TicketEventType.TicketChanged))[^1].AssigneeId);
        }

        Assert.Equal([Colleague.UserId, Officer.UserId, Colleague.UserId, Officer.UserId], assignees);
    }

    [Fact]
    public async Task Assign_LeastLoaded_GoesToTheOfficerWithFewestOpenTickets()
    {
        await SetAssignmentAsync(AssignmentMode.LeastLoaded);
        await SetAvailabilityAsync(Availability.Available, Officer, Colleague);
        await CaseloadAsync(Officer, 3);
        await CaseloadAsync(Colleague, 1);
        // Closed tickets are no load: Rina's extra resolved ones must not count against her.
        foreach (var id in await CaseloadAsync(Colleague, 3))
        {
            await SetAsync(id, s => s.SetProperty(t => t.Status, TicketStatus.Selesai));
        }

        // Round robin would pick Sari, who has waited longer.
        await SetLastAssignedAsync(Officer, Now.AddHours(-3));
        await SetLastAssignedAsync(Colleague, Now.AddMinutes(-5));
        var next = await FileAsync();

        Assert.Equal(AutoAssignResult.Assigned, await Assigner.AssignAsync(next, announceIfNobody: true));

        Assert.Equal(Colleague.UserId, await AssigneeOfAsync(next));
        Assert.Equal(TeamText["Auto_Note_LeastLoaded"].Value, Assert.Single(await AssignmentsAsync(next)).Note);
    }

    [Fact]
    public async Task Assign_LeastLoadedTie_GoesToWhoWaitedLongest()
    {
        await SetAssignmentAsync(AssignmentMode.LeastLoaded);
        await SetAvailabilityAsync(Availability.Available, Officer, Colleague);
        await CaseloadAsync(Officer, 2);
        await CaseloadAsync(Colleague, 2);
        await SetLastAssignedAsync(Officer, Now.AddMinutes(-10));
        await SetLastAssignedAsync(Colleague, Now.AddMinutes(-40));
        var first = await FileAsync();

        Assert.Equal(AutoAssignResult.Assigned, await Assigner.AssignAsync(first, announceIfNobody: false));
        Assert.Equal(Colleague.UserId, await AssigneeOfAsync(first));

        // Level again (3 each), and now Sari has waited longer.
        await CaseloadAsync(Officer, 1);
        await SetLastAssignedAsync(Officer, Now.AddMinutes(-30));
        await SetLastAssignedAsync(Colleague, Now.AddMinutes(-20));
        var second = await FileAsync();

        Assert.Equal(AutoAssignResult.Assigned, await Assigner.AssignAsync(second, announceIfNobody: false));
        Assert.Equal(Officer.UserId, await AssigneeOfAsync(second));
    }

    [Fact]
    public async Task Assign_OfficerOnBreakOrOffline_IsPassedOver()
    {
        var dian = await AddOfficerAsync("Dian Puspita");
        await SetAssignmentAsync(AssignmentMode.RoundRobin);
        await SetAvailabilityAsync(Availability.Available, Officer, dian);
        await SetAvailabilityAsync(Availability.OnBreak, Officer);
        // Sari (on a break) and Rina (offline) have waited longest; only Dian is at her desk.
        await SetLastAssignedAsync(Officer, Now.AddDays(-2));
        await SetLastAssignedAsync(Colleague, Now.AddDays(-1));
        await SetLastAssignedAsync(dian, Now.AddMinutes(-1));
        var id = await FileAsync();

        Assert.Equal(AutoAssignResult.Assigned, await Assigner.AssignAsync(id, announceIfNobody: true));

        Assert.Equal(dian.UserId, await AssigneeOfAsync(id));
    }

    [Fact]
    public async Task Assign_OnlyTheLeadIsAvailable_NobodyIsGivenTheTicket()
    {
        await SetAssignmentAsync(AssignmentMode.LeastLoaded);
        await SetAvailabilityAsync(Availability.Available, Lead);
        var id = await FileAsync();

        Assert.Equal(AutoAssignResult.NobodyAvailable, await Assigner.AssignAsync(id, announceIfNobody: false));

        Assert.Null(await AssigneeOfAsync(id));
        Assert.Equal(0, await OpenCountAsync(Lead));
    }

    [Fact]
    public async Task Assign_OfficerAtCapacity_IsSkipped()
    {
        await SetAssignmentAsync(AssignmentMode.RoundRobin);
        await SetAvailabilityAsync(Availability.Available, Officer, Colleague);
        await SetCapacityAsync(Officer, 1);
        await CaseloadAsync(Officer, 1);
        await SetLastAssignedAsync(Officer, Now.AddDays(-1)); // next in turn, but full
        await SetLastAssignedAsync(Colleague, Now.AddMinutes(-1));
        var id = await FileAsync();

        Assert.Equal(AutoAssignResult.Assigned, await Assigner.AssignAsync(id, announceIfNobody: true));

        Assert.Equal(Colleague.UserId, await AssigneeOfAsync(id));
        Assert.Equal(1, await OpenCountAsync(Officer));
    }

    [Fact]
    public async Task Assign_BySkill_OnlyOfficersSkilledInTheCategory()
    {
        int upah, thr;
        await using (var db = await Db.CreateDbContextAsync())
        {
            upah = await db.Categories.Where(c => c.Code == "UPAH").Select(c => c.Id).SingleAsync();
            thr = await db.Categories.Where(c => c.Code == "THR").Select(c => c.Id).SingleAsync();
        }

        await SetAssignmentAsync(AssignmentMode.RoundRobin, bySkill: true);
        await SetAvailabilityAsync(Availability.Available, Officer, Colleague);
        Assert.Null(await Staff.SetSkillsAsync(Lead, Officer.UserId, [thr]));
        Assert.Null(await Staff.SetSkillsAsync(Lead, Colleague.UserId, [upah]));
        await SetLastAssignedAsync(Officer, Now.AddDays(-1)); // Sari has waited longest, but knows only THR
        await SetLastAssignedAsync(Colleague, Now.AddMinutes(-1));
        var wages = await FileAsync("UPAH");
        var allowance = await FileAsync("THR");

        Assert.Equal(AutoAssignResult.Assigned, await Assigner.AssignAsync(wages, announceIfNobody: true));
        Assert.Equal(AutoAssignResult.Assigned, await Assigner.AssignAsync(allowance, announceIfNobody: true));

        Assert.Equal(Colleague.UserId, await AssigneeOfAsync(wages));
        Assert.Equal(Officer.UserId, await AssigneeOfAsync(allowance));

        Assert.Null(await Staff.SetSkillsAsync(Lead, Colleague.UserId, [thr]));
        var unskilled = await FileAsync("UPAH");
        Assert.Equal(AutoAssignResult.NobodyAvailable, await Assigner.AssignAsync(unskilled, announceIfNobody: false));
        Assert.Null(await AssigneeOfAsync(unskilled));
    }

    [Fact]
    public async Task Assign_NobodyQualifies_TicketWaitsAndTheLeadsAreTold()
    {
        await SetAssignmentAsync(AssignmentMode.RoundRobin);
        await SetAvailabilityAsync(Availability.OnBreak, Officer);
        var id = await FileAsync();
        var (heard, subscription) = Listen(m => m.Type == TicketEventType.AssignmentNeeded && m.Payload.TicketId == id);
        using var listening = subscription;

        Assert.Equal(AutoAssignResult.NobodyAvailable, await Assigner.AssignAsync(id, announceIfNobody: true));

        Assert.Null(await AssigneeOfAsync(id));
        Assert.Empty(await AssignmentsAsync(id));
        var logged = Assert.Single(await EventsAsync(id, TicketEventType.AssignmentNeeded));
        Assert.Equal((UpahTeamId, (string?)null), (logged.TeamId, logged.AssigneeId));
        var pushed = await heard.WaitAsync(Patience);
        Assert.Equal(logged.Sequence, pushed.Payload.Sequence);
    }

    [Fact]
    public async Task Assign_NobodyQualifiesWithoutAnnouncing_WritesNoEvent()
    {
        await SetAssignmentAsync(AssignmentMode.LeastLoaded);
        var id = await FileAsync();

        Assert.Equal(AutoAssignResult.NobodyAvailable, await Assigner.AssignAsync(id, announceIfNobody: false));

        Assert.Empty(await EventsAsync(id, TicketEventType.AssignmentNeeded));
    }

    [Fact]
    public async Task AssignWaiting_OfficerComesBack_HandsOutMostUrgentFirstUntilTheirCapacity()
    {
        await SetAssignmentAsync(AssignmentMode.LeastLoaded);
        await SetCapacityAsync(Officer, 2);
        var now = Now;
        var ids = new List<int>();
        for (var i = 0; i < 4; i++)
        {
            Clock.Advance(TimeSpan.FromMinutes(1));
            ids.Add(await FileAsync());
            Assert.Equal(AutoAssignResult.NobodyAvailable, await Assigner.AssignAsync(ids[^1], announceIfNobody: true));
        }

        await SetDeadlineAsync(ids[0], now.AddHours(3), now.AddHours(4));
        await SetDeadlineAsync(ids[1], now.AddMinutes(10), now.AddMinutes(30));
        await SetDeadlineAsync(ids[2], null, null, paused: true);
        await SetDeadlineAsync(ids[3], now.AddHours(1), now.AddHours(2));
        await SetAvailabilityAsync(Availability.Available, Officer);

        Assert.Equal(2, await Assigner.AssignWaitingAsync(UpahTeamId));

        Assert.Equal(Officer.UserId, await AssigneeOfAsync(ids[1]));
        Assert.Equal(Officer.UserId, await AssigneeOfAsync(ids[3]));
        Assert.Null(await AssigneeOfAsync(ids[0]));
        Assert.Null(await AssigneeOfAsync(ids[2]));
        Assert.Equal(2, await OpenCountAsync(Officer));
    }

    [Fact]
    public async Task AssignWaiting_TeamModeOff_HandsOutNothing()
    {
        await SetAvailabilityAsync(Availability.Available, Officer, Colleague);
        var ids = await CaseloadAsync(null, 2);

        Assert.Equal(0, await Assigner.AssignWaitingAsync(UpahTeamId));

        foreach (var id in ids)
        {
            Assert.Null(await AssigneeOfAsync(id));
        }
    }

    [Fact]
    public async Task Assign_SixAtOnceFromSeparateProcesses_NeverGivesAnOfficerMoreThanTheirCapacity()
    {
        await using var database = await SharedDatabaseFile.CreateAsync(Clock);
        var officer = await TestData.AddAccountAsync(database.Factory, "Sari Wulandari", Roles.Officer, "UPAH");
        var teamId = officer.TeamId!.Value;
        await using (var db = await database.Factory.CreateDbContextAsync())
        {
            await db.Teams.Where(t => t.Id == teamId).ExecuteUpdateAsync(s => s.SetProperty(t => t.AssignmentMode, AssignmentMode.RoundRobin));
            await db.Users.Where(u => u.Id == officer.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(u => u.Availability, Availability.Available).SetProperty(u => u.Capacity, 2));
        }

        var assigners = Enumerable.Range(0, 6).Select(_ => database.StartProcess().GetRequiredService<AutoAssigner>()).ToList();
        for (var round = 1; round <= 4; round++)
        {
            var tickets = new List<int>();
            for (var i = 0; i < 6; i++)
            {
                tickets.Add(await database.AddTicketAsync("UPAH"));
            }

            var results = await Task.WhenAll(tickets.Select((id, i) => Task.Run(() => assigners[i].AssignAsync(id, announceIfNobody: false))));

            await using var check = await database.Factory.CreateDbContextAsync();
            var assigned = await check.Tickets.CountAsync(t => tickets.Contains(t.Id) && t.AssigneeId == officer.Id);
            Assert.True(assigned == 2, $"round {round}: {assigned} of 6 tickets went to an officer with capacity 2");
            Assert.Equal(2, results.Count(r => r == AutoAssignResult.Assigned));
            Assert.Equal(4, results.Count(r => r == AutoAssignResult.NobodyAvailable));
            Assert.Equal(2, await check.TicketHistory.CountAsync(h => tickets.Contains(h.TicketId) && h.Action == TicketHistoryAction.Assigned));
            // Resolve this round's tickets so the officer has room for the next race.
            await check.Tickets.Where(t => tickets.Contains(t.Id)).ExecuteUpdateAsync(s => s.SetProperty(t => t.Status, TicketStatus.Selesai));
        }
    }
}
