using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace HelpdeskConsole.Teams.Staff;

/// <summary>
/// Which people have a console open (one entry per Blazor circuit). Opening the first console makes an offline officer
/// available; when the last one closes, and stays closed for <see cref="Grace"/> (a reload or a dropped connection
/// comes back well within it), the officer goes offline by itself. In memory for one server; a shared store replaces it
/// with the buses when the console runs on several.
/// </summary>
public sealed partial class ConsolePresence(IServiceScopeFactory scopes, TimeProvider clock, ILogger<ConsolePresence> logger) : IDisposable
{
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(20);

    private readonly Lock gate = new();
    private readonly Dictionary<string, HashSet<string>> consoles = [];
    private readonly Dictionary<string, ITimer> leaving = [];

    /// <summary>How many consoles the person has open now.</summary>
    public int ConsolesOf(string userId)
    {
        lock (gate)
        {
            return consoles.TryGetValue(userId, out var open) ? open.Count : 0;
        }
    }

    public async Task OpenedAsync(string userId, string circuitId)
    {
        bool first;
        lock (gate)
        {
            if (leaving.Remove(userId, out var timer))
            {
                timer.Dispose();
            }

            if (!consoles.TryGetValue(userId, out var open))
            {
                consoles[userId] = open = [];
            }

            first = open.Count == 0;
            open.Add(circuitId);
        }

        if (first)
        {
            await using var scope = scopes.CreateAsyncScope();
            var staff = scope.ServiceProvider.GetRequiredService<StaffService>();
            if (await staff.StatusAsync(userId) is { Availability: Availability.Offline })
            {
                await staff.SetAvailabilityAsync(userId, Availability.Available);
            }
        }
    }

    public void Closed(string userId, string circuitId)
    {
        lock (gate)
        {
            if (!consoles.TryGetValue(userId, out var open) || !open.Remove(circuitId) || open.Count > 0)
            {
                return;
            }

            consoles.Remove(userId);
            if (leaving.Remove(userId, out var previous))
            {
                previous.Dispose();
            }

            leaving[userId] = clock.CreateTimer(_ => _ = GoOfflineAsync(userId), null, Grace, Timeout.InfiniteTimeSpan);
        }
    }

    private async Task GoOfflineAsync(string userId)
    {
        lock (gate)
        {
            if (consoles.ContainsKey(userId) || !leaving.Remove(userId, out var timer))
            {
                return;
            }

            timer.Dispose();
        }

        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<StaffService>().SetAvailabilityAsync(userId, Availability.Offline);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            LogOfflineFailed(logger, e, userId);
        }
    }

    public void Dispose()
    {
        lock (gate)
        {
            foreach (var timer in leaving.Values)
            {
                timer.Dispose();
            }

            leaving.Clear();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not mark {UserId} offline after their last console closed")]
    private static partial void LogOfflineFailed(ILogger logger, Exception exception, string userId);
}

/// <summary>Reports each console's circuit to <see cref="ConsolePresence"/>: up when it connects, closed when it goes.</summary>
internal sealed class ConsolePresenceCircuitHandler(ConsolePresence presence, AuthenticationStateProvider authentication) : CircuitHandler
{
    private string? userId;

    public override async Task OnConnectionUpAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        var state = await authentication.GetAuthenticationStateAsync();
        userId = state.User.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is not null)
        {
            await presence.OpenedAsync(userId, circuit.Id);
        }
    }

    public override Task OnConnectionDownAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        if (userId is not null)
        {
            presence.Closed(userId, circuit.Id);
        }

        return Task.CompletedTask;
    }

    public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken) => OnConnectionDownAsync(circuit, cancellationToken);
}
