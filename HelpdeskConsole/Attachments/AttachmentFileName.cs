using System.Globalization;
using System.Text;

namespace HelpdeskConsole.Attachments;

/// <summary>
/// The name shown for an attachment and offered when it is downloaded: the sender's name with any path,
/// control and invisible characters removed (no right-to-left tricks like <c>gpj.exe</c>), and the extension
/// of what the file really is. It is only ever displayed and sent as a header value, never used on disk.
/// </summary>
public static class AttachmentFileName
{
    /// <summary>Long enough for real names, short enough for a chip in the timeline.</summary>
    public const int MaxLength = 120;

    public const string Fallback = "lampiran";

    public static string Clean(string? name, string contentType)
    {
        var text = (name ?? "").Normalize(NormalizationForm.FormC);

        // Browsers send a bare name, but some clients send C:\Users\...\slip.pdf or ../../etc.
        var lastSeparator = text.LastIndexOfAny(['/', '\\']);
        if (lastSeparator >= 0)
        {
            text = text[(lastSeparator + 1)..];
        }

        var cleaned = new StringBuilder(text.Length);
        var lastWasSpace = false;
        foreach (var c in text)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (char.IsControl(c) || category is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                if (!lastWasSpace)
                {
                    cleaned.Append(' ');
                }

                lastWasSpace = true;
                continue;
            }

            lastWasSpace = false;
            cleaned.Append(c is '"' or '<' or '>' or ':' or '*' or '?' or '|' ? '_' : c);
        }

        var trimmed = cleaned.ToString().Trim(' ', '.');
        var extension = Path.GetExtension(trimmed);
        var stem = trimmed;
        if (extension.Length > 1 && AttachmentContent.ExtensionMatches(contentType, extension))
        {
            stem = trimmed[..^extension.Length];
        }
        else
        {
            if (extension.Length > 1 && AttachmentContent.IsKnownExtension(extension))
            {
                stem = trimmed[..^extension.Length];
            }

            extension = AttachmentContent.Extension(contentType);
        }

        stem = stem.Trim(' ', '.');
        if (stem.Length == 0)
        {
            stem = Fallback;
        }

        var room = MaxLength - extension.Length;
        if (stem.Length > room)
        {
            stem = stem[..room];
            if (char.IsHighSurrogate(stem[^1]))
            {
                stem = stem[..^1];
            }

            stem = stem.TrimEnd(' ', '.');
        }

        return stem + extension;
    }
}
