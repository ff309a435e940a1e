using HelpdeskConsole.Tickets;

namespace HelpdeskConsole.Data.Seeding;

/// <summary>
/// The clock and the record of one seeded ticket's life: messages and history entries in the order they
/// happened. Officers act in office hours (in the team's time zone), citizens at any waking hour.
/// </summary>
internal sealed class TicketLife(Random random, TimeSpan offset, DateTime createdAt)
{
    private readonly DateTime start = createdAt;

    public List<TicketMessage> Messages { get; } = [];
    public List<TicketHistoryEntry> Entries { get; } = [];

    /// <summary>The moment of the latest event.</summary>
    public DateTime Now { get; private set; } = createdAt;

    /// <summary>The team's offset from UTC, for greetings by local time of day.</summary>
    public TimeSpan Offset => offset;

    /// <summary>The last activity: the ticket's UpdatedAt.</summary>
    public DateTime Last => Now;

    public void OfficerAfter(TimeSpan min, TimeSpan max) =>
        Now = SeedCalendar.NextWorkingTime(Now + random.Between(min, max), offset, random);

    public void OfficerAfter((TimeSpan Min, TimeSpan Max) wait) => OfficerAfter(wait.Min, wait.Max);

    public void CitizenAfter(TimeSpan min, TimeSpan max) =>
        Now = SeedCalendar.CitizenTime(Now + random.Between(min, max), offset, random);

    /// <summary>Time passing with nobody acting, e.g. until an automatic closure.</summary>
    public void After(TimeSpan min, TimeSpan max) => Now += random.Between(min, max);

    public void Message(MessageType type, string? authorId, string body) =>
        Messages.Add(new TicketMessage { Type = type, AuthorId = authorId, Body = body, CreatedAt = Now });

    public void History(TicketHistoryAction action, string? actorId, string? fromValue = null, string? toValue = null, string? note = null) =>
        Entries.Add(new TicketHistoryEntry { At = Now, ActorId = actorId, Action = action, FromValue = fromValue, ToValue = toValue, Note = note });

    /// <summary>
    /// Squeezes the life proportionally so that it ends before <paramref name="nowUtc"/>: a ticket that arrived
    /// this morning and already has answers got them quickly, not next week.
    /// </summary>
    public void FitBefore(DateTime nowUtc)
    {
        var margin = TimeSpan.FromTicks(Math.Min(TimeSpan.FromMinutes(1).Ticks, Math.Max(0, (nowUtc - start).Ticks / 2)));
        var limit = nowUtc - margin;
        if (Now <= limit)
        {
            return;
        }

        var span = (Now - start).Ticks;
        var factor = span == 0 ? 0 : Math.Max(0, (limit - start).Ticks) / (double)span;
        foreach (var message in Messages)
        {
            message.CreatedAt = Squeeze(message.CreatedAt, factor);
        }

        foreach (var entry in Entries)
        {
            entry.At = Squeeze(entry.At, factor);
        }

        Now = Squeeze(Now, factor);
    }

    private DateTime Squeeze(DateTime at, double factor) => start.AddTicks((long)((at - start).Ticks * factor));
}
