using HelpdeskConsole.Attachments;

namespace HelpdeskConsole.Tests.Attachments;

public sealed class AttachmentContentTests
{
    public static TheoryData<string, byte[], string> Accepted() => new()
    {
        { "png", AttachmentSamples.Png, AttachmentContent.Png },
        { "jpeg", AttachmentSamples.Jpeg, AttachmentContent.Jpeg },
        { "webp", AttachmentSamples.Webp, AttachmentContent.Webp },
        { "gif", AttachmentSamples.Gif, AttachmentContent.Gif },
        { "pdf", AttachmentSamples.Pdf, AttachmentContent.Pdf },
    };

    [Theory]
    [MemberData(nameof(Accepted))]
    public void Sniff_AcceptedFormat_ReturnsItsContentType(string kind, byte[] content, string expected)
    {
        Assert.Equal(expected, AttachmentContent.Sniff(content));
        Assert.True(AttachmentContent.AcceptedTypes.Contains(expected), kind);
    }

    public static TheoryData<string, byte[]> Refused() => new()
    {
        { "svg", AttachmentSamples.Svg },
        { "html", AttachmentSamples.Html },
        { "exe", AttachmentSamples.Exe },
        { "zip", AttachmentSamples.Zip },
        { "text", AttachmentSamples.Text },
        { "wav (RIFF but not WEBP)", AttachmentSamples.Wav },
        { "empty", [] },
        { "half a PNG signature", AttachmentSamples.Png[..4] },
        { "PDF marker not at the start", [.. " %PDF-1.4"u8] },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void Sniff_AnythingElse_ReturnsNull(string kind, byte[] content)
    {
        Assert.True(AttachmentContent.Sniff(content) is null, kind);
    }

    [Theory]
    [InlineData(AttachmentContent.Png, true)]
    [InlineData(AttachmentContent.Jpeg, true)]
    [InlineData(AttachmentContent.Webp, true)]
    [InlineData(AttachmentContent.Gif, true)]
    [InlineData(AttachmentContent.Pdf, false)]
    [InlineData("image/svg+xml", false)]
    [InlineData("text/html", false)]
    public void IsRasterImage_OnlyImagesABrowserMerelyDraws(string contentType, bool expected)
    {
        Assert.Equal(expected, AttachmentContent.IsRasterImage(contentType));
    }
}
