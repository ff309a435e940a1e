using System.Globalization;
using System.Resources;
using Microsoft.AspNetCore.Localization;

[assembly: NeutralResourcesLanguage("id")]

namespace HelpdeskConsole.Localization;

public static class LocalizationExtensions
{
    /// <summary>Indonesian first (the default), English second.</summary>
    public static readonly IReadOnlyList<CultureInfo> SupportedCultures =
        [CultureInfo.GetCultureInfo("id-ID"), CultureInfo.GetCultureInfo("en-GB")];

    public static bool IsEnglish(this CultureInfo culture) => culture.TwoLetterISOLanguageName == "en";

    public static WebApplicationBuilder AddConsoleLocalization(this WebApplicationBuilder builder)
    {
        builder.Services.AddLocalization();
        builder.Services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(SupportedCultures[0]);
            options.SupportedCultures = [.. SupportedCultures];
            options.SupportedUICultures = [.. SupportedCultures];
            options.FallBackToParentCultures = true;
            options.FallBackToParentUICultures = true;
            // Only the explicit choice (cookie, or ?culture= on public pages) counts; the browser's
            // Accept-Language would make the desk's Indonesian default depend on the machine.
            options.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider(),
                new CookieRequestCultureProvider(),
            ];
        });
        return builder;
    }

    public static WebApplication MapConsoleLocalization(this WebApplication app)
    {
        // The language switch: set the cookie and reload, so the new circuit starts in the chosen culture.
        app.MapGet("/culture/set", (string culture, string? redirectUri, HttpContext context) =>
        {
            var chosen = SupportedCultures.FirstOrDefault(c =>
                string.Equals(c.Name, culture, StringComparison.OrdinalIgnoreCase)
                || string.Equals(c.TwoLetterISOLanguageName, culture, StringComparison.OrdinalIgnoreCase));
            if (chosen is null)
            {
                return Results.ValidationProblem(new Dictionary<string, string[]>
                {
                    ["culture"] = [$"Unknown language '{culture}'. Use one of: {string.Join(", ", SupportedCultures.Select(c => c.Name))}."],
                });
            }

            context.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
            return Results.LocalRedirect(IsLocal(redirectUri) ? redirectUri! : "/");
        }).AllowAnonymous();
        return app;
    }

    private static bool IsLocal(string? uri) =>
        !string.IsNullOrEmpty(uri) && uri.StartsWith('/') && !uri.StartsWith("//", StringComparison.Ordinal) && !uri.StartsWith("/\\", StringComparison.Ordinal);
}
