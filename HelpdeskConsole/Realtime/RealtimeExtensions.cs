using HelpdeskConsole.Identity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HelpdeskConsole.Realtime;

public static class RealtimeExtensions
{
    public static WebApplicationBuilder AddRealtime(this WebApplicationBuilder builder)
    {
        builder.Services.AddSignalR();
        builder.Services.AddSingleton<InProcessTicketEventBus>();
        builder.Services.AddSingleton<ITicketEventBus>(sp => sp.GetRequiredService<InProcessTicketEventBus>());
        builder.Services.AddHostedService<TicketHubNotifier>();
        builder.Services.AddSingleton<TicketEventQuery>();
        builder.Services.AddSingleton<TicketHubConnections>();
        return builder;
    }

    public static WebApplication MapRealtime(this WebApplication app)
    {
        // A connection whose bearer token or cookie expires is closed, too.
        app.MapHub<TicketHub>(TicketHub.Path, options => options.CloseOnAuthenticationExpiration = true);

        app.MapGet("/api/tickets/events", async Task<Results<Ok<TicketEventsPage>, UnauthorizedHttpResult>> (
                long? after, int? limit, HttpContext context, ViewerResolver viewers, TicketEventQuery query, CancellationToken cancellationToken) =>
            {
                if (await viewers.ResolveAsync(context.User, cancellationToken) is not { } viewer)
                {
                    return TypedResults.Unauthorized();
                }

                var events = await query.AfterAsync(viewer, after ?? 0, limit ?? TicketEventQuery.MaxBatch, cancellationToken);
                return TypedResults.Ok(new TicketEventsPage(
                    events.Select(e => new TicketEventEnvelope(e.Type.ToString(), e.HubPayload)).ToList(),
                    events.Count > 0 ? events[^1].Sequence : after ?? 0,
                    events.Count == Math.Clamp(limit ?? TicketEventQuery.MaxBatch, 1, TicketEventQuery.MaxBatch)));
            })
            .WithTags("Realtime")
            .WithSummary("Ticket events after a sequence number, in order")
            .WithDescription("What a client missed while disconnected: the same events the hub pushes, scoped to the caller's team and role. " +
                "Ask again with after=last while hasMore is true.");
        return app;
    }
}

/// <summary>
/// One event as the catch-up API returns it: <c>type</c> is the hub method name, <c>payload</c> what the hub sends with it
/// (<see cref="TicketEventPayload"/>, or <see cref="TicketEscalatedPayload"/> for escalation events).
/// </summary>
public sealed record TicketEventEnvelope(string Type, object Payload);

public sealed record TicketEventsPage(IReadOnlyList<TicketEventEnvelope> Events, long Last, bool HasMore);
