using System.Globalization;
using HelpdeskConsole.Escalation;
using HelpdeskConsole.Identity;
using HelpdeskConsole.Localization;
using HelpdeskConsole.Realtime;
using HelpdeskConsole.Teams.Staff;
using HelpdeskConsole.Tickets;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace HelpdeskConsole.Teams.Board;

/// <summary>
/// The team lead's board: every officer's load and presence, the unassigned column, and moves by dialog, drag and drop
/// or in bulk. Everything is read again from the database on every ticket event of the team and every staff change, so
/// it stays live while officers work; each move is checked against the ticket as the lead saw it.
/// </summary>
public sealed partial class TeamBoardPage : IAsyncDisposable
{
    private const string Unassigned = "\u0000unassigned";
    private readonly bool english = CultureInfo.CurrentUICulture.IsEnglish();
    private readonly CancellationTokenSource disposed = new();
    private readonly HashSet<string> expanded = [];
    private readonly Dictionary<string, IReadOnlyList<BoardTicket>> officerTickets = [];
    private readonly Dictionary<int, BoardTicket> selected = [];
    private readonly Dictionary<string, int> capacityEdits = [];
    private readonly Dictionary<string, IReadOnlyCollection<int>> skillEdits = [];
    private IReadOnlyList<(int Id, string Name)> teams = [];
    private IReadOnlyList<QueueCategory> categories = [];
    private Viewer? viewer;
    private TeamBoard? board;
    private int teamId;
    private bool loading = true;
    private bool busy;
    private long loads;
    private BoardTicket? dragged;
    private string? dropTarget;
    private DateTime now;
    private IDisposable? staffSubscription;
    private ITimer? minuteTick;

    [Inject] private TeamBoardService Board { get; set; } = default!;
    [Inject] private StaffService Staff { get; set; } = default!;
    [Inject] private StaffBus StaffBus { get; set; } = default!;
    [Inject] private TicketFeed Feed { get; set; } = default!;
    [Inject] private HelpdeskConsole.Tickets.Workspace.TicketWorkspaceService Workspace { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;
    [Inject] private IStringLocalizer<TeamStrings> T { get; set; } = default!;

    private int CapacityPercent
    {
        get
        {
            var officers = board?.Officers.Where(o => !o.IsLead).ToList() ?? [];
            var capacity = officers.Sum(o => o.Capacity);
            return capacity == 0 ? 0 : (int)Math.Round(100.0 * officers.Sum(o => o.Open) / capacity);
        }
    }

    protected override async Task OnInitializedAsync()
    {
        viewer = await Feed.StartAsync();
        if (viewer is null)
        {
            loading = false;
            return;
        }

        teams = await Board.TeamsAsync(viewer, disposed.Token);
        categories = await Workspace.CategoriesAsync(disposed.Token);
        teamId = viewer.TeamId is { } own && teams.Any(t => t.Id == own) ? own : teams.Count > 0 ? teams[0].Id : 0;
        Feed.Received += OnTicketEventsAsync;
        staffSubscription = StaffBus.Subscribe(change => change.TeamId == teamId ? RefreshAsync() : Task.CompletedTask);
        // Ages and "at risk" move on with the clock, without any event.
        minuteTick = Clock.CreateTimer(_ => _ = RefreshAsync(), null, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));
        await ReloadAsync();
    }

    private async Task ReloadAsync()
    {
        if (viewer is null || teamId == 0)
        {
            (board, loading) = (null, false);
            return;
        }

        var load = ++loads;
        var loaded = await Board.BoardAsync(viewer, teamId, disposed.Token);
        var lists = new Dictionary<string, IReadOnlyList<BoardTicket>>();
        foreach (var userId in expanded)
        {
            lists[userId] = await Board.TicketsAsync(viewer, teamId, userId, disposed.Token);
        }

        // Events arrive in bursts: only the newest read shows.
        if (load != loads)
        {
            return;
        }

        board = loaded;
        now = Clock.GetUtcNow().UtcDateTime;
        foreach (var (userId, list) in lists)
        {
            officerTickets[userId] = list;
        }

        foreach (var officer in board?.Officers ?? [])
        {
            capacityEdits.TryAdd(officer.UserId, officer.Capacity);
            skillEdits.TryAdd(officer.UserId, [.. officer.SkillCategoryIds]);
        }

        loading = false;
    }

    private Task OnTicketEventsAsync(IReadOnlyList<TicketEventMessage> messages) =>
        messages.Any(m => m.Payload.TeamId == teamId) ? RefreshAsync() : Task.CompletedTask;

    private async Task RefreshAsync()
    {
        try
        {
            await InvokeAsync(async () =>
            {
                await ReloadAsync();
                StateHasChanged();
            });
        }
        catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException)
        {
            // The board closed.
        }
    }

    private async Task SelectTeamAsync(int id)
    {
        (teamId, board, loading) = (id, null, true);
        expanded.Clear();
        officerTickets.Clear();
        selected.Clear();
        capacityEdits.Clear();
        skillEdits.Clear();
        await ReloadAsync();
    }

    private async Task ToggleAsync(string userId)
    {
        if (!expanded.Remove(userId))
        {
            expanded.Add(userId);
            officerTickets[userId] = await Board.TicketsAsync(viewer!, teamId, userId, disposed.Token);
        }
    }

    private void Select(BoardTicket ticket, bool on)
    {
        if (on)
        {
            selected[ticket.Id] = ticket;
        }
        else
        {
            selected.Remove(ticket.Id);
        }
    }

    private async Task SetModeAsync(AssignmentMode mode) => await Report(await Staff.SetAssignmentAsync(viewer!, teamId, mode, board?.AssignBySkill ?? false));

    private async Task SetBySkillAsync(bool bySkill) =>
        await Report(await Staff.SetAssignmentAsync(viewer!, teamId, board?.AssignmentMode ?? AssignmentMode.Off, bySkill));

    private async Task SaveOfficerAsync(BoardOfficer officer)
    {
        busy = true;
        try
        {
            var refusal = await Staff.SetCapacityAsync(viewer!, officer.UserId, capacityEdits[officer.UserId])
                ?? await Staff.SetSkillsAsync(viewer!, officer.UserId, [.. skillEdits[officer.UserId]]);
            if (refusal is null)
            {
                Snackbar.Add(T["Officer_Saved", officer.DisplayName], Severity.Success);
            }

            await Report(refusal);
        }
        finally
        {
            busy = false;
        }
    }

    private async Task Report(string? refusal)
    {
        if (refusal is not null)
        {
            Snackbar.Add(refusal, Severity.Warning);
        }

        await ReloadAsync();
    }

    /// <summary>A ticket dropped on an officer (or the unassigned column) moves there, unless it changed meanwhile.</summary>
    private async Task DropAsync(string? toUserId)
    {
        dropTarget = null;
        var ticket = dragged;
        dragged = null;
        if (ticket is null || ticket.AssigneeId == toUserId || busy)
        {
            return;
        }

        busy = true;
        try
        {
            ShowOutcome(await Board.MoveAsync(viewer!, ticket, toUserId, null, disposed.Token), toUserId);
            await ReloadAsync();
        }
        finally
        {
            busy = false;
        }
    }

    private Task MoveOneAsync(BoardTicket ticket) => MoveWithDialogAsync([ticket]);

    private Task MoveSelectedAsync() => MoveWithDialogAsync([.. selected.Values]);

    private async Task MoveWithDialogAsync(IReadOnlyList<BoardTicket> tickets)
    {
        if (board is null || tickets.Count == 0)
        {
            return;
        }

        var dialog = await Dialogs.ShowAsync<MoveDialog>(T["Move_Title"], new DialogParameters<MoveDialog>
        {
            { d => d.Tickets, tickets },
            { d => d.Officers, board.Officers },
        }, new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true, CloseButton = true, CloseOnEscapeKey = true });
        if (await dialog.Result is not { Canceled: false, Data: MoveChoice choice })
        {
            return;
        }

        busy = true;
        try
        {
            var outcomes = await Board.MoveManyAsync(viewer!, tickets, choice.ToUserId, choice.Reason, disposed.Token);
            if (outcomes.Count == 1)
            {
                ShowOutcome(outcomes[0], choice.ToUserId);
            }
            else
            {
                await ShowSummaryAsync(outcomes, choice.ToUserId);
            }

            foreach (var moved in outcomes.Where(o => o.Moved))
            {
                selected.Remove(moved.TicketId);
            }

            await ReloadAsync();
        }
        finally
        {
            busy = false;
        }
    }

    private async Task HandBackAsync(BoardOfficer officer, bool redistribute)
    {
        var question = redistribute ? T["Redistribute_Body", officer.Open, officer.DisplayName] : T["HandBackLead_Body", officer.Open, officer.DisplayName];
        if (!await Administration.AdminUi.ConfirmAsync(Dialogs, redistribute ? T["Officer_Redistribute"] : T["Officer_HandBack"], question, T["Common_Confirm"]))
        {
            return;
        }

        busy = true;
        try
        {
            await ShowSummaryAsync(await Board.HandBackAsync(viewer!, officer.UserId, redistribute, disposed.Token), null);
            await ReloadAsync();
        }
        finally
        {
            busy = false;
        }
    }

    private void ShowOutcome(MoveOutcome outcome, string? toUserId)
    {
        if (outcome.Moved)
        {
            Snackbar.Add(T["Moved_One", outcome.Number, NameOf(toUserId)], Severity.Success);
        }
        else
        {
            Snackbar.Add(T["NotMoved_One", outcome.Number, outcome.Reason ?? ""], Severity.Warning, o => o.VisibleStateDuration = 10_000);
        }
    }

    /// <summary>What moved and what did not, and why: the lead decides again about the rest.</summary>
    private async Task ShowSummaryAsync(IReadOnlyList<MoveOutcome> outcomes, string? toUserId)
    {
        var moved = outcomes.Count(o => o.Moved);
        var notMoved = outcomes.Where(o => !o.Moved).ToList();
        if (notMoved.Count == 0)
        {
            Snackbar.Add(T["Moved_Many", moved, NameOf(toUserId)], Severity.Success);
            return;
        }

        var lines = string.Join("\n", notMoved.Select(o => $"• {o.Number}: {o.Reason}"));
        await Dialogs.ShowMessageBoxAsync(new MessageBoxOptions
        {
            Title = T["Summary_Title"],
            Message = T["Summary_Body", moved, notMoved.Count] + "\n\n" + lines,
            YesText = T["Common_Ok"],
        });
    }

    private string NameOf(string? userId) =>
        userId is null ? T["Column_Unassigned"] : board?.Officers.FirstOrDefault(o => o.UserId == userId)?.DisplayName ?? "?";

    private static Color LoadColour(BoardOfficer officer) => officer.CapacityUsed switch
    {
        >= 1 => Color.Error,
        >= 0.8 => Color.Warning,
        _ => Color.Success,
    };

    private string DueText(BoardTicket ticket)
    {
        if (ticket.Paused || ticket.DueAt is null)
        {
            return T["Due_Paused"];
        }

        var left = ticket.DueAt.Value - now;
        return left < TimeSpan.Zero
            ? T["Due_Overdue", DeadlineDisplay.Compact(-left, CultureInfo.CurrentCulture)]
            : T["Due_Left", DeadlineDisplay.Compact(left, CultureInfo.CurrentCulture)];
    }

    public async ValueTask DisposeAsync()
    {
        minuteTick?.Dispose();
        staffSubscription?.Dispose();
        Feed.Received -= OnTicketEventsAsync;
        await disposed.CancelAsync();
        disposed.Dispose();
    }
}
