using System.Collections.Immutable;

namespace HelpdeskConsole.Realtime;

/// <summary>
/// Carries committed ticket events to whoever listens in this process: open consoles (Blazor circuits) and
/// the SignalR hub notifier. Pushes are hints; the event log in the database is the truth, so a listener
/// that missed something catches up from there. Replaced by a Redis-backed bus when the app scales out.
/// </summary>
public interface ITicketEventBus
{
    /// <summary>Publishes events that are already committed.</summary>
    void Publish(IReadOnlyList<TicketEventMessage> messages);

    /// <summary>Registers a handler; dispose the result to unsubscribe (components do so in Dispose).</summary>
    IDisposable Subscribe(Func<IReadOnlyList<TicketEventMessage>, Task> handler);
}

public static class TicketEventBusExtensions
{
    public static void Publish(this ITicketEventBus bus, TicketEventMessage message) => bus.Publish([message]);
}

internal sealed partial class InProcessTicketEventBus(ILogger<InProcessTicketEventBus> logger) : ITicketEventBus
{
    private ImmutableArray<Subscription> subscriptions = [];

    public int SubscriberCount => subscriptions.Length;

    public void Publish(IReadOnlyList<TicketEventMessage> messages)
    {
        if (messages.Count == 0)
        {
            return;
        }

        foreach (var subscription in subscriptions)
        {
            // Each subscriber runs on its own: a slow or failing console never delays the others or the caller.
            _ = DeliverAsync(subscription, messages);
        }
    }

    private async Task DeliverAsync(Subscription subscription, IReadOnlyList<TicketEventMessage> messages)
    {
        try
        {
            await subscription.Handler(messages);
        }
        catch (Exception e)
        {
            LogHandlerFailed(logger, e, messages[0].Sequence);
        }
    }

    public IDisposable Subscribe(Func<IReadOnlyList<TicketEventMessage>, Task> handler)
    {
        var subscription = new Subscription(this, handler);
        ImmutableInterlocked.Update(ref subscriptions, list => list.Add(subscription));
        return subscription;
    }

    private void Remove(Subscription subscription) =>
        ImmutableInterlocked.Update(ref subscriptions, list => list.Remove(subscription));

    [LoggerMessage(Level = LogLevel.Warning, Message = "A ticket event subscriber failed on the batch starting at sequence {Sequence}")]
    private static partial void LogHandlerFailed(ILogger logger, Exception exception, long sequence);

    private sealed class Subscription(InProcessTicketEventBus bus, Func<IReadOnlyList<TicketEventMessage>, Task> handler) : IDisposable
    {
        public Func<IReadOnlyList<TicketEventMessage>, Task> Handler { get; } = handler;

        public void Dispose() => bus.Remove(this);
    }
}
