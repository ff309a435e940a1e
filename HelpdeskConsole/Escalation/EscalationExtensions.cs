namespace HelpdeskConsole.Escalation;

public static class EscalationExtensions
{
    public static WebApplicationBuilder AddEscalation(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<SlaRulesProvider>();
        builder.Services.AddSingleton<SlaClock>();
        builder.Services.AddSingleton<DeadlineRecalculator>();
        builder.Services.AddSingleton<EscalationSweep>();
        return builder;
    }
}
