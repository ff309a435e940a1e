using HelpdeskConsole.Data.Seeding;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HelpdeskConsole.Data;

public static class DataExtensions
{
    /// <summary>The data directory, the database (EF Core on SQLite), data-protection keys and the health check.</summary>
    public static WebApplicationBuilder AddData(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(TimeProvider.System);

        builder.Services.AddOptions<HelpdeskOptions>()
            .Bind(builder.Configuration.GetSection(HelpdeskOptions.Section))
            .ValidateOnStart();
        builder.Services.AddSingleton<HelpdeskOptionsSetup>();
        builder.Services.AddSingleton<IPostConfigureOptions<HelpdeskOptions>>(sp => sp.GetRequiredService<HelpdeskOptionsSetup>());
        builder.Services.AddSingleton<IValidateOptions<HelpdeskOptions>>(sp => sp.GetRequiredService<HelpdeskOptionsSetup>());

        builder.Services.AddSingleton<SqlitePragmaInterceptor>();
        builder.Services.AddSingleton<WriteGate>();
        builder.Services.AddDbContextFactory<HelpdeskDbContext>((sp, options) =>
        {
            var helpdesk = sp.GetRequiredService<IOptions<HelpdeskOptions>>().Value;
            options.UseSqlite(helpdesk.ConnectionString)
                .AddInterceptors(sp.GetRequiredService<SqlitePragmaInterceptor>());
        });

        // Keys that protect login cookies survive restarts because they live in the data directory.
        builder.Services.AddDataProtection().SetApplicationName("HelpdeskConsole");
        builder.Services.AddOptions<KeyManagementOptions>()
            .Configure<IOptions<HelpdeskOptions>, ILoggerFactory>((keys, helpdesk, loggers) =>
                keys.XmlRepository = new FileSystemXmlRepository(
                    Directory.CreateDirectory(helpdesk.Value.KeysDirectory), loggers));

        builder.Services.AddHealthChecks().AddDbContextCheck<HelpdeskDbContext>("database");

        builder.Services.AddTransient<DatabaseInitializer>();
        builder.Services.AddTransient<ReferenceDataSeeder>();
        builder.Services.AddTransient<DemoDataSeeder>();
        builder.Services.AddTransient<BulkTicketSeeder>();
        return builder;
    }

    /// <summary>Migrations, reference data and (in Development) demo data, before the first request.</summary>
    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(app.Lifetime.ApplicationStopping);
    }

    public static WebApplication MapData(this WebApplication app)
    {
        app.MapHealthChecks("/healthz").AllowAnonymous();
        return app;
    }
}
