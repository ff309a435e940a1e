using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.Dashboard;
using Hangfire.Storage.SQLite;
using HelpdeskConsole.Data;
using HelpdeskConsole.Identity;
using Microsoft.Extensions.Options;

namespace HelpdeskConsole.Escalation;

public static class EscalationExtensions
{
    public const string DashboardPath = "/hangfire";

    public static WebApplicationBuilder AddEscalation(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<SlaRulesProvider>();
        builder.Services.AddSingleton<SlaClock>();
        builder.Services.AddSingleton<DeadlineRecalculator>();
        builder.Services.AddSingleton<EscalationSweep>();
        AddAlerts(builder);
        builder.Services.AddTransient<EscalationSweepJob>();
        builder.Services.AddTransient<DeadlineRecalculationJob>();

        var options = builder.Configuration.GetSection(EscalationOptions.Section).Get<EscalationOptions>() ?? new EscalationOptions();
        builder.Services.AddOptions<EscalationOptions>().BindConfiguration(EscalationOptions.Section)
            .Validate(o => Cronos(o.SweepCron), "Escalation:SweepCron must be a five-field cron expression, e.g. \"* * * * *\" for every minute.")
            .Validate(o => o.QueuePollInterval > TimeSpan.Zero && o.QueuePollInterval <= TimeSpan.FromMinutes(1),
                "Escalation:QueuePollInterval must be between 00:00:01 and 00:01:00.")
            .ValidateOnStart();

        if (!options.RunJobs)
        {
            // No Hangfire here at all: its process-wide state (log provider, activator) must not outlive this app
            // in a process that hosts several (the tests); another instance runs the jobs.
            return builder;
        }

        // This app's own job store and activator, registered before AddHangfire so that they win over Hangfire's
        // process-wide statics.
        builder.Services.AddSingleton<JobStorage>(sp => new SQLiteStorage(
            sp.GetRequiredService<IOptions<HelpdeskOptions>>().Value.JobsDatabasePath,
            new SQLiteStorageOptions { QueuePollInterval = sp.GetRequiredService<IOptions<EscalationOptions>>().Value.QueuePollInterval }));
        builder.Services.AddSingleton<JobActivator>(sp => new AspNetCoreJobActivator(sp.GetRequiredService<IServiceScopeFactory>()));
        builder.Services.AddHangfire(config => config
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings());
        builder.Services.AddHangfireServer(o => o.WorkerCount = Math.Clamp(Environment.ProcessorCount, 2, 4));
        return builder;
    }

    private static void AddAlerts(WebApplicationBuilder builder)
    {
        // Escalation alerts: the data (any thread) and each open console's bell and panel (per circuit).
        builder.Services.AddSingleton<Alerts.AlertService>();
        builder.Services.AddScoped<Alerts.AlertCenter>();
    }

    /// <summary>Schedules the sweep and maps the Hangfire dashboard, for admins only (also from localhost).</summary>
    public static WebApplication MapEscalation(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<EscalationOptions>>().Value;
        if (!options.RunJobs)
        {
            return app;
        }

        app.Services.GetRequiredService<IRecurringJobManager>().AddOrUpdate<EscalationSweepJob>(
            EscalationSweepJob.RecurringJobId, job => job.RunAsync(CancellationToken.None), options.SweepCron);

        app.MapHangfireDashboard(DashboardPath, new DashboardOptions
        {
            // Replaces Hangfire's default (any local request): the dashboard shows job state and can trigger jobs.
            Authorization = [new AdminDashboardFilter()],
            DashboardTitle = "HelpdeskConsole jobs",
            AppPath = "/",
        }).RequireAuthorization(policy => policy.RequireRole(Roles.Admin));
        return app;
    }

    private static bool Cronos(string? cron) =>
        !string.IsNullOrWhiteSpace(cron) && cron.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length == 5;

    /// <summary>The role check again inside Hangfire, for requests that reach it another way.</summary>
    private sealed class AdminDashboardFilter : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context) => context.GetHttpContext().User.IsInRole(Roles.Admin);
    }
}
