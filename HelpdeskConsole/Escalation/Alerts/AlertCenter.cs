using HelpdeskConsole.Identity;
using HelpdeskConsole.Realtime;
using HelpdeskConsole.Tickets;

namespace HelpdeskConsole.Escalation.Alerts;

/// <summary>
/// One open console's alerts (scoped to the Blazor circuit): the open count for the bell, whether the panel is open,
/// and the escalations addressed to this person as they arrive. It listens through <see cref="TicketFeed"/> (so only
/// tickets the person may see reach it) and reloads the count from the database on every escalation or acknowledgement:
/// the push says something changed, the database says what.
/// </summary>
public sealed partial class AlertCenter(TicketFeed feed, AlertService alerts, ILogger<AlertCenter> logger) : IDisposable
{
    private readonly SemaphoreSlim startLock = new(1, 1);
    private bool started;
    private bool disposed;

    public Viewer? Viewer { get; private set; }

    public int OpenCount { get; private set; }

    public bool IsPanelOpen { get; private set; }

    /// <summary>Raised when the count or the panel's state changed, or alerts were acknowledged (on any thread).</summary>
    public event Action? Changed;

    /// <summary>Raised (on the bus's thread) for each new escalation addressed to this person.</summary>
    public event Func<TicketEventMessage, Task>? Escalated;

    public async Task<Viewer?> StartAsync()
    {
        if (started)
        {
            return Viewer;
        }

        await startLock.WaitAsync();
        try
        {
            if (started)
            {
                return Viewer;
            }

            Viewer = await feed.StartAsync();
            if (Viewer is null)
            {
                return null;
            }

            // Listen first, then count: an escalation committed in between is counted by the reload it triggers.
            feed.Received += OnReceivedAsync;
            started = true;
            OpenCount = await alerts.CountOpenAsync(Viewer);
            return Viewer;
        }
        finally
        {
            startLock.Release();
        }
    }

    public void OpenPanel() => SetPanel(true);

    public void ClosePanel() => SetPanel(false);

    public void TogglePanel() => SetPanel(!IsPanelOpen);

    private void SetPanel(bool open)
    {
        if (IsPanelOpen != open)
        {
            IsPanelOpen = open;
            Changed?.Invoke();
        }
    }

    public async Task<AcknowledgeOutcome> AcknowledgeAsync(long alertId)
    {
        if (Viewer is not { } viewer)
        {
            return AcknowledgeOutcome.NotFound;
        }

        var outcome = await alerts.AcknowledgeAsync(viewer, alertId);
        await RefreshAsync();
        return outcome;
    }

    public async Task<int> AcknowledgeAllAsync()
    {
        if (Viewer is not { } viewer)
        {
            return 0;
        }

        var count = await alerts.AcknowledgeAllAsync(viewer);
        await RefreshAsync();
        return count;
    }

    public Task<IReadOnlyList<AlertRow>> ListAsync(bool includeAcknowledged) =>
        Viewer is { } viewer ? alerts.ListAsync(viewer, includeAcknowledged) : Task.FromResult<IReadOnlyList<AlertRow>>([]);

    /// <summary>Reads the open count again and tells the screens.</summary>
    public async Task RefreshAsync()
    {
        if (Viewer is not { } viewer || disposed)
        {
            return;
        }

        OpenCount = await alerts.CountOpenAsync(viewer);
        Changed?.Invoke();
    }

    private async Task OnReceivedAsync(IReadOnlyList<TicketEventMessage> messages)
    {
        if (Viewer is not { } viewer || !messages.Any(m => m.IsEscalation))
        {
            return;
        }

        try
        {
            await RefreshAsync();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogRefreshFailed(logger, e);
        }

        if (Escalated is { } handlers)
        {
            // A sweep that finds a ticket long overdue applies several levels at once: announce the highest.
            var news = messages.Where(m => AlertService.Concerns(viewer, m))
                .GroupBy(m => m.Payload.TicketId)
                .Select(g => g.MaxBy(m => m.Level)!);
            foreach (var message in news)
            {
                foreach (var handler in handlers.GetInvocationList().Cast<Func<TicketEventMessage, Task>>())
                {
                    await handler(message);
                }
            }
        }
    }

    public void Dispose()
    {
        disposed = true;
        feed.Received -= OnReceivedAsync;
        startLock.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not reload the open alert count")]
    private static partial void LogRefreshFailed(ILogger logger, Exception exception);
}
