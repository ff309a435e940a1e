using System.Net;
using HelpdeskConsole.Tests.TestSupport;

namespace HelpdeskConsole.Tests.Localization;

public sealed class CultureSwitchTests(HelpdeskAppFactoryFixture fixture) : IClassFixture<HelpdeskAppFactoryFixture>
{
    [Fact]
    public async Task LoginPage_Default_IsIndonesian()
    {
        var client = LoginClient.CreateAnonymous(fixture.Factory);

        var html = await client.GetStringAsync("/account/login");

        Assert.Contains("<html lang=\"id\"", html, StringComparison.Ordinal);
        Assert.Contains("Kata sandi", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CultureSwitch_English_ChangesLabelsAndReturnsToThePage()
    {
        var client = LoginClient.CreateAnonymous(fixture.Factory);

        var response = await client.GetAsync("/culture/set?culture=en-GB&redirectUri=%2Faccount%2Flogin");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/login", response.Headers.Location!.OriginalString);
        var html = await client.GetStringAsync("/account/login");
        Assert.Contains("<html lang=\"en\"", html, StringComparison.Ordinal);
        Assert.Contains("Password", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Kata sandi", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    public async Task CultureSwitch_OffSiteRedirect_GoesHomeInstead(string redirect)
    {
        var client = LoginClient.CreateAnonymous(fixture.Factory);

        var response = await client.GetAsync("/culture/set?culture=id&redirectUri=" + Uri.EscapeDataString(redirect));

        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task CultureSwitch_UnknownLanguage_Answers400NamingTheChoices()
    {
        var client = LoginClient.CreateAnonymous(fixture.Factory);

        var response = await client.GetAsync("/culture/set?culture=fr");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("id-ID", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
