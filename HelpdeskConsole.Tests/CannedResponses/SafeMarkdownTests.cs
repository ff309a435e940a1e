using HelpdeskConsole.CannedResponses;

namespace HelpdeskConsole.Tests.CannedResponses;

public sealed class SafeMarkdownTests
{
    [Fact]
    public void ToHtml_OrdinaryMarkdown_KeepsItsFormatting() =>
        Assert.Equal("<p><strong>Terima kasih</strong>, Bapak/Ibu.</p>\n<ul>\n<li>satu</li>\n<li>dua</li>\n</ul>",
            SafeMarkdown.ToHtml("**Terima kasih**, Bapak/Ibu.\n\n- satu\n- dua").Trim());

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("<iframe src=\"https://evil.example\"></iframe>")]
    [InlineData("<a href=\"javascript:alert(1)\">klik</a>")]
    [InlineData("[klik](javascript:alert(1))")]
    [InlineData("[klik](JaVaScRiPt:alert(1))")]
    [InlineData("[klik](java&#x09;script:alert(1))")]
    [InlineData("[klik](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)")]
    [InlineData("![x](javascript:alert(1))")]
    [InlineData("<div style=\"background:url(javascript:alert(1))\" onclick=\"alert(1)\">x</div>")]
    [InlineData("<svg onload=alert(1)>")]
    [InlineData("[klik](https://ok.example \"judul\" onclick=alert(1))")]
    public void ToHtml_HostileInput_NeverCarriesScript(string markdown)
    {
        // What a browser would build from it: only harmless elements and attributes, links only to the web or mail.
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument("<body>" + SafeMarkdown.ToHtml(markdown) + "</body>");
        var elements = document.Body!.QuerySelectorAll("*");

        Assert.All(elements, e => Assert.Contains(e.LocalName, Harmless));
        Assert.All(elements.SelectMany(e => e.Attributes), a => Assert.Contains(a.Name, HarmlessAttributes));
        Assert.All(elements.Where(e => e.HasAttribute("href")), e => Assert.Matches("^(https?|mailto):", e.GetAttribute("href")!));
    }

    private static readonly string[] HarmlessAttributes = ["href", "title", "rel", "target"];

    private static readonly string[] Harmless =
        ["p", "br", "strong", "em", "b", "i", "ul", "ol", "li", "a", "blockquote", "code", "pre", "h1", "h2", "h3", "h4", "hr"];

    [Fact]
    public void ToHtml_SafeLink_OpensOutsideAndTellsNothing()
    {
        var html = SafeMarkdown.ToHtml("[BPJS](https://www.bpjsketenagakerjaan.go.id)");

        Assert.Contains("href=\"https://www.bpjsketenagakerjaan.go.id\"", html, StringComparison.Ordinal);
        Assert.Contains("rel=\"noopener noreferrer nofollow\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtml_FilledCitizenNameWithHtml_ShowsAsText() =>
        Assert.Contains("&lt;b&gt;Budi&lt;/b&gt;", SafeMarkdown.ToHtml("Halo <b>Budi</b>"), StringComparison.Ordinal);
}
