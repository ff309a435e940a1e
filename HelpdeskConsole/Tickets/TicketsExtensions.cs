namespace HelpdeskConsole.Tickets;

public static class TicketsExtensions
{
    public static WebApplicationBuilder AddTickets(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<TicketOverviewService>();
        builder.Services.AddSingleton<TicketQueueService>();
        builder.Services.AddSingleton<MyTickets.MyTicketsService>();
        builder.Services.AddSingleton<TicketAccess>();
        builder.Services.AddSingleton<Workspace.TicketWorkspaceService>();
        builder.Services.AddSingleton<Teams.TeamClock>();
        builder.Services.AddScoped<TicketFeed>();
        return builder;
    }
}
