namespace HelpdeskConsole.Intake;

public static class IntakeExtensions
{
    public static WebApplicationBuilder AddIntake(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<IntakeOptions>()
            .Bind(builder.Configuration.GetSection(IntakeOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<IntakeRateLimiter>();
        builder.Services.AddSingleton<ComplaintValidator>();
        builder.Services.AddSingleton<TicketIntakeService>();
        builder.Services.AddHostedService<ComplaintSimulator>();
        builder.Services.AddSingleton<CitizenReplyService>();
        return builder;
    }

    public static WebApplication MapIntake(this WebApplication app)
    {
        app.MapIntakeApi();
        return app;
    }
}
