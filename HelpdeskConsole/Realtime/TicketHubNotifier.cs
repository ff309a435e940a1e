using Microsoft.AspNetCore.SignalR;

namespace HelpdeskConsole.Realtime;

/// <summary>Forwards committed events from the in-process bus to the hub's clients, each to the groups allowed to see it.</summary>
internal sealed partial class TicketHubNotifier(
    ITicketEventBus bus,
    IHubContext<TicketHub> hub,
    TicketHubConnections connections,
    IServiceScopeFactory scopes,
    TimeProvider clock,
    ILogger<TicketHubNotifier> logger)
    : IHostedService, IDisposable
{
    private IDisposable? subscription;
    private ITimer? revalidation;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        subscription = bus.Subscribe(SendAsync);
        // Same rhythm as the console's own sessions: a changed account loses its old scope within a minute.
        revalidation = clock.CreateTimer(_ => _ = RevalidateAsync(), null, Identity.IdentityExtensions.RevalidationInterval,
            Identity.IdentityExtensions.RevalidationInterval);
        return Task.CompletedTask;
    }

    private async Task RevalidateAsync()
    {
        if (connections.Count == 0)
        {
            return;
        }

        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await connections.RevalidateAsync(scope.ServiceProvider.GetRequiredService<Identity.ViewerResolver>(), CancellationToken.None);
        }
        catch (Exception e)
        {
            LogRevalidationFailed(logger, e);
        }
    }

    private async Task SendAsync(IReadOnlyList<TicketEventMessage> messages)
    {
        foreach (var message in messages)
        {
            var payload = message.Payload;
            var groups = HubGroups.Receiving(payload.TeamId, payload.AssigneeId, message.IsConfidential);
            try
            {
                await hub.Clients.Groups(groups).SendAsync(message.Type.ToString(), message.HubPayload);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A hint lost here is not data lost: clients catch up from /api/tickets/events.
                LogSendFailed(logger, e, payload.Sequence);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        subscription?.Dispose();
        revalidation?.Dispose();
        return Task.CompletedTask;
    }

    public void Dispose() => revalidation?.Dispose();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not re-check the hub connections")]
    private static partial void LogRevalidationFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not push event {Sequence} to hub clients")]
    private static partial void LogSendFailed(ILogger logger, Exception exception, long sequence);
}
