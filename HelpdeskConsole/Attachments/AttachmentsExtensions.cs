using Microsoft.Extensions.Options;

namespace HelpdeskConsole.Attachments;

public static class AttachmentsExtensions
{
    /// <summary>Attachment settings (validated at start), the file store and the service.</summary>
    public static WebApplicationBuilder AddAttachments(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<AttachmentOptions>()
            .Bind(builder.Configuration.GetSection(AttachmentOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddAttachmentServices();
        return builder;
    }

    /// <summary>The services alone, for hosts that configure <see cref="AttachmentOptions"/> themselves (component tests).</summary>
    public static IServiceCollection AddAttachmentServices(this IServiceCollection services)
    {
        services.AddSingleton<AttachmentStore>();
        services.AddSingleton<AttachmentMessages>();
        services.AddSingleton<AttachmentService>();
        return services;
    }

    public static WebApplication MapAttachments(this WebApplication app)
    {
        app.MapAttachmentEndpoints(app.Services.GetRequiredService<IOptions<AttachmentOptions>>().Value);
        return app;
    }
}
