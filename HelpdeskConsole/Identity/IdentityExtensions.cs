using System.Security.Claims;
using HelpdeskConsole.Data;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace HelpdeskConsole.Identity;

public static class IdentityExtensions
{
    /// <summary>How often a signed-in session is checked against the account (disabled, role or team changed).</summary>
    public static readonly TimeSpan RevalidationInterval = TimeSpan.FromMinutes(1);

    public static WebApplicationBuilder AddConsoleIdentity(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddCascadingAuthenticationState();
        services.AddScoped<IdentityRedirectManager>();
        services.AddScoped<AuthenticationStateProvider, IdentityRevalidatingAuthenticationStateProvider>();

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = IdentityConstants.ApplicationScheme;
                options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddIdentityCookies();

        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/account/login";
            options.LogoutPath = "/account/logout";
            options.AccessDeniedPath = "/account/access-denied";
            options.Cookie.Name = "Helpdesk.Auth";
            options.ExpireTimeSpan = TimeSpan.FromHours(10);
            options.SlidingExpiration = true;
        });

        // A disabled account, or one whose role or team changed, is re-checked at most a minute later.
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = RevalidationInterval);

        services.AddIdentityCore<ApplicationUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 10;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<HelpdeskDbContext>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<ConsoleClaimsPrincipalFactory>()
            .AddDefaultTokenProviders();

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());

        services.AddTransient<AccountBootstrapper>();
        services.AddScoped<AccountProfileService>();
        services.AddScoped<ViewerResolver>();
        return builder;
    }

    public static WebApplication MapConsoleIdentity(this WebApplication app)
    {
        app.MapPost("/account/logout", async (SignInManager<ApplicationUser> signInManager, [FromForm] string? returnUrl) =>
        {
            await signInManager.SignOutAsync();
            return TypedResults.LocalRedirect("/account/login?signedOut=true");
        }).AllowAnonymous();
        return app;
    }

    public static string? TeamIdClaim(this ClaimsPrincipal user) => user.FindFirstValue(ConsoleClaimTypes.TeamId);

    public static string DisplayName(this ClaimsPrincipal user) =>
        user.FindFirstValue(ConsoleClaimTypes.DisplayName) ?? user.Identity?.Name ?? "";
}

public static class ConsoleClaimTypes
{
    public const string DisplayName = "helpdesk:display_name";
    public const string TeamId = "helpdesk:team_id";
}
