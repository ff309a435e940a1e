namespace HelpdeskConsole.Tickets.Presence;

/// <summary>
/// One open view of a ticket (a component in a browser tab). Disposing it leaves the ticket; disposing it again
/// does nothing. Each <see cref="ITicketPresence"/> implementation hands out its own subclass.
/// </summary>
public abstract class PresenceLease : IAsyncDisposable
{
    private int disposed;

    protected PresenceLease(int ticketId, string userId, string connectionKey)
    {
        TicketId = ticketId;
        UserId = userId;
        ConnectionKey = connectionKey;
    }

    public int TicketId { get; }

    public string UserId { get; }

    public string ConnectionKey { get; }

    public bool IsDisposed => Volatile.Read(ref disposed) != 0;

    public ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) != 0)
        {
            return ValueTask.CompletedTask;
        }

        GC.SuppressFinalize(this);
        return LeaveAsync();
    }

    /// <summary>Called once, on the first dispose.</summary>
    protected abstract ValueTask LeaveAsync();
}
