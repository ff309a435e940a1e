using HelpdeskConsole.Escalation.Admin;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HelpdeskConsole.Administration;

public static class AdministrationExtensions
{
    /// <summary>
    /// The administration area: accounts, teams, categories, SLA policies and calendars, and the audit trail of their changes.
    /// </summary>
    public static WebApplicationBuilder AddAdministration(this WebApplicationBuilder builder)
    {
        builder.Services.AddAdministrationServices();
        return builder;
    }

    /// <summary>
    /// The services alone, for hosts that are not the web app (component and service tests). Needs Identity
    /// (<c>AddConsoleIdentity</c> or an equivalent), the database and a <see cref="TimeProvider"/>; the SLA screens
    /// also need the escalation services (<c>AddEscalation</c>: the rules provider and the deadline recalculator).
    /// </summary>
    public static IServiceCollection AddAdministrationServices(this IServiceCollection services)
    {
        services.AddLocalization();
        services.AddScoped<AdminGate>();
        services.AddScoped<AccountAdminService>();
        services.AddScoped<TeamAdminService>();
        services.AddScoped<CategoryAdminService>();
        services.AddScoped<AuditLogService>();
        services.AddScoped<SlaAdminService>();
        services.TryAddSingleton<IDeadlineRecalculation, BackgroundDeadlineRecalculation>();
        return services;
    }
}
