using HelpdeskConsole.Components.Shortcuts;
using HelpdeskConsole.Escalation;
using HelpdeskConsole.Escalation.Alerts;
using HelpdeskConsole.Identity;
using HelpdeskConsole.Intake;
using HelpdeskConsole.Localization;
using HelpdeskConsole.Realtime;
using HelpdeskConsole.Teams;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace HelpdeskConsole.Tickets;

/// <summary>
/// The officer's queue. Filters, sort and paging run on the server; live events trigger a (coalesced) reload
/// of the current page from the database, so rows appear and change in place exactly as the data says.
/// </summary>
public sealed partial class TicketQueuePage : IAsyncDisposable
{
    private const string StatusOpen = "open";
    private const string StatusAny = "any";
    private static readonly TimeSpan FreshFor = TimeSpan.FromSeconds(6);
    private static readonly TimeSpan Coalesce = TimeSpan.FromMilliseconds(150);

    private readonly Dictionary<int, DateTime> fresh = [];
    private readonly CancellationTokenSource disposed = new();
    private readonly bool english = System.Globalization.CultureInfo.CurrentUICulture.IsEnglish();
    private QueuePage? page;
    private IReadOnlyList<QueueCategory> categories = [];
    private Viewer? viewer;
    private bool loading = true;
    private bool noTeam;
    private int reloadScheduled;
    private string timeZoneId = IndonesianTimeZones.Wib;
    private readonly RowCursor rowCursor = new();
    private readonly Dictionary<int, ElementReference> rowLinks = [];
    private MudTextField<string>? searchField;
    private IDisposable? shortcuts;
    private ITimer? minuteTick;

    private string? search;
    private string statusFilter = StatusOpen;
    private int? categoryId;
    private TicketPriority? priority;
    private QueueAssignment assignment = QueueAssignment.All;
    private QueueSort sort = QueueSort.Created;
    private bool descending = true;
    private int pageNumber = 1;
    private int pageSize = TicketQueueService.PageSizes[0];

    [Inject] private TicketQueueService Queue { get; set; } = default!;
    [Inject] private TicketFeed Feed { get; set; } = default!;
    [Inject] private TeamClock TeamClock { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;
    [Inject] private IStringLocalizer<Strings> L { get; set; } = default!;
    [Inject] private ShortcutRegistry Shortcuts { get; set; } = default!;
    [Inject] private IStringLocalizer<ShortcutStrings> S { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private IStringLocalizer<AlertStrings> A { get; set; } = default!;

    // Inline so the highlight needs no stylesheet of its own; the bar on the left does not rely on colour alone.
    private const string HighlightStyle =
        "background-color: var(--mud-palette-action-default-hover); box-shadow: inset 3px 0 0 var(--mud-palette-primary); transition: none";

    private int PageCount => page is null ? 1 : Math.Max(1, (int)Math.Ceiling(page.Total / (double)page.PageSize));

    protected override async Task OnInitializedAsync()
    {
        viewer = await Feed.StartAsync();
        if (viewer is null || (viewer.TeamId is null && !viewer.IsAdmin))
        {
            noTeam = true;
            loading = false;
            return;
        }

        shortcuts = Shortcuts.Register(this, L["Queue_Title"],
            new(ShortcutKeys.Search, S["List_Search"], () => searchField?.FocusAsync().AsTask() ?? Task.CompletedTask),
            new(ShortcutKeys.Next, S["List_Next"], () => MoveHighlightAsync(1)),
            new(ShortcutKeys.Previous, S["List_Previous"], () => MoveHighlightAsync(-1)),
            new(ShortcutKeys.Enter, S["List_Open"], OpenHighlighted));
        Feed.Received += OnReceivedAsync;
        timeZoneId = await TeamClock.TimeZoneOfAsync(viewer);
        categories = await Queue.CategoriesAsync(viewer);
        await LoadAsync();
        await Feed.MarkSeenAsync();
        // Time left moves on with the clock (and a deadline turns amber, then red) without any event.
        minuteTick = Clock.CreateTimer(_ => _ = RenderAgainAsync(), null, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));
    }

    private async Task RenderAgainAsync()
    {
        try
        {
            await InvokeAsync(StateHasChanged);
        }
        catch (ObjectDisposedException)
        {
            // The page closed between two ticks.
        }
    }

    private string? RowClass(QueueRow row) =>
        (IsFresh(row.Id), row.EscalationLevel >= EscalationLevel.Warning) switch
        {
            (true, true) => "hc-row-new hc-row-escalated",
            (true, false) => "hc-row-new",
            (false, true) => "hc-row-escalated",
            _ => null,
        };

    /// <summary>Time left or overdue, coloured by state; the state is also in the tooltip, so colour is not the only sign.</summary>
    private RenderFragment DeadlineCell(QueueRow row) => builder =>
    {
        var now = Clock.GetUtcNow().UtcDateTime;
        var state = DeadlineDisplay.StateOf(row.DueKind, row.DueAt, row.WarnAt, row.SlaPaused, now);
        var culture = System.Globalization.CultureInfo.CurrentCulture;
        // The amount never breaks inside ("33 h 4 j"), so the narrow column wraps only between it and "terlambat" / "lagi".
        string Amount(TimeSpan span) => DeadlineDisplay.Compact(span, culture).Replace(' ', '\u00A0');
        var (text, hint) = state switch
        {
            DeadlineState.Closed => ("—", L["Queue_DueClosed"].Value),
            DeadlineState.Paused => (L["Queue_DuePaused"].Value, L["Queue_DuePausedHint"].Value),
            _ => (row.DueAt!.Value < now
                    ? L["Queue_DueOverdue", Amount(now - row.DueAt.Value)].Value
                    : L["Queue_DueLeft", Amount(row.DueAt.Value - now)].Value,
                $"{StateWord(state)} · {A.Label(row.DueKind!.Value)}: {RelativeTime.DeskTime(row.DueAt.Value, timeZoneId, culture)}"),
        };
        builder.OpenElement(0, "span");
        builder.AddAttribute(1, "class", state.CssClass());
        builder.AddAttribute(2, "data-due-state", state.ToString());
        builder.AddAttribute(3, "title", hint);
        builder.AddContent(4, text);
        builder.CloseElement();
    };

    private string StateWord(DeadlineState state) => state switch
    {
        DeadlineState.Breached => L["Queue_DueBreached"],
        DeadlineState.AtRisk => L["Queue_DueAtRisk"],
        _ => L["Queue_DueOnTrack"],
    };

    private QueueQuery CurrentQuery() => new()
    {
        Statuses = statusFilter switch
        {
            StatusOpen => TicketStatusExtensions.Open,
            StatusAny => [],
            _ => [Enum.Parse<TicketStatus>(statusFilter)],
        },
        CategoryId = categoryId,
        Priority = priority,
        Assignment = assignment,
        Search = search,
        Sort = sort,
        Descending = descending,
        Page = pageNumber,
        PageSize = pageSize,
    };

    private async Task LoadAsync()
    {
        if (viewer is null)
        {
            return;
        }

        loading = true;
        var result = await Queue.GetPageAsync(viewer, CurrentQuery(), disposed.Token);
        if (result.Rows.Count == 0 && result.Total > 0 && pageNumber > 1)
        {
            // The page emptied under us (tickets closed elsewhere): show the last page that has rows.
            pageNumber = Math.Max(1, (int)Math.Ceiling(result.Total / (double)result.PageSize));
            result = await Queue.GetPageAsync(viewer, CurrentQuery(), disposed.Token);
        }

        page = result;
        loading = false;
        rowLinks.Clear();
        rowCursor.Keep([.. result.Rows.Select(r => r.Id)]);
    }

    private async Task MoveHighlightAsync(int delta)
    {
        if (page is null || rowCursor.Move([.. page.Rows.Select(r => r.Id)], delta) is not { } id)
        {
            return;
        }

        StateHasChanged();
        // Focus follows the highlight: the row scrolls into view, and Enter follows its link natively.
        if (rowLinks.TryGetValue(id, out var link))
        {
            await link.FocusAsync();
        }
    }

    private Task OpenHighlighted()
    {
        if (rowCursor.Current is { } id)
        {
            Navigation.NavigateTo($"/tickets/{id}");
        }

        return Task.CompletedTask;
    }

    private Task OnReceivedAsync(IReadOnlyList<TicketEventMessage> messages)
    {
        var now = Clock.GetUtcNow().UtcDateTime;
        lock (fresh)
        {
            foreach (var m in messages.Where(m => m.Type == TicketEventType.TicketCreated))
            {
                fresh[m.Payload.TicketId] = now;
            }
        }

        // A burst of events becomes one reload: the first schedules it, the rest ride along. The handler
        // returns at once so the feed keeps delivering while the reload waits.
        if (Interlocked.Exchange(ref reloadScheduled, 1) == 0)
        {
            _ = ReloadSoonAsync();
        }

        return Task.CompletedTask;
    }

    private async Task ReloadSoonAsync()
    {
        try
        {
            await Task.Delay(Coalesce, disposed.Token);
            Interlocked.Exchange(ref reloadScheduled, 0);
            await InvokeAsync(async () =>
            {
                await LoadAsync();
                StateHasChanged();
            });
            await Feed.MarkSeenAsync();
        }
        catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException)
        {
            // The page closed while the reload waited.
        }
    }

    private bool IsFresh(int ticketId)
    {
        lock (fresh)
        {
            return fresh.TryGetValue(ticketId, out var at) && Clock.GetUtcNow().UtcDateTime - at < FreshFor;
        }
    }

    private RenderFragment SortHeader(QueueSort column, string label) => builder =>
    {
        builder.OpenComponent<MudTableSortLabel<QueueRow>>(0);
        builder.AddComponentParameter(1, nameof(MudTableSortLabel<QueueRow>.SortDirection),
            sort == column ? descending ? SortDirection.Descending : SortDirection.Ascending : SortDirection.None);
        builder.AddComponentParameter(2, nameof(MudTableSortLabel<QueueRow>.SortDirectionChanged),
            EventCallback.Factory.Create<SortDirection>(this, direction => OnSortAsync(column, direction)));
        builder.AddComponentParameter(3, nameof(MudTableSortLabel<QueueRow>.ChildContent), (RenderFragment)(b => b.AddContent(0, label)));
        builder.AddAttribute(4, "title", L["Queue_SortBy", label].Value);
        builder.CloseComponent();
    };

    private async Task OnSortAsync(QueueSort column, SortDirection direction)
    {
        // The deadline column opens on the most urgent first (ascending); after that a click turns it round.
        descending = column == QueueSort.Due && sort != QueueSort.Due ? false : direction != SortDirection.Ascending;
        sort = column;
        pageNumber = 1;
        await LoadAsync();
    }

    private Task OnSearchChanged(string? value) => Reset(() => search = value);

    private Task OnStatusChanged(string value) => Reset(() => statusFilter = value);

    private Task OnCategoryChanged(int? value) => Reset(() => categoryId = value);

    private Task OnPriorityChanged(TicketPriority? value) => Reset(() => priority = value);

    private Task OnAssignmentChanged(QueueAssignment value) => Reset(() => assignment = value);

    private Task OnPageSizeChanged(int value) => Reset(() => pageSize = value);

    private async Task OnPageChanged(int value)
    {
        pageNumber = value;
        await LoadAsync();
    }

    private Task ClearFiltersAsync() => Reset(() =>
    {
        search = null;
        statusFilter = StatusAny;
        categoryId = null;
        priority = null;
        assignment = QueueAssignment.All;
    });

    private async Task Reset(Action change)
    {
        change();
        pageNumber = 1;
        await LoadAsync();
    }

    private async Task OpenNewTicketAsync()
    {
        var dialog = await Dialogs.ShowAsync<NewTicketDialog>(L["Queue_NewTicket"], new DialogOptions { MaxWidth = MaxWidth.Medium, FullWidth = true, CloseOnEscapeKey = true });
        await dialog.Result;
    }

    public async ValueTask DisposeAsync()
    {
        shortcuts?.Dispose();
        minuteTick?.Dispose();
        Feed.Received -= OnReceivedAsync;
        await disposed.CancelAsync();
        disposed.Dispose();
    }
}
