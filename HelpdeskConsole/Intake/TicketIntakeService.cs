using System.Threading.Channels;
using HelpdeskConsole.Data;
using HelpdeskConsole.Realtime;
using HelpdeskConsole.Tickets;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskConsole.Intake;

/// <summary>
/// Stores new complaints and announces them. A ticket, its complainant, the citizen's message, the history
/// line and the event are written in one transaction; the push goes out only after the commit, so a
/// <c>201</c> or a receipt always means the complaint is safely stored, and a crash never leaves half of one.
/// Under load, complaints that arrive together are committed together (group commit): one transaction for
/// many, which is what lets SQLite take hundreds a second. Each caller still waits for its own commit.
/// </summary>
public sealed partial class TicketIntakeService : IAsyncDisposable
{
    private static readonly TimeZoneInfo DeskYearZone = TimeZoneInfo.FindSystemTimeZoneById(Teams.IndonesianTimeZones.Wib);

    /// <summary>The most complaints one transaction takes; more wait for the next one.</summary>
    public const int MaxBatch = 64;

    private readonly IDbContextFactory<HelpdeskDbContext> contextFactory;
    private readonly ComplaintValidator validator;
    private readonly ITicketEventBus bus;
    private readonly WriteGate writeGate;
    private readonly Escalation.SlaClock slaClock;
    private readonly TimeProvider clock;
    private readonly ILogger<TicketIntakeService> logger;
    private readonly Channel<Pending> pending = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task writer;

    public TicketIntakeService(
        IDbContextFactory<HelpdeskDbContext> contextFactory,
        ComplaintValidator validator,
        ITicketEventBus bus,
        WriteGate writeGate,
        Escalation.SlaClock slaClock,
        TimeProvider clock,
        ILogger<TicketIntakeService> logger)
    {
        this.slaClock = slaClock;
        this.contextFactory = contextFactory;
        this.validator = validator;
        this.bus = bus;
        this.writeGate = writeGate;
        this.clock = clock;
        this.logger = logger;
        writer = Task.Run(WriteLoopAsync);
    }

    private sealed record Pending(ComplaintValidator.Valid Complaint, int CategoryId, int TeamId, string? OfficerId)
    {
        public TaskCompletionSource<(Ticket Ticket, TicketEvent Event)> Stored { get; } =
            new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    /// <param name="complaint">What was submitted.</param>
    /// <param name="officerId">The officer registering it (phone, counter), or null for the citizen themself.</param>
    public async Task<IntakeResult> SubmitAsync(NewComplaint complaint, string? officerId = null, CancellationToken cancellationToken = default)
    {
        var categories = await RoutingAsync(cancellationToken);
        var (valid, errors) = validator.Validate(complaint, categories.Select(c => c.Code).ToList());
        if (valid is null)
        {
            return IntakeResult.Invalid(errors);
        }

        var category = categories.Single(c => c.Code == valid.CategoryCode);
        var item = new Pending(valid, category.Id, category.TeamId, officerId);
        if (!pending.Writer.TryWrite(item))
        {
            throw new InvalidOperationException("The intake is shutting down; the complaint was not stored.");
        }

        // Not cancellable once queued: a complaint that may already be committed must get its receipt.
        var (ticket, logged) = await item.Stored.Task;
        return new IntakeResult(new ComplaintReceipt(ticket.Id, ticket.Number, ticket.TrackingCode, ticket.Status.Code(), ticket.CreatedAt),
            new Dictionary<string, string[]>());
    }

    /// <summary>How long the category routing table is reused before it is read again (admin edits show up within this).</summary>
    public static readonly TimeSpan RoutingFreshness = TimeSpan.FromSeconds(5);

    private volatile RoutingTable? routing;

    private sealed record RoutingTable(DateTimeOffset ReadAt, IReadOnlyList<(int Id, string Code, int TeamId)> Rows);

    /// <summary>Active categories and their owning teams: read on nearly every request, so kept for a few seconds.</summary>
    private async Task<IReadOnlyList<(int Id, string Code, int TeamId)>> RoutingAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (routing is { } cached && now - cached.ReadAt < RoutingFreshness)
        {
            return cached.Rows;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var rows = (await db.Categories.AsNoTracking().Where(c => c.IsActive)
                .Select(c => new { c.Id, c.Code, c.TeamId }).ToListAsync(cancellationToken))
            .Select(c => (c.Id, c.Code, c.TeamId)).ToList();
        routing = new RoutingTable(now, rows);
        return rows;
    }

    private async Task WriteLoopAsync()
    {
        var batch = new List<Pending>(MaxBatch);
        while (await pending.Reader.WaitToReadAsync())
        {
            batch.Clear();
            while (batch.Count < MaxBatch && pending.Reader.TryRead(out var next))
            {
                batch.Add(next);
            }

            try
            {
                await StoreAndAnnounceAsync(batch);
            }
            catch (Exception e)
            {
                // The loop must outlive any failure, or every later caller would wait forever.
                LogBatchFailed(logger, e, batch.Count);
                foreach (var item in batch)
                {
                    item.Stored.TrySetException(e);
                }
            }
        }
    }

    private async Task StoreAndAnnounceAsync(IReadOnlyList<Pending> batch)
    {
        // Only the write is retried: once it committed, a failure afterwards must never store the batch again.
        var stored = new List<(Pending Item, Ticket Ticket, TicketEvent Event)>(batch.Count);
        try
        {
            stored.AddRange((await StoreGatedAsync(batch)).Select((s, i) => (batch[i], s.Ticket, s.Event)));
        }
        catch (Exception e) when (batch.Count > 1)
        {
            // One bad complaint must not sink the others: store them one by one.
            LogBatchFailed(logger, e, batch.Count);
            foreach (var item in batch)
            {
                try
                {
                    var (ticket, logged) = (await StoreGatedAsync([item]))[0];
                    stored.Add((item, ticket, logged));
                }
                catch (Exception single)
                {
                    item.Stored.TrySetException(single);
                }
            }
        }
        catch (Exception e)
        {
            batch[0].Stored.TrySetException(e);
        }

        // Published before the submitters hear back: once a submission returns, its event is out, so whatever the
        // submitter subscribes to next never receives its own complaint's arrival late.
        if (stored.Count > 0)
        {
            try
            {
                bus.Publish(stored.Select(s => TicketEventMessage.From(s.Event)).ToList());
            }
            catch (Exception e)
            {
                // Stored is stored: the submitters must hear so (consoles catch up from the event log).
                LogPublishFailed(logger, e, stored.Count);
            }
        }

        foreach (var (item, ticket, logged) in stored)
        {
            item.Stored.TrySetResult((ticket, logged));
            LogStored(logger, ticket.Id, ticket.Number, item.Complaint.CategoryCode, ticket.TeamId, logged.Sequence);
        }
    }

    private async Task<List<(Ticket Ticket, TicketEvent Event)>> StoreGatedAsync(IReadOnlyList<Pending> batch)
    {
        using (await writeGate.EnterAsync())
        {
            // The clock is read inside the gate, so arrival times increase with ticket numbers and sequences.
            return await StoreAsync(batch, clock.GetUtcNow().UtcDateTime);
        }
    }

    private async Task<List<(Ticket Ticket, TicketEvent Event)>> StoreAsync(IReadOnlyList<Pending> batch, DateTime now)
    {
        await using var db = await contextFactory.CreateDbContextAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        // Numbers run per calendar year on the desk's national clock (WIB), not UTC's.
        var year = TimeZoneInfo.ConvertTimeFromUtc(now, DeskYearZone).Year;
        var firstNumber = await ReserveNumbersAsync(db, year, batch.Count);
        var rules = await slaClock.RulesAsync();
        var tickets = new List<Ticket>(batch.Count);
        for (var i = 0; i < batch.Count; i++)
        {
            var (valid, categoryId, teamId, officerId) = (batch[i].Complaint, batch[i].CategoryId, batch[i].TeamId, batch[i].OfficerId);
            var ticket = new Ticket
            {
                Number = TicketNumberSequence.Format(year, firstNumber + i),
                TrackingCode = TrackingCode.New(),
                Kind = valid.Kind,
                Channel = valid.Channel,
                Priority = IntakeTriage.PriorityFor(valid.Kind, valid.CategoryCode, valid.Subject, valid.Body),
                Status = TicketStatus.Baru,
                Subject = valid.Subject,
                CategoryId = categoryId,
                TeamId = teamId,
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
            Escalation.SlaClock.Start(ticket, rules);
            ticket.Messages.Add(new TicketMessage { Type = MessageType.CitizenMessage, Body = valid.Body, CreatedAt = now });
            ticket.History.Add(new TicketHistoryEntry
            {
                At = now,
                ActorId = officerId,
                Action = TicketHistoryAction.Created,
                ToValue = TicketStatus.Baru.ToString(),
                Note = officerId is null ? null : $"channel:{valid.Channel.ToWire()}",
            });
            tickets.Add(ticket);
        }

        db.Tickets.AddRange(tickets);
        await db.SaveChangesAsync();

        var firstSequence = await TicketEventLog.ReserveAsync(db, batch.Count, default);
        var events = new List<TicketEvent>(batch.Count);
        for (var i = 0; i < batch.Count; i++)
        {
            var valid = batch[i].Complaint;
            events.Add(TicketEventLog.Describe(tickets[i], firstSequence + i, valid.CategoryCode,
                TicketVisibility.IsConfidential(valid.IdentityMode, valid.Kind), TicketEventType.TicketCreated, now));
        }

        db.TicketEvents.AddRange(events);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return tickets.Zip(events).ToList();
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

    /// <summary>The desk's public replies to the complaint with this tracking code, oldest first: what the citizen is told.</summary>
    public async Task<IReadOnlyList<PublicReply>> PublicRepliesAsync(string? trackingCode, CancellationToken cancellationToken = default)
    {
        var code = TrackingCode.Normalize(trackingCode);
        if (code is null)
        {
            return [];
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.TicketMessages.AsNoTracking()
            .Where(m => m.Ticket!.TrackingCode == code && m.Type == MessageType.PublicReply)
            .OrderBy(m => m.CreatedAt).ThenBy(m => m.Id)
            .Select(m => new PublicReply(m.CreatedAt, m.Body))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Reserves <paramref name="count"/> numbers of the year under the sequence row's lock; returns the first.</summary>
    private static async Task<int> ReserveNumbersAsync(HelpdeskDbContext db, int year, int count)
    {
        var updated = await db.TicketNumberSequences.Where(s => s.Year == year)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.LastValue, x => x.LastValue + count));
        if (updated == 0)
        {
            db.TicketNumberSequences.Add(new TicketNumberSequence { Year = year, LastValue = count });
            await db.SaveChangesAsync();
            return 1;
        }

        var last = await db.TicketNumberSequences.Where(s => s.Year == year).Select(s => s.LastValue).SingleAsync();
        return last - count + 1;
    }

    public async ValueTask DisposeAsync()
    {
        pending.Writer.TryComplete();
        await writer;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Stored ticket {TicketId} ({Number}) in {Category} for team {TeamId}, event {Sequence}")]
    private static partial void LogStored(ILogger logger, int ticketId, string number, string category, int teamId, long sequence);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} stored complaints could not be announced; consoles catch up from the event log")]
    private static partial void LogPublishFailed(ILogger logger, Exception exception, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A batch of {Count} complaints failed to store; storing them one by one")]
    private static partial void LogBatchFailed(ILogger logger, Exception exception, int count);
}
