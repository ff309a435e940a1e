using HelpdeskConsole.Escalation;
using HelpdeskConsole.Escalation.Alerts;
using HelpdeskConsole.Identity;
using HelpdeskConsole.Realtime;
using HelpdeskConsole.Tests.Tickets.Workspace;
using HelpdeskConsole.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HelpdeskConsole.Tests.Escalation.Alerts;

public sealed class AlertServiceTests : WorkspaceTestBase
{
    private static readonly DateTime Now = DateTime.UtcNow;

    private AlertService Alerts => Context.Services.GetRequiredService<AlertService>();

    private Task<TicketEscalation> RaiseAsync(int ticketId, EscalationLevel level, string? alertedId, int minutesAgo = 0) =>
        TestEscalations.RaiseAsync(Db, null, ticketId, level, Now, alertedId, useTicketAssignee: false, escalatedAt: Now.AddMinutes(-minutesAgo));

    private async Task<IReadOnlyList<long>> IdsAsync(Viewer viewer) => (await Alerts.ListAsync(viewer)).Select(a => a.Id).ToList();

    [Fact]
    public async Task List_Officer_SeesOnlyAlertsAddressedToThem()
    {
        var ticket = await FileAsync();
        var mine = await RaiseAsync(ticket, EscalationLevel.Warning, Officer.UserId);
        await RaiseAsync(ticket, EscalationLevel.Breach, Colleague.UserId);
        await RaiseAsync(ticket, EscalationLevel.SecondLevel, null);

        Assert.Equal([mine.Id], await IdsAsync(Officer));
        Assert.Equal(1, await Alerts.CountOpenAsync(Officer));
    }

    [Fact]
    public async Task List_Lead_SeesEveryAlertOfTheTeamAndNoOtherTeam()
    {
        var ours = await FileAsync();
        var ours2 = await FileAsync();
        var ours3 = await FileAsync();
        var theirs = await FileAsync("PHK");
        var a = await RaiseAsync(ours, EscalationLevel.Warning, Officer.UserId, minutesAgo: 3);
        var b = await RaiseAsync(ours2, EscalationLevel.Breach, null, minutesAgo: 2);
        var c = await RaiseAsync(ours3, EscalationLevel.SecondLevel, Colleague.UserId, minutesAgo: 1);
        await RaiseAsync(theirs, EscalationLevel.SecondLevel, OtherTeamOfficer.UserId);

        // Newest first.
        Assert.Equal([c.Id, b.Id, a.Id], await IdsAsync(Lead));
        Assert.Equal(3, await Alerts.CountOpenAsync(Lead));
    }

    [Fact]
    public async Task List_Admin_SeesSecondLevelOfEveryTeamAndTheirOwn()
    {
        var ours = await FileAsync();
        var theirs = await FileAsync("PHK");
        await RaiseAsync(ours, EscalationLevel.Warning, Officer.UserId);
        await RaiseAsync(ours, EscalationLevel.Breach, null);
        var second = await RaiseAsync(ours, EscalationLevel.SecondLevel, Colleague.UserId, minutesAgo: 2);
        var elsewhere = await RaiseAsync(theirs, EscalationLevel.SecondLevel, null, minutesAgo: 1);
        var addressed = await RaiseAsync(await FileAsync("PHK"), EscalationLevel.Warning, Admin.UserId);

        Assert.Equal([addressed.Id, elsewhere.Id, second.Id], await IdsAsync(Admin));
    }

    [Fact]
    public async Task List_OtherTeamsTicket_NeverShownEvenWhenAddressedToTheViewer()
    {
        var ours = await FileAsync();
        await RaiseAsync(ours, EscalationLevel.Breach, OtherTeamOfficer.UserId);

        Assert.Empty(await IdsAsync(OtherTeamOfficer));
        Assert.Equal(0, await Alerts.CountOpenAsync(OtherTeamOfficer));
        Assert.Equal(0, await Alerts.AcknowledgeAllAsync(OtherTeamOfficer));
    }

    [Fact]
    public async Task List_ConfidentialTicketAssignedToSomeoneElse_HiddenFromTheOfficerShownToTheLead()
    {
        var secret = await FileAsync(identityMode: "rahasia");
        await TestEscalations.AssignAsync(Db, secret, Colleague.UserId);
        // Addressed to the officer (who had it before): they may no longer see the report, so not its alert either.
        var alert = await RaiseAsync(secret, EscalationLevel.Breach, Officer.UserId);

        Assert.Empty(await IdsAsync(Officer));
        Assert.Equal(AcknowledgeOutcome.NotFound, await Alerts.AcknowledgeAsync(Officer, alert.Id));
        Assert.Equal([alert.Id], await IdsAsync(Lead));
    }

    [Fact]
    public async Task Acknowledge_OpenAlert_RecordsWhoAndWhenHistoryAndEventWithoutTouchingTheTicket()
    {
        var ticket = await FileAsync();
        var alert = await RaiseAsync(ticket, EscalationLevel.Breach, Officer.UserId);
        var versionBefore = (await ReadAsync(ticket)).Version;
        var received = new TaskCompletionSource<TicketEventMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscription = Bus.Subscribe(batch =>
        {
            received.TrySetResult(batch.Single());
            return Task.CompletedTask;
        });

        Assert.Equal(AcknowledgeOutcome.Acknowledged, await Alerts.AcknowledgeAsync(Officer, alert.Id));

        await using (var db = await Db.CreateDbContextAsync())
        {
            var stored = await db.TicketEscalations.SingleAsync(e => e.Id == alert.Id);
            Assert.Equal(Officer.UserId, stored.AcknowledgedById);
            Assert.NotNull(stored.AcknowledgedAt);
            var logged = await db.TicketEvents.OrderBy(e => e.Sequence).LastAsync();
            Assert.Equal(TicketEventType.EscalationAcknowledged, logged.Type);
            Assert.Equal(EscalationLevel.Breach, logged.Level);
        }

        var saved = await ReadAsync(ticket);
        var history = Assert.Single(saved.History, h => h.Action == TicketHistoryAction.EscalationAcknowledged);
        Assert.Equal("Breach", history.ToValue);
        Assert.Equal(Officer.UserId, history.ActorId);
        Assert.Equal(versionBefore, saved.Version);

        var message = await received.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(TicketEventType.EscalationAcknowledged, message.Type);
        Assert.Equal(EscalationLevel.Breach, message.Level);
        Assert.Equal(ticket, message.Payload.TicketId);
        Assert.Equal(0, await Alerts.CountOpenAsync(Officer));
    }

    [Fact]
    public async Task Acknowledge_AlreadyAcknowledged_IsANoOpAnswer()
    {
        var ticket = await FileAsync();
        var alert = await RaiseAsync(ticket, EscalationLevel.Warning, Officer.UserId);
        Assert.Equal(AcknowledgeOutcome.Acknowledged, await Alerts.AcknowledgeAsync(Lead, alert.Id));

        Assert.Equal(AcknowledgeOutcome.AlreadyAcknowledged, await Alerts.AcknowledgeAsync(Officer, alert.Id));

        await using var db = await Db.CreateDbContextAsync();
        Assert.Equal(Lead.UserId, (await db.TicketEscalations.SingleAsync(e => e.Id == alert.Id)).AcknowledgedById);
        Assert.Equal(1, await db.TicketHistory.CountAsync(h => h.Action == TicketHistoryAction.EscalationAcknowledged));
        Assert.Equal(1, await db.TicketEvents.CountAsync(e => e.Type == TicketEventType.EscalationAcknowledged));
    }

    [Fact]
    public async Task Acknowledge_AlertAddressedToSomeoneElse_NotFoundAndUnchanged()
    {
        var ticket = await FileAsync();
        var alert = await RaiseAsync(ticket, EscalationLevel.Warning, Colleague.UserId);

        Assert.Equal(AcknowledgeOutcome.NotFound, await Alerts.AcknowledgeAsync(Officer, alert.Id));

        Assert.Equal(1, await Alerts.CountOpenAsync(Colleague));
    }

    [Fact]
    public async Task AcknowledgeAll_AcknowledgesOnlyTheViewersAlerts()
    {
        var ours = await FileAsync();
        var other = await FileAsync();
        await RaiseAsync(ours, EscalationLevel.Warning, Officer.UserId);
        await RaiseAsync(other, EscalationLevel.Breach, Officer.UserId);
        await RaiseAsync(ours, EscalationLevel.Breach, Colleague.UserId);

        Assert.Equal(2, await Alerts.AcknowledgeAllAsync(Officer));

        Assert.Equal(0, await Alerts.CountOpenAsync(Officer));
        Assert.Equal(1, await Alerts.CountOpenAsync(Colleague));
        Assert.Equal(0, await Alerts.AcknowledgeAllAsync(Officer));
        var listed = await Alerts.ListAsync(Officer, includeAcknowledged: true);
        Assert.Equal(2, listed.Count);
        Assert.All(listed, a => Assert.Equal("Sari Wulandari", a.AcknowledgedByName));
    }

    [Fact]
    public async Task Concerns_EscalationEvent_FollowsTheAudienceRule()
    {
        var ticket = await FileAsync();
        await TestEscalations.AssignAsync(Db, ticket, Officer.UserId);
        var alert = await TestEscalations.RaiseAsync(Db, null, ticket, EscalationLevel.Breach, Now);
        await using var db = await Db.CreateDbContextAsync();
        var message = TicketEventMessage.From(await db.TicketEvents.OrderBy(e => e.Sequence).LastAsync());

        Assert.Equal(Officer.UserId, alert.AssigneeId);
        Assert.True(AlertService.Concerns(Officer, message));
        Assert.True(AlertService.Concerns(Lead, message));
        Assert.False(AlertService.Concerns(Colleague, message));
        Assert.False(AlertService.Concerns(Admin, message)); // a breach is not an admin's; a second level is
        Assert.True(AlertService.Concerns(Admin, message with { Level = EscalationLevel.SecondLevel }));
        Assert.False(AlertService.Concerns(OtherTeamOfficer, message));
    }

    [Fact]
    public async Task List_LevelSupersededBySameDeadline_ShowsTheHighestAndAcknowledgesBoth()
    {
        var ticket = await FileAsync();
        var warning = await RaiseAsync(ticket, EscalationLevel.Warning, Officer.UserId, minutesAgo: 1);
        var breach = await RaiseAsync(ticket, EscalationLevel.Breach, Officer.UserId);

        Assert.Equal([breach.Id], await IdsAsync(Officer));
        Assert.Equal(1, await Alerts.CountOpenAsync(Officer));
        Assert.Equal(AcknowledgeOutcome.NotFound, await Alerts.AcknowledgeAsync(Officer, warning.Id));

        Assert.Equal(AcknowledgeOutcome.Acknowledged, await Alerts.AcknowledgeAsync(Officer, breach.Id));

        Assert.Equal(0, await Alerts.CountOpenAsync(Officer));
        await using var db = await Db.CreateDbContextAsync();
        Assert.Equal(2, await db.TicketEscalations.CountAsync(e => e.AcknowledgedById == Officer.UserId));
        Assert.Equal(["Breach", "Warning"], (await db.TicketHistory.Where(h => h.Action == TicketHistoryAction.EscalationAcknowledged)
            .Select(h => h.ToValue!).ToListAsync()).Order());
    }
}
