namespace HelpdeskConsole.Tickets;

public static class TicketsExtensions
{
    public static WebApplicationBuilder AddTickets(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<TicketOverviewService>();
        return builder;
    }
}
