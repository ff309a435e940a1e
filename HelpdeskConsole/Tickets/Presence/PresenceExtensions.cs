using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HelpdeskConsole.Tickets.Presence;

public static class PresenceExtensions
{
    /// <summary>Who has a ticket open and who is typing in it (the ticket workspace's collision warning).</summary>
    public static WebApplicationBuilder AddTicketPresence(this WebApplicationBuilder builder)
    {
        builder.Services.AddTicketPresenceServices();
        return builder;
    }

    /// <summary>The services alone, for hosts that are not the web app (component and service tests).</summary>
    public static IServiceCollection AddTicketPresenceServices(this IServiceCollection services)
    {
        services.AddLocalization();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<InProcessTicketPresence>();
        services.AddSingleton<ITicketPresence>(sp => sp.GetRequiredService<InProcessTicketPresence>());
        services.AddScoped<PresenceCircuit>();
        return services;
    }
}
