using System.Security.Claims;
using Bunit;
using HelpdeskConsole.Identity;
using HelpdeskConsole.Teams;
using HelpdeskConsole.Teams.Assignment;
using HelpdeskConsole.Teams.Board;
using HelpdeskConsole.Teams.Staff;
using HelpdeskConsole.Tests.TestSupport;
using HelpdeskConsole.Tests.Tickets.Workspace;
using HelpdeskConsole.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace HelpdeskConsole.Tests.Teams.Board;

/// <summary>
/// The workspace's people and services plus the team board's (staff, board, assigner, notices), for the board's
/// components: the lead Bambang Sutrisno and the officers Sari Wulandari and Rina Marlina of the wages team.
/// </summary>
public abstract class BoardPageTestBase : WorkspaceTestBase
{
    protected const string SariName = "Sari Wulandari";
    protected const string RinaName = "Rina Marlina";
    protected const string LeadName = "Bambang Sutrisno";

    protected BoardPageTestBase() => Context.Services.AddTeamBoardServices();

    /// <summary>Starts every test on a shift: the wages team's people are available (a new account starts offline).</summary>
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var db = await Db.CreateDbContextAsync();
        string[] onShift = [Officer.UserId, Colleague.UserId, Lead.UserId];
        await db.Users.Where(u => onShift.Contains(u.Id)).ExecuteUpdateAsync(u => u.SetProperty(x => x.Availability, Availability.Available));
        Popovers = Context.Render<MudPopoverProvider>();
        Dialogs = Context.Render<MudDialogProvider>();
        Snackbars = Context.Render<MudSnackbarProvider>();
    }

    protected IRenderedComponent<MudPopoverProvider> Popovers { get; private set; } = default!;

    protected IRenderedComponent<MudDialogProvider> Dialogs { get; private set; } = default!;

    protected IRenderedComponent<MudSnackbarProvider> Snackbars { get; private set; } = default!;

    /// <summary>Opens a MudSelect and picks the item whose text contains <paramref name="text"/>.</summary>
    protected Task ChooseAsync(AngleSharp.Dom.IElement select, string text) => MudSelectChoice.ChooseAsync(Popovers, select, text);

    protected TeamBoardService Board => Context.Services.GetRequiredService<TeamBoardService>();

    protected StaffService Staff => Context.Services.GetRequiredService<StaffService>();

    protected AutoAssigner Assigner => Context.Services.GetRequiredService<AutoAssigner>();

    /// <summary>The wages team the officers and the lead belong to.</summary>
    protected int TeamId => Lead.TeamId!.Value;

    /// <summary>Signs the bUnit user in as the team's lead (for rendering the board).</summary>
    protected void SignInAsLead() => SignIn(Lead, LeadName, Roles.TeamLead);

    protected void SignIn(Viewer viewer, string name, string role)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        Auth.SetAuthorized(name);
        Auth.SetRoles(role);
        Auth.SetClaims(new Claim(ClaimTypes.NameIdentifier, viewer.UserId));
    }

    /// <summary>Whether the screens that share the circuit's feed are listening (a notifier that is not yet listening hears nothing).</summary>
    protected bool FeedListens => Context.Services.GetRequiredService<TicketFeed>().HasListeners;

    /// <summary>The ticket as the board shows it to the lead right now.</summary>
    protected async Task<BoardTicket> BoardTicketAsync(int ticketId, string? assigneeId = null)
    {
        var tickets = await Board.TicketsAsync(Lead, TeamId, assigneeId);
        return Assert.Single(tickets, t => t.Id == ticketId);
    }

    protected async Task<string> NumberOfAsync(int ticketId)
    {
        await using var db = await Db.CreateDbContextAsync();
        return await db.Tickets.Where(t => t.Id == ticketId).Select(t => t.Number).SingleAsync();
    }

    protected async Task<string?> AssigneeOfAsync(int ticketId)
    {
        await using var db = await Db.CreateDbContextAsync();
        return await db.Tickets.Where(t => t.Id == ticketId).Select(t => t.AssigneeId).SingleAsync();
    }

    protected async Task<Availability> AvailabilityOfAsync(string userId)
    {
        await using var db = await Db.CreateDbContextAsync();
        return await db.Users.Where(u => u.Id == userId).Select(u => u.Availability).SingleAsync();
    }

    protected async Task ClaimAsync(Viewer viewer, int ticketId)
    {
        var result = await Workspace.ClaimAsync(viewer, await LoadAsync(viewer, ticketId));
        Assert.True(result.Succeeded, result.Message);
    }
}
