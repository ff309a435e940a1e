namespace HelpdeskConsole.Api;

public static class ApiExtensions
{
    /// <summary>The OpenAPI document that describes every JSON endpoint, at <c>/openapi/v1.json</c>.</summary>
    public static WebApplicationBuilder AddApiDocs(this WebApplicationBuilder builder)
    {
        builder.Services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "HelpdeskConsole API";
            document.Info.Description = "Public complaint intake and status, bearer tokens for integrations, and the ticket event log.";
            return Task.CompletedTask;
        }));
        builder.Services.AddProblemDetails();
        return builder;
    }

    public static WebApplication MapApiDocs(this WebApplication app)
    {
        app.MapOpenApi().AllowAnonymous();
        return app;
    }
}
