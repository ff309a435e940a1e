namespace HelpdeskConsole.Tickets.Presence;

/// <summary>An officer who has the ticket open, once however many tabs they use; typing if any of their tabs types.</summary>
public sealed record PresentOfficer(string UserId, string DisplayName, Activity Activity);

/// <summary>
/// Who has a ticket open right now, in order of arrival. <see cref="Version"/> grows with every change (across
/// all tickets), so a listener that gets snapshots from two paths keeps the newest.
/// </summary>
public sealed class TicketPresenceSnapshot(int ticketId, long version, IReadOnlyList<PresentOfficer> officers)
{
    public int TicketId { get; } = ticketId;

    public long Version { get; } = version;

    public IReadOnlyList<PresentOfficer> Officers { get; } = officers;

    public static TicketPresenceSnapshot Empty(int ticketId) => new(ticketId, 0, []);

    public IReadOnlyList<PresentOfficer> Except(string userId) =>
        Officers.Where(o => !string.Equals(o.UserId, userId, StringComparison.Ordinal)).ToList();
}
