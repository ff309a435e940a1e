namespace HelpdeskConsole.Teams.Staff;

/// <summary>An officer's availability, capacity or skills changed, or a team's assignment settings did.</summary>
public sealed record StaffChange(int TeamId, string? UserId, Availability? Availability);

/// <summary>
/// Tells open boards and the automatic assigner that the team's people changed. In process, like the ticket event bus;
/// a shared bus (Redis) replaces it when the console runs on several servers. Changes are committed before they are
/// published, and every listener reads the database again: a lost push shows at the next one.
/// </summary>
public sealed partial class StaffBus(ILogger<StaffBus> logger)
{
    private readonly Lock gate = new();
    private readonly List<Func<StaffChange, Task>> handlers = [];

    public IDisposable Subscribe(Func<StaffChange, Task> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        lock (gate)
        {
            handlers.Add(handler);
        }

        return new Subscription(this, handler);
    }

    public void Publish(StaffChange change)
    {
        Func<StaffChange, Task>[] current;
        lock (gate)
        {
            current = [.. handlers];
        }

        foreach (var handler in current)
        {
            // Off the caller's thread: a slow board never holds up the change that caused it.
            _ = Task.Run(async () =>
            {
                try
                {
                    await handler(change);
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    LogHandlerFailed(logger, e);
                }
            });
        }
    }

    private void Unsubscribe(Func<StaffChange, Task> handler)
    {
        lock (gate)
        {
            handlers.Remove(handler);
        }
    }

    private sealed class Subscription(StaffBus bus, Func<StaffChange, Task> handler) : IDisposable
    {
        public void Dispose() => bus.Unsubscribe(handler);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A staff change listener failed")]
    private static partial void LogHandlerFailed(ILogger logger, Exception exception);
}
