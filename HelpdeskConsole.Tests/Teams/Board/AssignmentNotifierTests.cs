using Bunit;
using HelpdeskConsole.Teams;
using HelpdeskConsole.Teams.Assignment;
using HelpdeskConsole.Teams.Board;

namespace HelpdeskConsole.Tests.Teams.Board;

public sealed class AssignmentNotifierTests : BoardPageTestBase
{
    [Fact]
    public async Task Notifier_LeadMovesTicketToOfficer_TellsHerTheNumberTheLeadAndTheReason()
    {
        var id = await FileAsync(subject: "THR tidak dibayar");
        var number = await NumberOfAsync(id);
        SignInAsOfficer();
        RenderNotifier();

        var outcome = await Board.MoveAsync(Lead, await BoardTicketAsync(id), Officer.UserId, "Sari pernah menangani perusahaan ini");

        Assert.True(outcome.Moved, outcome.Reason);
        Snackbars.WaitForAssertion(() =>
        {
            var message = Assert.Single(Snackbars.FindAll(".mud-snackbar")).TextContent;
            Assert.Contains(number, message, StringComparison.Ordinal);
            Assert.Contains(LeadName, message, StringComparison.Ordinal);
            Assert.Contains("Sari pernah menangani perusahaan ini", message, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Notifier_OfficerClaimsTicketHerself_TellsHerNothing()
    {
        var claimed = await FileAsync(subject: "THR tidak dibayar");
        var moved = await FileAsync(subject: "Upah dipotong");
        var claimedNumber = await NumberOfAsync(claimed);
        var movedNumber = await NumberOfAsync(moved);
        SignInAsOfficer();
        RenderNotifier();

        await ClaimAsync(Officer, claimed);
        // A later move by the lead must be told: events arrive in order, so by then the claim was heard too.
        Assert.True((await Board.MoveAsync(Lead, await BoardTicketAsync(moved), Officer.UserId, null)).Moved);

        Snackbars.WaitForAssertion(() => Assert.Contains(movedNumber, Assert.Single(Snackbars.FindAll(".mud-snackbar")).TextContent, StringComparison.Ordinal));
        Assert.DoesNotContain(claimedNumber, Snackbars.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Notifier_LeadMovesTicketToColleague_TellsOfficerNothing()
    {
        var toColleague = await FileAsync(subject: "THR tidak dibayar");
        var toOfficer = await FileAsync(subject: "Upah dipotong");
        var colleagueNumber = await NumberOfAsync(toColleague);
        var officerNumber = await NumberOfAsync(toOfficer);
        SignInAsOfficer();
        RenderNotifier();

        Assert.True((await Board.MoveAsync(Lead, await BoardTicketAsync(toColleague), Colleague.UserId, null)).Moved);
        Assert.True((await Board.MoveAsync(Lead, await BoardTicketAsync(toOfficer), Officer.UserId, null)).Moved);

        Snackbars.WaitForAssertion(() => Assert.Contains(officerNumber, Assert.Single(Snackbars.FindAll(".mud-snackbar")).TextContent, StringComparison.Ordinal));
        Assert.DoesNotContain(colleagueNumber, Snackbars.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Notifier_NobodyAvailableForRoundRobin_WarnsTheLeadNamingTheTicket()
    {
        Assert.Null(await Staff.SetAssignmentAsync(Lead, TeamId, AssignmentMode.RoundRobin, bySkill: false));
        await Staff.SetAvailabilityAsync(Officer.UserId, Availability.Offline);
        await Staff.SetAvailabilityAsync(Colleague.UserId, Availability.OnBreak);
        var id = await FileAsync(subject: "THR tidak dibayar");
        var number = await NumberOfAsync(id);
        SignInAsLead();
        RenderNotifier();

        Assert.Equal(AutoAssignResult.NobodyAvailable, await Assigner.AssignAsync(id, announceIfNobody: true));

        Snackbars.WaitForAssertion(() =>
        {
            var snackbar = Assert.Single(Snackbars.FindAll(".mud-snackbar"));
            Assert.Contains("warning", snackbar.ClassName, StringComparison.Ordinal);
            Assert.Contains(number, snackbar.TextContent, StringComparison.Ordinal);
            Assert.Contains("belum dapat dibagikan otomatis", snackbar.TextContent, StringComparison.Ordinal);
        });
        Assert.Null(await AssigneeOfAsync(id));
    }

    [Fact]
    public async Task Notifier_NobodyAvailableSeenByOfficer_WarnsOnlyLeads()
    {
        Assert.Null(await Staff.SetAssignmentAsync(Lead, TeamId, AssignmentMode.RoundRobin, bySkill: false));
        await Staff.SetAvailabilityAsync(Officer.UserId, Availability.Offline);
        await Staff.SetAvailabilityAsync(Colleague.UserId, Availability.OnBreak);
        var unassignable = await FileAsync(subject: "THR tidak dibayar");
        var moved = await FileAsync(subject: "Upah dipotong");
        var movedNumber = await NumberOfAsync(moved);
        SignInAsOfficer();
        RenderNotifier();

        Assert.Equal(AutoAssignResult.NobodyAvailable, await Assigner.AssignAsync(unassignable, announceIfNobody: true));
        Assert.True((await Board.MoveAsync(Lead, await BoardTicketAsync(moved), Officer.UserId, null)).Moved);

        Snackbars.WaitForAssertion(() => Assert.Contains(movedNumber, Assert.Single(Snackbars.FindAll(".mud-snackbar")).TextContent, StringComparison.Ordinal));
        Assert.DoesNotContain("belum dapat dibagikan otomatis", Snackbars.Markup, StringComparison.Ordinal);
    }

    /// <summary>Renders the notifier and waits until it listens, as the console's layout does before anyone acts.</summary>
    private void RenderNotifier()
    {
        var cut = Context.Render<AssignmentNotifier>();
        cut.WaitForAssertion(() => Assert.True(FeedListens));
    }
}
