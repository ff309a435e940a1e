using HelpdeskConsole.Identity;
using HelpdeskConsole.Realtime;
using HelpdeskConsole.Teams;
using HelpdeskConsole.Teams.Assignment;
using HelpdeskConsole.Teams.Board;
using HelpdeskConsole.Teams.Staff;
using HelpdeskConsole.Tests.TestSupport;
using HelpdeskConsole.Tests.Tickets.Workspace;
using HelpdeskConsole.Tickets;
using HelpdeskConsole.Tickets.Workspace;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Time.Testing;

namespace HelpdeskConsole.Tests.Teams;

/// <summary>
/// The team board's services (staff, board, automatic assignment, notices) on the workspace's real services and
/// in-memory SQLite database with the real migrations, on a fake clock that starts Monday 30 November 2026 at 09:00 WIB.
/// The workspace's people start offline with the default capacity, as new accounts do; a lead of the PHK team is added
/// so that "another team's lead" exists.
/// </summary>
public abstract class TeamTestBase : WorkspaceTestBase
{
    protected static readonly DateTimeOffset Start = new(2026, 11, 30, 2, 0, 0, TimeSpan.Zero); // 09:00 WIB

    /// <summary>How long a test waits for something that happens off its own thread (a push, a timer's work).</summary>
    protected static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);

    protected TeamTestBase()
    {
        Context.Services.AddSingleton<TimeProvider>(Clock);
        Context.Services.AddTeamBoardServices();
    }

    protected FakeTimeProvider Clock { get; } = new(Start);

    protected DateTime Now => Clock.GetUtcNow().UtcDateTime;

    protected StaffService Staff => Context.Services.GetRequiredService<StaffService>();

    protected TeamBoardService Board => Context.Services.GetRequiredService<TeamBoardService>();

    protected AutoAssigner Assigner => Context.Services.GetRequiredService<AutoAssigner>();

    protected AssignmentNotices Notices => Context.Services.GetRequiredService<AssignmentNotices>();

    protected IStringLocalizer<TeamStrings> TeamText => Context.Services.GetRequiredService<IStringLocalizer<TeamStrings>>();

    protected IStringLocalizer<WorkspaceStrings> WorkspaceText => Context.Services.GetRequiredService<IStringLocalizer<WorkspaceStrings>>();

    /// <summary>The lead of the PHK team (the officers' team is UPAH's).</summary>
    protected Viewer OtherLead { get; private set; } = default!;

    protected int UpahTeamId => Officer.TeamId!.Value;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var otherLead = await TestData.AddAccountAsync(Db, "Hendra Gunawan", Roles.TeamLead, "PHK");
        OtherLead = new Viewer(otherLead.Id, otherLead.TeamId, false, true);
    }

    /// <summary>Another officer of the UPAH team.</summary>
    protected async Task<Viewer> AddOfficerAsync(string name, string role = Roles.Officer)
    {
        var account = await TestData.AddAccountAsync(Db, name, role, "UPAH");
        return new Viewer(account.Id, account.TeamId, false, role == Roles.TeamLead);
    }

    protected async Task SetAvailabilityAsync(Availability availability, params Viewer[] people)
    {
        foreach (var person in people)
        {
            await Staff.SetAvailabilityAsync(person.UserId, availability);
        }
    }

    protected async Task SetCapacityAsync(Viewer person, int capacity) =>
        Assert.Null(await Staff.SetCapacityAsync(Lead, person.UserId, capacity));

    protected async Task SetAssignmentAsync(AssignmentMode mode, bool bySkill = false) =>
        Assert.Null(await Staff.SetAssignmentAsync(Lead, UpahTeamId, mode, bySkill));

    /// <summary>When automatic assignment last gave the person a ticket (round robin's "who waited longest").</summary>
    protected async Task SetLastAssignedAsync(Viewer person, DateTime? at)
    {
        await using var db = await Db.CreateDbContextAsync();
        await db.Users.Where(u => u.Id == person.UserId).ExecuteUpdateAsync(s => s.SetProperty(u => u.LastAssignedAt, at));
    }

    /// <summary>Files complaints that are already the person's (or nobody's): their caseload, as the database counts it.</summary>
    protected async Task<List<int>> CaseloadAsync(Viewer? person, int count, string categoryCode = "UPAH")
    {
        var ids = new List<int>();
        for (var i = 0; i < count; i++)
        {
            var id = await FileAsync(categoryCode);
            await SetAsync(id, t => t.SetProperty(x => x.AssigneeId, person?.UserId));
            ids.Add(id);
        }

        return ids;
    }

    /// <summary>Changes stored columns of a ticket directly (an SLA clock, a status, an age), as a test arrangement.</summary>
    protected async Task SetAsync(int ticketId, Action<UpdateSettersBuilder<Ticket>> setters)
    {
        await using var db = await Db.CreateDbContextAsync();
        Assert.Equal(1, await db.Tickets.Where(t => t.Id == ticketId).ExecuteUpdateAsync(setters));
    }

    /// <summary>Sets the ticket's stored SLA clock: when the warning share is used up and when it falls due.</summary>
    protected Task SetDeadlineAsync(int ticketId, DateTime? warnAt, DateTime? dueAt, bool paused = false) =>
        SetAsync(ticketId, s => s.SetProperty(t => t.WarnAt, warnAt).SetProperty(t => t.DueAt, dueAt).SetProperty(t => t.SlaPaused, paused));

    protected async Task<Availability> AvailabilityOfAsync(Viewer person)
    {
        var status = await Staff.StatusAsync(person.UserId);
        Assert.NotNull(status);
        return status.Availability;
    }

    protected async Task<string?> AssigneeOfAsync(int ticketId)
    {
        await using var db = await Db.CreateDbContextAsync();
        return await db.Tickets.Where(t => t.Id == ticketId).Select(t => t.AssigneeId).SingleAsync();
    }

    /// <summary>The open tickets the database gives the person (null: the team's unassigned ones).</summary>
    protected async Task<int> OpenCountAsync(Viewer? person)
    {
        await using var db = await Db.CreateDbContextAsync();
        var userId = person?.UserId;
        return await db.Tickets.CountAsync(t => t.TeamId == UpahTeamId && t.AssigneeId == userId && TicketStatusExtensions.Open.Contains(t.Status));
    }

    protected async Task<List<TicketHistoryEntry>> AssignmentsAsync(int ticketId)
    {
        await using var db = await Db.CreateDbContextAsync();
        return await db.TicketHistory.AsNoTracking().Where(h => h.TicketId == ticketId && h.Action == TicketHistoryAction.Assigned)
            .OrderBy(h => h.Id).ToListAsync();
    }

    protected async Task<List<TicketEvent>> EventsAsync(int ticketId, TicketEventType type)
    {
        await using var db = await Db.CreateDbContextAsync();
        return await db.TicketEvents.AsNoTracking().Where(e => e.TicketId == ticketId && e.Type == type).OrderBy(e => e.Sequence).ToListAsync();
    }

    /// <summary>Completes with the first pushed event that matches; dispose the subscription when done.</summary>
    protected (Task<TicketEventMessage> Heard, IDisposable Subscription) Listen(Func<TicketEventMessage, bool> match)
    {
        var heard = new TaskCompletionSource<TicketEventMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
        var subscription = Bus.Subscribe(messages =>
        {
            foreach (var m in messages.Where(match))
            {
                heard.TrySetResult(m);
            }

            return Task.CompletedTask;
        });
        return (heard.Task, subscription);
    }
}
