namespace HelpdeskConsole.Administration;

public static class AdministrationExtensions
{
    /// <summary>The administration area: accounts, teams, categories and the audit trail of their changes.</summary>
    public static WebApplicationBuilder AddAdministration(this WebApplicationBuilder builder)
    {
        builder.Services.AddAdministrationServices();
        return builder;
    }

    /// <summary>
    /// The services alone, for hosts that are not the web app (component and service tests). Needs Identity
    /// (<c>AddConsoleIdentity</c> or an equivalent), the database and a <see cref="TimeProvider"/>.
    /// </summary>
    public static IServiceCollection AddAdministrationServices(this IServiceCollection services)
    {
        services.AddLocalization();
        services.AddScoped<AdminGate>();
        services.AddScoped<AccountAdminService>();
        services.AddScoped<TeamAdminService>();
        services.AddScoped<CategoryAdminService>();
        services.AddScoped<AuditLogService>();
        return services;
    }
}
