using HelpdeskConsole.Data;
using HelpdeskConsole.Realtime;
using HelpdeskConsole.Tickets;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskConsole.Intake;

/// <summary>
/// Stores a new complaint and announces it. The ticket, its complainant, the citizen's message, the history
/// line and the event are written in one transaction; the push goes out only after the commit, so a
/// <c>201</c> or a receipt always means the complaint is safely stored, and a crash never leaves half of one.
/// </summary>
public sealed partial class TicketIntakeService(
    IDbContextFactory<HelpdeskDbContext> contextFactory,
    ComplaintValidator validator,
    ITicketEventBus bus,
    TimeProvider clock,
    ILogger<TicketIntakeService> logger)
{
    /// <param name="complaint">What was submitted.</param>
    /// <param name="officerId">The officer registering it (phone, counter), or null for the citizen themself.</param>
    public async Task<IntakeResult> SubmitAsync(NewComplaint complaint, string? officerId = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var categories = await db.Categories.AsNoTracking().Where(c => c.IsActive)
            .Select(c => new { c.Id, c.Code, c.TeamId }).ToListAsync(cancellationToken);
        var (valid, errors) = validator.Validate(complaint, categories.Select(c => c.Code).ToList());
        if (valid is null)
        {
            return IntakeResult.Invalid(errors);
        }

        var category = categories.Single(c => c.Code == valid.CategoryCode);
        var now = clock.GetUtcNow().UtcDateTime;

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var number = await NextNumberAsync(db, now.Year, cancellationToken);
        var ticket = new Ticket
        {
            Number = number,
            TrackingCode = TrackingCode.New(),
            Kind = valid.Kind,
            Channel = valid.Channel,
            Priority = IntakeTriage.PriorityFor(valid.Kind, valid.CategoryCode, valid.Subject, valid.Body),
            Status = TicketStatus.Baru,
            Subject = valid.Subject,
            CategoryId = category.Id,
            TeamId = category.TeamId,
            CreatedAt = now,
            UpdatedAt = now,
            Complainant = new Complainant
            {
                IdentityMode = valid.IdentityMode,
                Name = valid.Name,
                Nik = valid.Nik,
                Phone = valid.Phone,
                Email = valid.Email,
                CreatedAt = now,
            },
        };
        ticket.Messages.Add(new TicketMessage { Type = MessageType.CitizenMessage, Body = valid.Body, CreatedAt = now });
        ticket.History.Add(new TicketHistoryEntry
        {
            At = now,
            ActorId = officerId,
            Action = TicketHistoryAction.Created,
            ToValue = TicketStatus.Baru.ToString(),
            Note = officerId is null ? null : $"channel:{valid.Channel.ToWire()}",
        });
        db.Tickets.Add(ticket);
        await db.SaveChangesAsync(cancellationToken);

        var logged = await TicketEventLog.AppendAsync(db, ticket, valid.CategoryCode,
            TicketVisibility.IsConfidential(valid.IdentityMode, valid.Kind), TicketEventType.TicketCreated, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        LogStored(logger, ticket.Id, ticket.Number, valid.CategoryCode, ticket.TeamId, logged.Sequence);
        bus.Publish(TicketEventMessage.From(logged));
        return new IntakeResult(new ComplaintReceipt(ticket.Id, ticket.Number, ticket.TrackingCode, ticket.Status.Code(), now), new Dictionary<string, string[]>());
    }

    /// <summary>The categories a complaint can be filed under, in the desk's order.</summary>
    public async Task<IReadOnlyList<IntakeCategory>> CategoriesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Categories.AsNoTracking().Where(c => c.IsActive).OrderBy(c => c.SortOrder)
            .Select(c => new IntakeCategory(c.Code, c.NameId, c.NameEn))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Status by tracking code, for the citizen: nothing personal.</summary>
    public async Task<ComplaintStatus?> FindStatusAsync(string? trackingCode, CancellationToken cancellationToken = default)
    {
        var code = TrackingCode.Normalize(trackingCode);
        if (code is null)
        {
            return null;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var row = await db.Tickets.AsNoTracking().Where(t => t.TrackingCode == code)
            .Select(t => new { t.TrackingCode, t.Status, t.Category!.Code, t.CreatedAt, t.UpdatedAt })
            .SingleOrDefaultAsync(cancellationToken);
        return row is null ? null : new ComplaintStatus(row.TrackingCode, row.Status.Code(), row.Code, row.CreatedAt, row.UpdatedAt);
    }

    /// <summary>The next number of the year, under the sequence row's lock (the transaction is already open).</summary>
    private static async Task<string> NextNumberAsync(HelpdeskDbContext db, int year, CancellationToken cancellationToken)
    {
        var updated = await db.TicketNumberSequences.Where(s => s.Year == year)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.LastValue, x => x.LastValue + 1), cancellationToken);
        if (updated == 0)
        {
            db.TicketNumberSequences.Add(new TicketNumberSequence { Year = year, LastValue = 1 });
            await db.SaveChangesAsync(cancellationToken);
            return TicketNumberSequence.Format(year, 1);
        }

        var value = await db.TicketNumberSequences.Where(s => s.Year == year).Select(s => s.LastValue).SingleAsync(cancellationToken);
        return TicketNumberSequence.Format(year, value);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Stored ticket {TicketId} ({Number}) in {Category} for team {TeamId}, event {Sequence}")]
    private static partial void LogStored(ILogger logger, int ticketId, string number, string category, int teamId, long sequence);
}
