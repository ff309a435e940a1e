namespace HelpdeskConsole.Tickets.Presence;

/// <summary>
/// Who has which ticket open and who is typing in it: live, in memory, never stored. One instance for the whole
/// app; the in-process implementation serves a single server, and a shared store (Redis) replaces it when the
/// app scales out, which is why the calls are asynchronous. The caller has already checked that the officer may
/// see the ticket: this service only keeps and spreads presence.
/// </summary>
public interface ITicketPresence
{
    /// <summary>
    /// Opens the ticket for one officer in one browser tab (<paramref name="connectionKey"/>, one per circuit).
    /// The same tab joining twice counts once and stays until its last lease is disposed.
    /// </summary>
    ValueTask<PresenceLease> JoinAsync(int ticketId, string userId, string displayName, string connectionKey);

    /// <summary>
    /// Says what this tab is doing. Typing lasts until <see cref="Activity.None"/> or until no new call has come
    /// for the typing timeout (about 8 s), so a closed laptop never leaves anyone "typing" forever. Ignored once
    /// the lease is disposed.
    /// </summary>
    ValueTask SetActivityAsync(PresenceLease lease, Activity activity);

    /// <summary>Who has the ticket open now (empty when nobody has).</summary>
    ValueTask<TicketPresenceSnapshot> SnapshotAsync(int ticketId);

    /// <summary>
    /// Calls <paramref name="handler"/> with the new snapshot whenever someone joins, leaves, or starts or stops
    /// typing in the ticket. Handlers run off the caller's thread (components marshal with InvokeAsync), one at a
    /// time per subscription; a slow handler gets the latest snapshot, not every one in between. Dispose the
    /// result to unsubscribe.
    /// </summary>
    IDisposable Subscribe(int ticketId, Func<TicketPresenceSnapshot, Task> handler);
}
