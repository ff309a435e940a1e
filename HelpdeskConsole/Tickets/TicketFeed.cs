using HelpdeskConsole.Data;
using HelpdeskConsole.Identity;
using HelpdeskConsole.Realtime;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskConsole.Tickets;

/// <summary>
/// One open console's view of the live ticket events (scoped to the Blazor circuit): it listens to the bus once,
/// keeps only what this person may see, counts the new complaints they have not seen yet, and fans out to the
/// components on screen. Disposing the circuit unsubscribes from the bus.
/// </summary>
public sealed partial class TicketFeed(
    ITicketEventBus bus,
    ViewerResolver viewers,
    AuthenticationStateProvider authentication,
    IDbContextFactory<HelpdeskDbContext> contextFactory,
    WriteGate writeGate,
    ILogger<TicketFeed> logger) : IAsyncDisposable
{
    /// <summary>The unseen counter stops counting here; the badge shows "999+".</summary>
    public const int UnseenCap = 999;

    private readonly SemaphoreSlim startLock = new(1, 1);
    private IDisposable? subscription;
    private long lastSequence;
    private long storedSeen;

    public Viewer? Viewer { get; private set; }

    public int Unseen { get; private set; }

    public bool SoundOnNewTicket { get; private set; }

    /// <summary>Raised (on the bus's thread) with the events this person may see, in sequence order.</summary>
    public event Func<IReadOnlyList<TicketEventMessage>, Task>? Received;

    /// <summary>Raised with the ids of every ticket that changed, visible or not (ids only, no data).</summary>
    public event Func<IReadOnlyCollection<int>, Task>? Touched;

    /// <summary>Whether any component on screen still listens (they unsubscribe when disposed).</summary>
    public bool HasListeners => Received is not null || Touched is not null;

    /// <summary>Raised when <see cref="Unseen"/> changes.</summary>
    public event Action? UnseenChanged;

    /// <summary>Starts listening (once per circuit) and loads the unseen count. Returns null when signed out.</summary>
    public async Task<Viewer?> StartAsync()
    {
        if (subscription is not null)
        {
            return Viewer;
        }

        await startLock.WaitAsync();
        try
        {
            if (subscription is not null)
            {
                return Viewer;
            }

            var user = (await authentication.GetAuthenticationStateAsync()).User;
            Viewer = await viewers.ResolveAsync(user);
            if (Viewer is null)
            {
                return null;
            }

            // Subscribe before reading the counter, so nothing that commits in between is missed.
            subscription = bus.Subscribe(OnEventsAsync);
            await using var db = await contextFactory.CreateDbContextAsync();
            var me = await db.Users.AsNoTracking().Where(u => u.Id == Viewer.UserId)
                .Select(u => new { u.QueueSeenSequence, u.SoundOnNewTicket }).SingleAsync();
            SoundOnNewTicket = me.SoundOnNewTicket;
            lastSequence = me.QueueSeenSequence;
            storedSeen = me.QueueSeenSequence;
            Unseen = await CountUnseenAsync(db, Viewer, me.QueueSeenSequence);
            return Viewer;
        }
        finally
        {
            startLock.Release();
        }
    }

    private static async Task<int> CountUnseenAsync(HelpdeskDbContext db, Viewer viewer, long seen)
    {
        var created = db.TicketEvents.AsNoTracking()
            .Where(e => e.Sequence > seen && e.Type == TicketEventType.TicketCreated)
            .VisibleTo(viewer);
        return await created.OrderBy(e => e.Sequence).Take(UnseenCap + 1).CountAsync();
    }

    private async Task OnEventsAsync(IReadOnlyList<TicketEventMessage> messages)
    {
        if (Viewer is not { } viewer)
        {
            return;
        }

        // Only ids, and only of tickets a screen already shows: lets an open workspace re-check access when its
        // ticket moves to a team this person cannot see (those events are filtered out below).
        if (Touched is { } touched)
        {
            var ids = messages.Select(m => m.Payload.TicketId).ToHashSet();
            foreach (var handler in touched.GetInvocationList().Cast<Func<IReadOnlyCollection<int>, Task>>())
            {
                await DeliverAsync(() => handler(ids));
            }
        }

        var visible = messages
            .Where(m => viewer.CanSee(m.Payload.TeamId, m.Payload.AssigneeId, m.IsConfidential))
            .ToList();
        if (visible.Count == 0)
        {
            return;
        }

        var created = visible.Count(m => m.Type == TicketEventType.TicketCreated);
        if (created > 0)
        {
            Unseen = Math.Min(UnseenCap + 1, Unseen + created);
            lastSequence = Math.Max(lastSequence, visible[^1].Sequence);
            UnseenChanged?.Invoke();
        }

        if (Received is { } handlers)
        {
            foreach (var handler in handlers.GetInvocationList().Cast<Func<IReadOnlyList<TicketEventMessage>, Task>>())
            {
                await DeliverAsync(() => handler(visible));
            }
        }
    }

    /// <summary>One screen's failure (a closed page, a lost connection) must not keep the others from updating.</summary>
    private async Task DeliverAsync(Func<Task> handler)
    {
        try
        {
            await handler();
        }
        catch (Exception e)
        {
            LogHandlerFailed(logger, e);
        }
    }

    /// <summary>The person has looked at the queue: everything up to now is seen, here and after a reload.</summary>
    public async Task MarkSeenAsync()
    {
        if (Viewer is not { } viewer)
        {
            return;
        }

        Unseen = 0;
        UnseenChanged?.Invoke();
        await using var db = await contextFactory.CreateDbContextAsync();
        var upTo = Math.Max(lastSequence, await db.EventSequences.Select(s => s.Value).SingleAsync());
        if (upTo <= storedSeen)
        {
            return; // nothing new since the last write: no need to compete with intake for the write lock
        }

        using (await writeGate.EnterAsync())
        {
            await db.Users.Where(u => u.Id == viewer.UserId && u.QueueSeenSequence < upTo)
                .ExecuteUpdateAsync(s => s.SetProperty(u => u.QueueSeenSequence, upTo));
        }

        storedSeen = upTo;
    }

    public async Task SetSoundAsync(bool on)
    {
        SoundOnNewTicket = on;
        if (Viewer is { } viewer)
        {
            await using var db = await contextFactory.CreateDbContextAsync();
            await db.Users.Where(u => u.Id == viewer.UserId).ExecuteUpdateAsync(s => s.SetProperty(u => u.SoundOnNewTicket, on));
        }
    }

    public ValueTask DisposeAsync()
    {
        subscription?.Dispose();
        startLock.Dispose();
        return ValueTask.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A screen failed to handle a ticket event")]
    private static partial void LogHandlerFailed(ILogger logger, Exception exception);
}
