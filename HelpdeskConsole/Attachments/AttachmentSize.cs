using System.Globalization;

namespace HelpdeskConsole.Attachments;

/// <summary>File sizes as people read them: <c>850 KB</c>, <c>2,4 MB</c> (binary units, current culture).</summary>
public static class AttachmentSize
{
    public static string Format(long bytes, CultureInfo? culture = null)
    {
        culture ??= CultureInfo.CurrentCulture;
        const double Kilo = 1024;
        const double Mega = Kilo * 1024;
        return bytes switch
        {
            < 1024 => string.Format(culture, "{0} B", bytes),
            < 1024 * 1024 => string.Format(culture, "{0:0.#} KB", bytes / Kilo),
            _ => string.Format(culture, "{0:0.#} MB", bytes / Mega),
        };
    }
}
