using HelpdeskConsole.Attachments;

namespace HelpdeskConsole.Tests.Attachments;

public sealed class AttachmentFileNameTests
{
    [Theory]
    [InlineData("slip gaji maret.pdf", AttachmentContent.Pdf, "slip gaji maret.pdf")]
    [InlineData("Kontrak.PDF", AttachmentContent.Pdf, "Kontrak.PDF")]
    [InlineData("foto.jpeg", AttachmentContent.Jpeg, "foto.jpeg")]
    [InlineData(@"C:\Users\budi\Documents\slip.pdf", AttachmentContent.Pdf, "slip.pdf")]
    [InlineData("../../etc/passwd", AttachmentContent.Pdf, "passwd.pdf")]
    [InlineData("..", AttachmentContent.Png, "lampiran.png")]
    [InlineData("", AttachmentContent.Png, "lampiran.png")]
    [InlineData(null, AttachmentContent.Gif, "lampiran.gif")]
    [InlineData("   bukti   transfer .png  ", AttachmentContent.Png, "bukti transfer.png")]
    [InlineData("\"quoted\"<b>.png", AttachmentContent.Png, "_quoted__b_.png")]
    public void Clean_TypicalNames_KeepsWhatIsReadableAndSafe(string? name, string contentType, string expected)
    {
        Assert.Equal(expected, AttachmentFileName.Clean(name, contentType));
    }

    [Fact]
    public void Clean_RightToLeftOverride_IsRemovedSoTheRealExtensionShows()
    {
        // "slip\u202Efdp.exe" displays as "slipexe.pdf" in a right-to-left-aware UI.
        var cleaned = AttachmentFileName.Clean("slip\u202Efdp.exe", AttachmentContent.Png);

        Assert.Equal("slipfdp.exe.png", cleaned);
        Assert.DoesNotContain('\u202E', cleaned);
    }

    [Fact]
    public void Clean_ControlCharactersAndNewlines_AreRemoved()
    {
        Assert.Equal("ab.pdf", AttachmentFileName.Clean("a\r\n\0b.pdf", AttachmentContent.Pdf));
    }

    [Theory]
    [InlineData("foto.png", AttachmentContent.Jpeg, "foto.jpg")]
    [InlineData("kontrak.pdf", AttachmentContent.Png, "kontrak.png")]
    [InlineData("halaman.html", AttachmentContent.Pdf, "halaman.html.pdf")]
    [InlineData("gambar.svg", AttachmentContent.Png, "gambar.svg.png")]
    [InlineData("slip", AttachmentContent.Pdf, "slip.pdf")]
    public void Clean_ExtensionNotMatchingTheContent_GetsTheRealOne(string name, string contentType, string expected)
    {
        Assert.Equal(expected, AttachmentFileName.Clean(name, contentType));
    }

    [Fact]
    public void Clean_VeryLongName_IsCutKeepingTheExtension()
    {
        var cleaned = AttachmentFileName.Clean(new string('a', 500) + ".pdf", AttachmentContent.Pdf);

        Assert.Equal(AttachmentFileName.MaxLength, cleaned.Length);
        Assert.EndsWith(".pdf", cleaned, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_CutInsideASurrogatePair_DropsTheHalfCharacter()
    {
        var name = new string('a', AttachmentFileName.MaxLength - 5) + "😀😀😀.png";

        var cleaned = AttachmentFileName.Clean(name, AttachmentContent.Png);

        Assert.DoesNotContain(System.Text.Rune.ReplacementChar, cleaned.EnumerateRunes());
        Assert.True(cleaned.Length <= AttachmentFileName.MaxLength);
        Assert.EndsWith(".png", cleaned, StringComparison.Ordinal);
    }
}
