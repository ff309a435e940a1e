using MudBlazor.Services;

namespace HelpdeskConsole.Components;

public static class ComponentsExtensions
{
    /// <summary>Blazor with interactive server rendering everywhere, and MudBlazor.</summary>
    public static WebApplicationBuilder AddConsoleUi(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddMudServices();
        builder.Services.AddScoped<Shortcuts.ShortcutRegistry>();
        return builder;
    }

    /// <summary>The middleware in its order: errors, localization, authentication, antiforgery.</summary>
    public static WebApplication UseConsolePipeline(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
            app.UseHsts();
        }

        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        // Friendly "not found" pages are for people; APIs and hubs keep their bare status codes.
        app.Use((context, next) =>
        {
            if (IsMachineEndpoint(context.Request.Path) && context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodePagesFeature>() is { } pages)
            {
                pages.Enabled = false;
            }

            return next(context);
        });
        app.UseRequestLocalization();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        return app;
    }

    private static bool IsMachineEndpoint(PathString path) =>
        path.StartsWithSegments("/api") || path.StartsWithSegments("/hubs") || path.StartsWithSegments("/healthz")
        || path.StartsWithSegments("/openapi");

    public static WebApplication MapConsoleUi(this WebApplication app)
    {
        app.MapStaticAssets().AllowAnonymous();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
