using HelpdeskConsole.Data;
using HelpdeskConsole.Tickets;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskConsole.Realtime;

/// <summary>
/// Appends events to the persisted log inside the caller's transaction. Callers publish the returned
/// messages on <see cref="ITicketEventBus"/> only after they commit.
/// </summary>
public static class TicketEventLog
{
    /// <summary>
    /// Reserves <paramref name="count"/> sequence numbers and returns the first. Must run inside a transaction:
    /// the UPDATE takes the counter's row lock until commit, which orders concurrent writers.
    /// </summary>
    public static async Task<long> ReserveAsync(HelpdeskDbContext db, int count, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Event sequence numbers must be reserved inside the transaction that writes the change.");
        }

        var updated = await db.EventSequences.Where(s => s.Id == EventSequence.SingletonId)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Value, x => x.Value + count), cancellationToken);
        if (updated == 0)
        {
            throw new InvalidOperationException("The event sequence row is missing; it is created by the initial migration.");
        }

        var last = await db.EventSequences.Where(s => s.Id == EventSequence.SingletonId).Select(s => s.Value).SingleAsync(cancellationToken);
        return last - count + 1;
    }

    /// <summary>Adds an event describing the ticket as it is now (call after the change is applied, before SaveChanges).</summary>
    public static async Task<TicketEvent> AppendAsync(HelpdeskDbContext db, Ticket ticket, string categoryCode,
        bool isConfidential, TicketEventType type, DateTime now, CancellationToken cancellationToken)
    {
        var e = Describe(ticket, await ReserveAsync(db, 1, cancellationToken), categoryCode, isConfidential, type, now);
        db.TicketEvents.Add(e);
        return e;
    }

    /// <summary>The event row for a ticket as it is now, with a sequence number already reserved.</summary>
    public static TicketEvent Describe(Ticket ticket, long sequence, string categoryCode, bool isConfidential, TicketEventType type, DateTime now) =>
        new()
        {
            Sequence = sequence,
            Type = type,
            OccurredAt = now,
            TicketId = ticket.Id,
            Number = ticket.Number,
            Subject = ticket.Subject,
            CategoryCode = categoryCode,
            Priority = ticket.Priority,
            Status = ticket.Status,
            TeamId = ticket.TeamId,
            AssigneeId = ticket.AssigneeId,
            IsConfidential = isConfidential,
            DueAt = ticket.DueAt,
            TicketCreatedAt = ticket.CreatedAt,
            TicketUpdatedAt = ticket.UpdatedAt,
        };
}
