namespace HelpdeskConsole.Attachments;

/// <summary>
/// What a file is, judged by its first bytes and never by its name or the type the sender declared. Only
/// formats a browser cannot run are accepted: raster images and PDF. SVG, HTML, archives, programs and text
/// are refused, so nothing uploaded can become a script in an officer's browser.
/// </summary>
public static class AttachmentContent
{
    public const string Png = "image/png";
    public const string Jpeg = "image/jpeg";
    public const string Webp = "image/webp";
    public const string Gif = "image/gif";
    public const string Pdf = "application/pdf";

    /// <summary>How many leading bytes <see cref="Sniff"/> needs to recognise every accepted type.</summary>
    public const int HeaderLength = 12;

    public static readonly IReadOnlyList<string> AcceptedTypes = [Png, Jpeg, Webp, Gif, Pdf];

    /// <summary>The <c>accept</c> attribute for file pickers: a hint for the browser, not a check.</summary>
    public const string AcceptAttribute = "image/png,image/jpeg,image/webp,image/gif,application/pdf,.png,.jpg,.jpeg,.webp,.gif,.pdf";

    private static ReadOnlySpan<byte> PngSignature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];
    private static ReadOnlySpan<byte> JpegSignature => [0xFF, 0xD8, 0xFF];
    private static ReadOnlySpan<byte> Gif87 => "GIF87a"u8;
    private static ReadOnlySpan<byte> Gif89 => "GIF89a"u8;
    private static ReadOnlySpan<byte> Riff => "RIFF"u8;
    private static ReadOnlySpan<byte> WebpTag => "WEBP"u8;
    private static ReadOnlySpan<byte> PdfSignature => "%PDF-"u8;

    /// <summary>The content type of an accepted file from its first bytes, or null when it is not one we accept.</summary>
    public static string? Sniff(ReadOnlySpan<byte> header)
    {
        if (header.StartsWith(PngSignature))
        {
            return Png;
        }

        if (header.StartsWith(JpegSignature))
        {
            return Jpeg;
        }

        if (header.StartsWith(Gif87) || header.StartsWith(Gif89))
        {
            return Gif;
        }

        // RIFF, a 4-byte length, then the form type: WEBP (a WAV or AVI is RIFF too, and refused).
        if (header.Length >= 12 && header.StartsWith(Riff) && header[8..12].SequenceEqual(WebpTag))
        {
            return Webp;
        }

        return header.StartsWith(PdfSignature) ? Pdf : null;
    }

    /// <summary>Images a browser shows in an <c>img</c> element without running anything: the only ones previewed inline.</summary>
    public static bool IsRasterImage(string contentType) => contentType is Png or Jpeg or Webp or Gif;

    /// <summary>The extension a downloaded file gets, so it opens with the right program whatever it was called.</summary>
    public static string Extension(string contentType) => contentType switch
    {
        Png => ".png",
        Jpeg => ".jpg",
        Webp => ".webp",
        Gif => ".gif",
        Pdf => ".pdf",
        _ => throw new ArgumentOutOfRangeException(nameof(contentType), contentType, "Not an accepted attachment type."),
    };

    /// <summary>Extensions that already name <paramref name="contentType"/> correctly.</summary>
    internal static bool ExtensionMatches(string contentType, string extension) =>
        (contentType, extension.ToLowerInvariant()) switch
        {
            (Png, ".png") => true,
            (Jpeg, ".jpg" or ".jpeg" or ".jpe" or ".jfif") => true,
            (Webp, ".webp") => true,
            (Gif, ".gif") => true,
            (Pdf, ".pdf") => true,
            _ => false,
        };

    /// <summary>Extensions of accepted types: a wrong one of these is replaced rather than kept beside the right one.</summary>
    internal static bool IsKnownExtension(string extension) =>
        extension.ToLowerInvariant() is ".png" or ".jpg" or ".jpeg" or ".jpe" or ".jfif" or ".webp" or ".gif" or ".pdf";
}
