using HelpdeskConsole.Components.Shortcuts;
using HelpdeskConsole.Identity;
using HelpdeskConsole.Localization;
using HelpdeskConsole.Realtime;
using HelpdeskConsole.Teams;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace HelpdeskConsole.Tickets.MyTickets;

/// <summary>
/// The officer's own open tickets, most urgent first. Live: an event about one of them, or about a ticket
/// newly assigned to them, triggers a (coalesced) reload from the database.
/// </summary>
public sealed partial class MyTicketsPage : IAsyncDisposable
{
    private static readonly TimeSpan Coalesce = TimeSpan.FromMilliseconds(150);

    private readonly CancellationTokenSource disposed = new();
    private readonly bool english = System.Globalization.CultureInfo.CurrentUICulture.IsEnglish();
    private readonly RowCursor cursor = new();
    private readonly Dictionary<int, ElementReference> links = [];
    private MyTicketsList? list;
    private Viewer? viewer;
    private IDisposable? shortcuts;
    private int reloadScheduled;
    private string timeZoneId = IndonesianTimeZones.Wib;

    [Inject] private MyTicketsService Service { get; set; } = default!;
    [Inject] private TicketFeed Feed { get; set; } = default!;
    [Inject] private TeamClock TeamClock { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private ShortcutRegistry Shortcuts { get; set; } = default!;
    [Inject] private IStringLocalizer<MyTicketsStrings> M { get; set; } = default!;
    [Inject] private IStringLocalizer<ShortcutStrings> S { get; set; } = default!;
    [Inject] private IStringLocalizer<Strings> L { get; set; } = default!;

    /// <summary>The ticket workspace's address (the workspace page owns the route).</summary>
    public static string TicketHref(int id) => $"/tickets/{id}";

    protected override async Task OnInitializedAsync()
    {
        shortcuts = Shortcuts.Register(this, M["Title"],
            new(ShortcutKeys.Next, S["List_Next"], () => MoveAsync(1)),
            new(ShortcutKeys.Previous, S["List_Previous"], () => MoveAsync(-1)),
            new(ShortcutKeys.Enter, S["List_Open"], OpenCurrent));

        viewer = await Feed.StartAsync();
        if (viewer is null)
        {
            list = new MyTicketsList([], 0);
            return;
        }

        Feed.Received += OnReceivedAsync;
        timeZoneId = await TeamClock.TimeZoneOfAsync(viewer);
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        if (viewer is null)
        {
            return;
        }

        list = await Service.GetOpenAsync(viewer, disposed.Token);
        links.Clear();
        cursor.Keep([.. list.Rows.Select(r => r.Id)]);
    }

    private string? RowClass(MyTicketRow row) =>
        (row.IsWaitingOnCitizen, cursor.IsCurrent(row.Id)) switch
        {
            (true, true) => "hc-mine-waiting hc-mine-current",
            (true, false) => "hc-mine-waiting",
            (false, true) => "hc-mine-current",
            _ => null,
        };

    private async Task MoveAsync(int delta)
    {
        if (list is null || cursor.Move([.. list.Rows.Select(r => r.Id)], delta) is not { } id)
        {
            return;
        }

        StateHasChanged();
        // Focus follows the highlight: the row scrolls into view, and Enter follows its link natively.
        if (links.TryGetValue(id, out var link))
        {
            await link.FocusAsync();
        }
    }

    private Task OpenCurrent()
    {
        if (cursor.Current is { } id)
        {
            Navigation.NavigateTo(TicketHref(id));
        }

        return Task.CompletedTask;
    }

    private Task OnReceivedAsync(IReadOnlyList<TicketEventMessage> messages)
    {
        // Only what concerns this list: a ticket now assigned to me, or one listed here (closed, handed on).
        var listed = list?.Rows.Select(r => r.Id).ToHashSet() ?? [];
        var relevant = messages.Any(m => m.Payload.AssigneeId == viewer?.UserId || listed.Contains(m.Payload.TicketId));
        if (relevant && Interlocked.Exchange(ref reloadScheduled, 1) == 0)
        {
            _ = ReloadSoonAsync();
        }

        return Task.CompletedTask;
    }

    private async Task ReloadSoonAsync()
    {
        try
        {
            // A burst of events becomes one reload: the first schedules it, the rest ride along.
            await Task.Delay(Coalesce, disposed.Token);
            Interlocked.Exchange(ref reloadScheduled, 0);
            await InvokeAsync(async () =>
            {
                await LoadAsync();
                StateHasChanged();
            });
        }
        catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException)
        {
            // The page closed while the reload waited.
        }
    }

    public async ValueTask DisposeAsync()
    {
        shortcuts?.Dispose();
        Feed.Received -= OnReceivedAsync;
        await disposed.CancelAsync();
        disposed.Dispose();
    }
}
