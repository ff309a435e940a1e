using HelpdeskConsole.Identity;
using Microsoft.AspNetCore.Mvc;

namespace HelpdeskConsole.CannedResponses;

public static class CannedResponsesExtensions
{
    /// <summary>The canned-response library, the values its placeholders are filled with, and its demo texts.</summary>
    public static WebApplicationBuilder AddCannedResponses(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<CannedResponseService>();
        builder.Services.AddSingleton<ReplyValues>();
        builder.Services.AddTransient<CannedResponseSeeder>();
        return builder;
    }

    /// <summary>
    /// <c>GET /responses/export?format=json|csv</c>: the library as the signed-in person may read it, as a download.
    /// The same filters as the library page (search, purpose, category, language, tag, scope).
    /// </summary>
    public static WebApplication MapCannedResponses(this WebApplication app)
    {
        app.MapGet("/responses/export", async (HttpContext http, ViewerResolver viewers, CannedResponseService library,
            [FromQuery] string? format, [FromQuery] string? search, [FromQuery] ResponsePurpose? purpose, [FromQuery] int? category,
            [FromQuery] string? language, [FromQuery] string? tag, [FromQuery] ResponseScope? scope, CancellationToken cancellationToken) =>
        {
            if (await viewers.ResolveAsync(http.User, cancellationToken) is not { } viewer)
            {
                return Results.Forbid();
            }

            var kind = string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase) ? ExportFormat.Csv : ExportFormat.Json;
            var (name, type, content) = await library.ExportAsync(viewer,
                new ResponseFilter(search, purpose, category, language, tag, scope ?? ResponseScope.All), kind, cancellationToken);
            http.Response.Headers.XContentTypeOptions = "nosniff";
            return Results.File(content, type, name);
        }).RequireAuthorization();
        return app;
    }
}
