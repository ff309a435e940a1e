using Microsoft.AspNetCore.Components;

namespace HelpdeskConsole.Identity;

/// <summary>Redirects from the statically rendered account pages, refusing open redirects.</summary>
internal sealed class IdentityRedirectManager(NavigationManager navigationManager)
{
    public void RedirectTo(string? uri)
    {
        // Only paths on this site: a crafted returnUrl must never send an officer elsewhere.
        if (string.IsNullOrEmpty(uri) || !Uri.IsWellFormedUriString(uri, UriKind.Relative)
            || uri.StartsWith("//", StringComparison.Ordinal) || uri.StartsWith("/\\", StringComparison.Ordinal)
            || uri.Contains(':', StringComparison.Ordinal))
        {
            uri = "/";
        }

        navigationManager.NavigateTo(uri);
    }
}
