using System.Diagnostics.CodeAnalysis;
using System.Threading.Channels;

namespace HelpdeskConsole.Tickets.Presence;

/// <summary>
/// Presence for a single server: one lock over a small table of open tickets. A ticket's entry lives while
/// someone has it open or listens to it, and is removed with the last of them. Typing expires through a timer
/// from the injected <see cref="TimeProvider"/> (one per typing tab), so tests drive it with a fake clock.
/// </summary>
internal sealed partial class InProcessTicketPresence(TimeProvider clock, ILogger<InProcessTicketPresence> logger)
    : ITicketPresence, IDisposable
{
    /// <summary>How long typing lasts after the last keystroke reported.</summary>
    public static readonly TimeSpan TypingTimeout = TimeSpan.FromSeconds(8);

    private readonly Lock gate = new();
    private readonly Dictionary<int, Room> rooms = [];
    private long version;
    private long arrivals;
    private bool disposed;

    /// <summary>Tickets with someone present or listening (the others are forgotten).</summary>
    public int TicketCount
    {
        get
        {
            lock (gate)
            {
                return rooms.Count;
            }
        }
    }

    public ValueTask<PresenceLease> JoinAsync(int ticketId, string userId, string displayName, string connectionKey)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        ArgumentException.ThrowIfNullOrWhiteSpace(displayName);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionKey);

        lock (gate)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            var room = RoomFor(ticketId);
            var key = new ConnectionId(userId, connectionKey);
            if (!room.Connections.TryGetValue(key, out var connection))
            {
                connection = new Connection(ticketId, key, ++arrivals);
                room.Connections.Add(key, connection);
            }

            connection.DisplayName = displayName;
            connection.Leases++;
            Publish(room);
            return ValueTask.FromResult<PresenceLease>(new Lease(this, ticketId, key));
        }
    }

    public ValueTask SetActivityAsync(PresenceLease lease, Activity activity)
    {
        ArgumentNullException.ThrowIfNull(lease);
        if (lease is not Lease own || own.Owner != this)
        {
            throw new ArgumentException("The lease comes from another presence service.", nameof(lease));
        }

        if (!Enum.IsDefined(activity))
        {
            throw new ArgumentOutOfRangeException(nameof(activity), activity, null);
        }

        lock (gate)
        {
            if (own.IsDisposed || !TryFind(own.TicketId, own.Id, out var room, out var connection))
            {
                return ValueTask.CompletedTask;
            }

            connection.Activity = activity;
            if (activity == Activity.None)
            {
                connection.StopTimer();
            }
            else
            {
                connection.TypingUntil = clock.GetUtcNow() + TypingTimeout;
                // A running timer is not moved on each keystroke: when it fires early it sleeps again for the rest.
                connection.Timer ??= clock.CreateTimer(
                    static state => ((TimerState)state!).Fire(), new TimerState(this, connection), TypingTimeout, Timeout.InfiniteTimeSpan);
            }

            Publish(room);
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask<TicketPresenceSnapshot> SnapshotAsync(int ticketId)
    {
        lock (gate)
        {
            return ValueTask.FromResult(rooms.TryGetValue(ticketId, out var room) ? room.Current : TicketPresenceSnapshot.Empty(ticketId));
        }
    }

    public IDisposable Subscribe(int ticketId, Func<TicketPresenceSnapshot, Task> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        var subscription = new Subscription(this, ticketId, handler);
        lock (gate)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            RoomFor(ticketId).Subscriptions.Add(subscription);
        }

        subscription.Start(logger);
        return subscription;
    }

    public void Dispose()
    {
        lock (gate)
        {
            disposed = true;
            foreach (var room in rooms.Values)
            {
                foreach (var connection in room.Connections.Values)
                {
                    connection.StopTimer();
                }

                foreach (var subscription in room.Subscriptions)
                {
                    subscription.Complete();
                }
            }

            rooms.Clear();
        }
    }

    private Room RoomFor(int ticketId)
    {
        if (!rooms.TryGetValue(ticketId, out var room))
        {
            room = new Room(ticketId);
            rooms.Add(ticketId, room);
        }

        return room;
    }

    private bool TryFind(int ticketId, ConnectionId id, [NotNullWhen(true)] out Room? room, [NotNullWhen(true)] out Connection? connection)
    {
        connection = null;
        return rooms.TryGetValue(ticketId, out room) && room.Connections.TryGetValue(id, out connection);
    }

    private void RemoveIfUnused(Room room)
    {
        if (room.Connections.Count == 0 && room.Subscriptions.Count == 0)
        {
            rooms.Remove(room.TicketId);
        }
    }

    private void Leave(Lease lease)
    {
        lock (gate)
        {
            if (!TryFind(lease.TicketId, lease.Id, out var room, out var connection))
            {
                return;
            }

            if (--connection.Leases == 0)
            {
                connection.StopTimer();
                room.Connections.Remove(lease.Id);
            }

            Publish(room);
            RemoveIfUnused(room);
        }
    }

    private void Unsubscribe(Subscription subscription)
    {
        lock (gate)
        {
            if (rooms.TryGetValue(subscription.TicketId, out var room) && room.Subscriptions.Remove(subscription))
            {
                RemoveIfUnused(room);
            }
        }

        subscription.Complete();
    }

    private void OnTypingTimer(Connection connection)
    {
        lock (gate)
        {
            // The tab may have left, stopped typing, or left and come back (a new entry) since the timer was set.
            if (connection.Timer is not { } timer || !TryFind(connection.TicketId, connection.Id, out var room, out var current) || current != connection)
            {
                return;
            }

            var remaining = connection.TypingUntil - clock.GetUtcNow();
            if (remaining > TimeSpan.Zero)
            {
                timer.Change(remaining, Timeout.InfiniteTimeSpan);
                return;
            }

            connection.Activity = Activity.None;
            connection.StopTimer();
            Publish(room);
        }
    }

    /// <summary>Recomputes the ticket's snapshot and, when it differs from the last one, hands it to the listeners.</summary>
    private void Publish(Room room)
    {
        var now = clock.GetUtcNow();
        var officers = room.Connections.Values
            .GroupBy(c => c.Id.UserId, StringComparer.Ordinal)
            .OrderBy(g => g.Min(c => c.Arrival))
            .Select(g => new PresentOfficer(
                g.Key,
                g.MaxBy(c => c.Arrival)!.DisplayName,
                g.Select(c => c.EffectiveActivity(now)).Aggregate(Activity.None, Stronger)))
            .ToList();
        if (officers.SequenceEqual(room.Current.Officers))
        {
            return;
        }

        room.Current = new TicketPresenceSnapshot(room.TicketId, ++version, officers);
        // Written under the lock, so every listener sees the snapshots in version order.
        foreach (var subscription in room.Subscriptions)
        {
            subscription.Offer(room.Current);
        }
    }

    /// <summary>A reply outranks a note: someone replying in any of their tabs is what a colleague must know.</summary>
    private static Activity Stronger(Activity a, Activity b) =>
        a == Activity.TypingReply || b == Activity.TypingReply ? Activity.TypingReply
        : a == Activity.TypingNote || b == Activity.TypingNote ? Activity.TypingNote
        : Activity.None;

    [LoggerMessage(Level = LogLevel.Warning, Message = "A presence listener for ticket {TicketId} failed")]
    private static partial void LogHandlerFailed(ILogger logger, Exception exception, int ticketId);

    private readonly record struct ConnectionId(string UserId, string ConnectionKey);

    private sealed class Room(int ticketId)
    {
        public int TicketId { get; } = ticketId;

        public Dictionary<ConnectionId, Connection> Connections { get; } = [];

        public List<Subscription> Subscriptions { get; } = [];

        public TicketPresenceSnapshot Current { get; set; } = TicketPresenceSnapshot.Empty(ticketId);
    }

    /// <summary>One tab (circuit) of one officer in one ticket.</summary>
    private sealed class Connection(int ticketId, ConnectionId id, long arrival)
    {
        public int TicketId { get; } = ticketId;

        public ConnectionId Id { get; } = id;

        public long Arrival { get; } = arrival;

        public string DisplayName { get; set; } = "";

        public int Leases { get; set; }

        public Activity Activity { get; set; }

        public DateTimeOffset TypingUntil { get; set; }

        public ITimer? Timer { get; set; }

        // Checked on read as well, so a timer that runs late never shows stale typing in a snapshot taken meanwhile.
        public Activity EffectiveActivity(DateTimeOffset now) => Activity != Activity.None && now < TypingUntil ? Activity : Activity.None;

        public void StopTimer()
        {
            Timer?.Dispose();
            Timer = null;
        }
    }

    private sealed class TimerState(InProcessTicketPresence owner, Connection connection)
    {
        public void Fire() => owner.OnTypingTimer(connection);
    }

    private sealed class Lease(InProcessTicketPresence owner, int ticketId, ConnectionId id)
        : PresenceLease(ticketId, id.UserId, id.ConnectionKey)
    {
        public InProcessTicketPresence Owner { get; } = owner;

        public ConnectionId Id { get; } = id;

        protected override ValueTask LeaveAsync()
        {
            Owner.Leave(this);
            return ValueTask.CompletedTask;
        }
    }

    /// <summary>
    /// A listener with its own one-slot queue and reader: it receives snapshots in order, one at a time, skips to
    /// the newest when it falls behind, and never delays the officer whose keystroke caused the change.
    /// </summary>
    private sealed class Subscription(InProcessTicketPresence owner, int ticketId, Func<TicketPresenceSnapshot, Task> handler) : IDisposable
    {
        private readonly Channel<TicketPresenceSnapshot> queue = Channel.CreateBounded<TicketPresenceSnapshot>(
            new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });

        private int disposed;

        public int TicketId { get; } = ticketId;

        public void Offer(TicketPresenceSnapshot snapshot) => queue.Writer.TryWrite(snapshot);

        public void Start(ILogger logger) => _ = Task.Run(() => RunAsync(logger));

        private async Task RunAsync(ILogger logger)
        {
            await foreach (var snapshot in queue.Reader.ReadAllAsync())
            {
                try
                {
                    await handler(snapshot);
                }
                catch (Exception e)
                {
                    LogHandlerFailed(logger, e, TicketId);
                }
            }
        }

        public void Complete() => queue.Writer.TryComplete();

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0)
            {
                owner.Unsubscribe(this);
            }
        }
    }
}
