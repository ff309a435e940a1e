using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace HelpdeskConsole.Identity;

/// <summary>
/// Bearer tokens for clients outside the console (wallboards, partner systems, the SignalR client): the
/// login and refresh calls of ASP.NET Core Identity's API endpoints, without self-registration, which a
/// ministry desk must never offer.
/// </summary>
public static class TokenEndpoints
{
    public sealed record LoginRequest([property: Required] string Email, [property: Required] string Password);

    public sealed record RefreshRequest([property: Required] string RefreshToken);

    public static IEndpointRouteBuilder MapTokenEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/auth").WithTags("Authentication").AllowAnonymous();

        group.MapPost("/login", async Task<Results<EmptyHttpResult, ProblemHttpResult>> (
            LoginRequest login, SignInManager<ApplicationUser> signInManager, UserManager<ApplicationUser> userManager) =>
        {
            var user = await userManager.FindByEmailAsync(login.Email ?? "");
            if (user is null || user.IsDisabled)
            {
                return TypedResults.Problem("Wrong email or password, or the account is disabled.", statusCode: StatusCodes.Status401Unauthorized);
            }

            signInManager.AuthenticationScheme = IdentityConstants.BearerScheme;
            var result = await signInManager.PasswordSignInAsync(user, login.Password ?? "", isPersistent: false, lockoutOnFailure: true);
            if (!result.Succeeded)
            {
                return TypedResults.Problem(
                    result.IsLockedOut ? "The account is locked after too many failed attempts; try again later." : "Wrong email or password, or the account is disabled.",
                    statusCode: StatusCodes.Status401Unauthorized);
            }

            // The bearer handler has written {tokenType, accessToken, expiresIn, refreshToken}.
            return TypedResults.Empty;
        })
        .WithSummary("Exchange an account's email and password for a bearer token")
        .Produces<AccessTokenResponse>();

        group.MapPost("/refresh", async Task<Results<Ok<AccessTokenResponse>, UnauthorizedHttpResult, SignInHttpResult, ChallengeHttpResult>> (
            RefreshRequest refresh, SignInManager<ApplicationUser> signInManager,
            IOptionsMonitor<BearerTokenOptions> bearerOptions, TimeProvider clock) =>
        {
            var protector = bearerOptions.Get(IdentityConstants.BearerScheme).RefreshTokenProtector;
            var ticket = protector.Unprotect(refresh.RefreshToken);
            if (ticket?.Properties?.ExpiresUtc is not { } expires || clock.GetUtcNow() >= expires
                || await signInManager.ValidateSecurityStampAsync(ticket.Principal) is not { IsDisabled: false } user)
            {
                return TypedResults.Challenge();
            }

            var principal = await signInManager.CreateUserPrincipalAsync(user);
            return TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme);
        })
        .WithSummary("Exchange a refresh token for a new bearer token");

        return endpoints;
    }
}
