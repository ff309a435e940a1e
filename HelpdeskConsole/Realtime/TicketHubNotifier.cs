using Microsoft.AspNetCore.SignalR;

namespace HelpdeskConsole.Realtime;

/// <summary>Forwards committed events from the in-process bus to the hub's clients, each to the groups allowed to see it.</summary>
internal sealed partial class TicketHubNotifier(ITicketEventBus bus, IHubContext<TicketHub> hub, ILogger<TicketHubNotifier> logger)
    : IHostedService
{
    private IDisposable? subscription;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        subscription = bus.Subscribe(SendAsync);
        return Task.CompletedTask;
    }

    private async Task SendAsync(IReadOnlyList<TicketEventMessage> messages)
    {
        foreach (var message in messages)
        {
            var payload = message.Payload;
            var groups = HubGroups.Receiving(payload.TeamId, payload.AssigneeId, message.IsConfidential);
            try
            {
                await hub.Clients.Groups(groups).SendAsync(message.Type.ToString(), payload);
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
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not push event {Sequence} to hub clients")]
    private static partial void LogSendFailed(ILogger logger, Exception exception, long sequence);
}
