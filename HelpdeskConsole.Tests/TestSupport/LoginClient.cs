using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace HelpdeskConsole.Tests.TestSupport;

/// <summary>Signs in through the real login form (antiforgery token and all) and keeps the cookie.</summary>
public static partial class LoginClient
{
    public const string DemoPassword = "Helpdesk#2026";

    public static HttpClient CreateAnonymous(WebApplicationFactory<Program> factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Posts the login form; returns the client and the response to the post.</summary>
    public static async Task<(HttpClient Client, HttpResponseMessage Response)> LoginAsync(
        WebApplicationFactory<Program> factory, string email, string password = DemoPassword)
    {
        var client = CreateAnonymous(factory);
        var response = await PostLoginAsync(client, email, password);
        return (client, response);
    }

    public static async Task<HttpResponseMessage> PostLoginAsync(HttpClient client, string email, string password, string? returnUrl = null)
    {
        var page = await client.GetStringAsync("/account/login");
        var token = AntiforgeryToken().Match(page);
        Assert.True(token.Success, "The login page has no antiforgery token.");
        var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });
        var action = returnUrl is null ? "/account/login" : "/account/login?ReturnUrl=" + Uri.EscapeDataString(returnUrl);
        return await client.PostAsync(action, form);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
