namespace HelpdeskConsole.Escalation;

public static class EscalationExtensions
{
    public static WebApplicationBuilder AddEscalation(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<SlaRulesProvider>();
        builder.Services.AddSingleton<SlaClock>();
        builder.Services.AddSingleton<DeadlineRecalculator>();
        builder.Services.AddSingleton<EscalationSweep>();
        // Escalation alerts: the data (any thread) and each open console's bell and panel (per circuit).
        builder.Services.AddSingleton<Alerts.AlertService>();
        builder.Services.AddScoped<Alerts.AlertCenter>();
        return builder;
    }
}
