using System.Net;
using HelpdeskConsole.Tests.TestSupport;

namespace HelpdeskConsole.Tests.Identity;

public sealed class LoginPageTests(HelpdeskAppFactoryFixture fixture) : IClassFixture<HelpdeskAppFactoryFixture>
{
    private HelpdeskAppFactory Factory => fixture.Factory;

    [Theory]
    [InlineData("/")]
    [InlineData("/admin/accounts")]
    [InlineData("/admin/teams")]
    public async Task ConsolePage_Anonymous_RedirectsToLogin(string path)
    {
        var client = LoginClient.CreateAnonymous(Factory);

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery, StringComparison.OrdinalIgnoreCase);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("ADU-", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_DemoOfficer_SeesShellWithNameAndTeam()
    {
        var (client, login) = await LoginClient.LoginAsync(Factory, "officer@helpdesk.test");

        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        var home = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        var html = await home.Content.ReadAsStringAsync();
        Assert.Contains("id=\"shell-user-name\"", html, StringComparison.Ordinal);
        Assert.Contains("Tim Pengupahan &amp; THR", html, StringComparison.Ordinal);
        Assert.Contains("Ringkasan", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_WrongPassword_ShowsErrorAndStaysAnonymous()
    {
        var (client, login) = await LoginClient.LoginAsync(Factory, "officer.phk@helpdesk.test", "not-the-password");

        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Contains("Email atau kata sandi salah", await login.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var home = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
    }

    [Fact]
    public async Task Login_EmptyFields_SaysWhatToFill()
    {
        var client = LoginClient.CreateAnonymous(Factory);

        var response = await LoginClient.PostLoginAsync(client, "", "");

        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Isi email Anda.", html, StringComparison.Ordinal);
        Assert.Contains("Isi kata sandi Anda.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_FiveWrongPasswords_LocksTheAccount()
    {
        var email = "admin@helpdesk.test";
        var client = LoginClient.CreateAnonymous(Factory);
        HttpResponseMessage last = null!;
        for (var i = 0; i < 5; i++)
        {
            last = await LoginClient.PostLoginAsync(client, email, "wrong-password-" + i);
        }

        Assert.Contains("dikunci", await last.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        // Even the right password is refused while locked.
        var right = await LoginClient.PostLoginAsync(client, email, LoginClient.DemoPassword);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("dikunci", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://evil.example/phish")]
    [InlineData("//evil.example/phish")]
    [InlineData("javascript:alert(1)")]
    public async Task Login_ReturnUrlToAnotherSite_StaysOnConsole(string returnUrl)
    {
        var client = LoginClient.CreateAnonymous(Factory);

        var response = await LoginClient.PostLoginAsync(client, "lead@helpdesk.test", LoginClient.DemoPassword, returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.True(!location.IsAbsoluteUri || location.Host == "localhost", $"Redirected off-site to {location}");
        Assert.DoesNotContain("evil", location.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_ReturnUrlOnSite_GoesBackThere()
    {
        var client = LoginClient.CreateAnonymous(Factory);

        var response = await LoginClient.PostLoginAsync(client, "lead@helpdesk.test", LoginClient.DemoPassword, "/not-found?x=1");

        Assert.Equal("/not-found?x=1", response.Headers.Location!.OriginalString.Replace("http://localhost", "", StringComparison.Ordinal));
    }
}
