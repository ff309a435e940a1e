using System.Collections.Immutable;
using System.Threading.Channels;

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

/// <summary>
/// Each subscriber has its own queue and reader, so it receives events in publish order, one batch at a time,
/// and a slow or failing subscriber never delays the others or the request that published.
/// </summary>
internal sealed partial class InProcessTicketEventBus(ILogger<InProcessTicketEventBus> logger) : ITicketEventBus, IDisposable
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
            subscription.Queue.Writer.TryWrite(messages);
        }
    }

    public IDisposable Subscribe(Func<IReadOnlyList<TicketEventMessage>, Task> handler)
    {
        var subscription = new Subscription(this, handler);
        ImmutableInterlocked.Update(ref subscriptions, list => list.Add(subscription));
        subscription.Reader = Task.Run(() => subscription.RunAsync(logger));
        return subscription;
    }

    private void Remove(Subscription subscription) =>
        ImmutableInterlocked.Update(ref subscriptions, list => list.Remove(subscription));

    public void Dispose()
    {
        foreach (var subscription in subscriptions)
        {
            subscription.Dispose();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A ticket event subscriber failed on the batch starting at sequence {Sequence}")]
    private static partial void LogHandlerFailed(ILogger logger, Exception exception, long sequence);

    private sealed class Subscription(InProcessTicketEventBus bus, Func<IReadOnlyList<TicketEventMessage>, Task> handler) : IDisposable
    {
        public Channel<IReadOnlyList<TicketEventMessage>> Queue { get; } =
            Channel.CreateUnbounded<IReadOnlyList<TicketEventMessage>>(new UnboundedChannelOptions { SingleReader = true });

        public Task? Reader { get; set; }

        public async Task RunAsync(ILogger logger)
        {
            await foreach (var batch in Queue.Reader.ReadAllAsync())
            {
                try
                {
                    await handler(batch);
                }
                catch (Exception e)
                {
                    LogHandlerFailed(logger, e, batch[0].Sequence);
                }
            }
        }

        public void Dispose()
        {
            bus.Remove(this);
            Queue.Writer.TryComplete();
        }
    }
}
