using HelpdeskConsole.Teams.Assignment;
using HelpdeskConsole.Teams.Board;
using HelpdeskConsole.Teams.Staff;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace HelpdeskConsole.Teams;

public static class TeamsExtensions
{
    /// <summary>Officers' availability and presence, the team lead's board, and automatic assignment.</summary>
    public static WebApplicationBuilder AddTeamBoard(this WebApplicationBuilder builder)
    {
        builder.Services.AddTeamBoardServices();
        builder.Services.AddSingleton<ConsolePresence>();
        builder.Services.AddScoped<CircuitHandler, ConsolePresenceCircuitHandler>();
        builder.Services.AddHostedService<AutoAssignWorker>();
        return builder;
    }

    /// <summary>The services alone, for component and service tests.</summary>
    public static IServiceCollection AddTeamBoardServices(this IServiceCollection services)
    {
        services.AddSingleton<StaffBus>();
        services.AddSingleton<StaffService>();
        services.AddSingleton<TeamBoardService>();
        services.AddSingleton<AutoAssigner>();
        services.AddSingleton<AssignmentNotices>();
        return services;
    }
}
