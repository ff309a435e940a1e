using HelpdeskConsole.Data;
using HelpdeskConsole.Realtime;
using HelpdeskConsole.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HelpdeskConsole.Intake;

/// <summary>
/// A citizen's answer to the desk, by tracking code. It lands in the ticket's timeline live, and a ticket that was
/// waiting on the citizen goes back to processing (its SLA clock resumes).
/// </summary>
public sealed class CitizenReplyService(
    IDbContextFactory<HelpdeskDbContext> contextFactory,
    ITicketEventBus bus,
    WriteGate writeGate,
    Escalation.SlaClock slaClock,
    TimeProvider clock,
    IStringLocalizer<IntakeStrings> l)
{
    public sealed record Result(bool Found, DateTime? At, IReadOnlyDictionary<string, string[]> Errors)
    {
        public bool Succeeded => Found && At is not null;
    }

    public async Task<Result> AddAsync(string trackingCode, string? body, CancellationToken cancellationToken = default)
    {
        var code = TrackingCode.Normalize(trackingCode);
        if (code is null)
        {
            return new Result(false, null, new Dictionary<string, string[]>());
        }

        body = body?.Trim();
        if (string.IsNullOrEmpty(body))
        {
            return Invalid(l["Error_BodyRequired"]);
        }

        if (body.Length > ComplaintValidator.MaxBody)
        {
            return Invalid(l["Error_BodyTooLong", ComplaintValidator.MaxBody, body.Length]);
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        TicketEvent logged;
        DateTime now;
        using (await writeGate.EnterAsync(cancellationToken))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var ticket = await db.Tickets.Include(t => t.Category).Include(t => t.Complainant)
                .SingleOrDefaultAsync(t => t.TrackingCode == code, cancellationToken);
            if (ticket is null)
            {
                return new Result(false, null, new Dictionary<string, string[]>());
            }

            if (ticket.Status.IsClosed())
            {
                return Invalid(l["Error_ReplyClosed"]);
            }

            now = clock.GetUtcNow().UtcDateTime;
            db.TicketMessages.Add(new TicketMessage { TicketId = ticket.Id, Type = MessageType.CitizenMessage, Body = body, CreatedAt = now });
            db.TicketHistory.Add(new TicketHistoryEntry { TicketId = ticket.Id, At = now, Action = TicketHistoryAction.CitizenReplied });
            if (ticket.Status.IsWaitingOnCitizen())
            {
                db.TicketHistory.Add(new TicketHistoryEntry
                {
                    TicketId = ticket.Id,
                    At = now,
                    Action = TicketHistoryAction.StatusChanged,
                    FromValue = ticket.Status.ToString(),
                    ToValue = TicketStatus.Diproses.ToString(),
                    Note = "citizen-replied",
                });
                ticket.Status = TicketStatus.Diproses;
            }

            await slaClock.ApplyAsync(db, ticket, null, now, cancellationToken);
            ticket.UpdatedAt = now;
            await db.SaveChangesAsync(cancellationToken);
            logged = await TicketEventLog.AppendAsync(db, ticket, ticket.Category!.Code,
                TicketVisibility.IsConfidential(ticket.Complainant!.IdentityMode, ticket.Kind), TicketEventType.TicketChanged, now, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        bus.Publish(TicketEventMessage.From(logged));
        return new Result(true, now, new Dictionary<string, string[]>());
    }

    private static Result Invalid(string message) => new(true, null, new Dictionary<string, string[]> { ["body"] = [message] });
}
