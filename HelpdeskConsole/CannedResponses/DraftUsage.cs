namespace HelpdeskConsole.CannedResponses;

/// <summary>A canned response put into a draft: which text, for which stage, and the words it became there.</summary>
public sealed record InsertedResponse(int Id, ResponsePurpose Purpose, string Filled);

/// <summary>
/// Whether a draft still uses what was inserted into it. Officers edit inserted texts (that is the point), so a text
/// counts as used while its opening words are still there: its first line, or its first 40 characters.
/// </summary>
public static class DraftUsage
{
    private const int Fingerprint = 40;

    public static bool StillUses(string? draft, InsertedResponse inserted)
    {
        ArgumentNullException.ThrowIfNull(inserted);
        if (string.IsNullOrEmpty(draft))
        {
            return false;
        }

        var text = inserted.Filled.Trim();
        var firstLine = text.Split('\n', 2)[0].Trim();
        var probe = firstLine.Length is > 0 and < Fingerprint ? firstLine : text[..Math.Min(Fingerprint, text.Length)];
        return probe.Length > 0 && draft.Contains(probe, StringComparison.Ordinal);
    }

    /// <summary>The texts still in the draft, each once: what a sent reply records as used.</summary>
    public static IReadOnlyList<int> Used(string? draft, IEnumerable<InsertedResponse> inserted) =>
        [.. inserted.Where(i => StillUses(draft, i)).Select(i => i.Id).Distinct()];

    /// <summary>The script stages the draft already covers.</summary>
    public static IReadOnlySet<ResponsePurpose> CoveredStages(string? draft, IEnumerable<InsertedResponse> inserted) =>
        inserted.Where(i => i.Purpose.IsStage() && StillUses(draft, i)).Select(i => i.Purpose).ToHashSet();
}

/// <summary>The language a reply is written in, guessed from the citizen's own words; the officer can change it.</summary>
public static class ReplyLanguage
{
    private static readonly HashSet<string> English =
        ["the", "and", "my", "is", "are", "was", "not", "have", "has", "please", "i", "we", "salary", "company", "paid", "been", "for", "with", "of", "to"];

    private static readonly HashSet<string> Indonesian =
        ["yang", "dan", "tidak", "tdk", "saya", "sy", "belum", "blm", "gaji", "perusahaan", "sudah", "udah", "sdh", "kami", "mohon", "di", "ke", "dari", "ini", "itu", "bulan", "tolong"];

    public static string Guess(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "id";
        }

        var words = text.ToLowerInvariant().Split([' ', '\n', '\r', '\t', ',', '.', '!', '?', ';', ':', '(', ')'], StringSplitOptions.RemoveEmptyEntries);
        var english = words.Count(English.Contains);
        var indonesian = words.Count(Indonesian.Contains);
        // Indonesian is the desk's default: English only when it clearly dominates.
        return english > indonesian * 2 && english >= 3 ? "en" : "id";
    }
}
