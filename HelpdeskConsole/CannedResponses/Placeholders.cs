using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace HelpdeskConsole.CannedResponses;

/// <summary>The values a canned response may name: an allow-list, nothing else is ever filled.</summary>
public enum Placeholder
{
    CitizenName,
    TicketNumber,
    TrackingCode,
    Category,
    Deadline,
    OfficerName,
    UnitName,
}

/// <summary>A placeholder in a template: where it is, as written, and what it names (null when not on the allow-list).</summary>
public sealed record PlaceholderToken(int Start, int Length, string Name, Placeholder? Placeholder);

/// <summary>Something wrong with a template, at a position the editor can point at.</summary>
public sealed record PlaceholderProblem(int Start, int Length, string Written, string? Suggestion);

/// <summary>
/// The placeholder syntax of canned responses: <c>{{pelapor.nama}}</c> and its English alias <c>{{citizen.name}}</c>, and
/// so on for the allow-list (case and inner spaces do not matter). Filling is one pass over the template: a value is
/// copied out as it is and never read again, so a citizen called <c>{{tiket.kode}}</c> stays exactly that.
/// </summary>
public static class Placeholders
{
    /// <summary>Every accepted name, Indonesian first, with the English aliases.</summary>
    public static IReadOnlyList<(string Indonesian, string English, Placeholder Placeholder)> AllowList { get; } =
    [
        ("pelapor.nama", "citizen.name", Placeholder.CitizenName),
        ("tiket.nomor", "ticket.number", Placeholder.TicketNumber),
        ("tiket.kode", "ticket.code", Placeholder.TrackingCode),
        ("tiket.kategori", "ticket.category", Placeholder.Category),
        ("tiket.tenggat", "ticket.deadline", Placeholder.Deadline),
        ("petugas.nama", "officer.name", Placeholder.OfficerName),
        ("unit.nama", "unit.name", Placeholder.UnitName),
    ];

    private static readonly FrozenDictionary<string, Placeholder> Names = AllowList
        .SelectMany(p => new[] { (p.Indonesian, p.Placeholder), (p.English, p.Placeholder) })
        .ToFrozenDictionary(p => p.Item1, p => p.Item2, StringComparer.OrdinalIgnoreCase);

    /// <summary>Every <c>{{…}}</c> in the text, in order, recognised or not.</summary>
    public static IReadOnlyList<PlaceholderToken> Scan(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<PlaceholderToken>();
        var at = 0;
        while ((at = text.IndexOf("{{", at, StringComparison.Ordinal)) >= 0)
        {
            var close = text.IndexOf("}}", at + 2, StringComparison.Ordinal);
            var nextOpen = text.IndexOf("{{", at + 2, StringComparison.Ordinal);
            if (close < 0 || (nextOpen >= 0 && nextOpen < close))
            {
                // An opening without its closing: reported as a token with no name, so it is never sent unnoticed.
                var end = nextOpen >= 0 ? nextOpen : text.Length;
                tokens.Add(new PlaceholderToken(at, end - at, text[at..end], null));
                at = end;
                continue;
            }

            var name = text[(at + 2)..close].Trim();
            tokens.Add(new PlaceholderToken(at, close + 2 - at, name, Names.TryGetValue(name, out var p) ? p : null));
            at = close + 2;
        }

        return tokens;
    }

    /// <summary>The placeholders a template may not be saved with: unknown or misspelled names, unclosed braces.</summary>
    public static IReadOnlyList<PlaceholderProblem> Problems(string template) =>
        [.. Scan(template).Where(t => t.Placeholder is null).Select(t => new PlaceholderProblem(t.Start, t.Length, t.Name, Suggest(t.Name)))];

    /// <summary>Placeholders still in a reply about to be sent (filled or not, any <c>{{…}}</c> left means it is not ready).</summary>
    public static IReadOnlyList<PlaceholderToken> Unfilled(string reply) => Scan(reply);

    /// <summary>
    /// The same, except where braces are part of a value filled in as written (a citizen who calls themselves
    /// <c>{{tiket.kode}}</c>): that is their name, not a placeholder the officer forgot.
    /// </summary>
    public static IReadOnlyList<PlaceholderToken> Unfilled(string reply, string? literal)
    {
        ArgumentNullException.ThrowIfNull(reply);
        if (string.IsNullOrEmpty(literal) || !literal.Contains("{{", StringComparison.Ordinal))
        {
            return Scan(reply);
        }

        // Blank the literal out (same length, so positions still point into the reply) and scan what is left.
        return Scan(reply.Replace(literal, new string(' ', literal.Length), StringComparison.Ordinal));
    }

    /// <summary>
    /// Fills the template in one pass. A placeholder whose value is unknown (no deadline while the clock is paused, say)
    /// is left as written, so the reply cannot be sent until the officer writes it.
    /// </summary>
    public static string Fill(string template, PlaceholderValues values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var result = new StringBuilder(template.Length + 64);
        var copied = 0;
        foreach (var token in Scan(template))
        {
            result.Append(template, copied, token.Start - copied);
            var value = token.Placeholder is { } p ? values.ValueOf(p) : null;
            result.Append(value ?? template.Substring(token.Start, token.Length));
            copied = token.Start + token.Length;
        }

        return result.Append(template, copied, template.Length - copied).ToString();
    }

    /// <summary>The closest allowed name to a misspelled one (at most two edits away), for "did you mean …?".</summary>
    public static string? Suggest(string written)
    {
        if (string.IsNullOrWhiteSpace(written) || written.StartsWith("{{", StringComparison.Ordinal))
        {
            return null;
        }

        var lower = written.ToLower(CultureInfo.InvariantCulture);
        return AllowList.SelectMany(p => new[] { p.Indonesian, p.English })
            .Select(name => (name, distance: Distance(lower, name)))
            .Where(c => c.distance <= 2)
            .OrderBy(c => c.distance)
            .Select(c => c.name)
            .FirstOrDefault();
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}

/// <summary>
/// What a canned response is filled with for one ticket, in the reply's language. An anonymous or confidential
/// complainant's name is never filled: the greeting is neutral ("Bapak/Ibu", "Sir/Madam").
/// </summary>
public sealed record PlaceholderValues(
    string? CitizenName,
    bool IdentityHidden,
    string TicketNumber,
    string TrackingCode,
    string CategoryName,
    DateTime? DueUtc,
    string TimeZoneId,
    string OfficerName,
    string UnitName,
    CultureInfo Culture)
{
    private bool English => Culture.TwoLetterISOLanguageName == "en";

    public string? ValueOf(Placeholder placeholder) => placeholder switch
    {
        Placeholder.CitizenName => IdentityHidden || string.IsNullOrWhiteSpace(CitizenName) ? (English ? "Sir/Madam" : "Bapak/Ibu") : CitizenName.Trim(),
        Placeholder.TicketNumber => TicketNumber,
        Placeholder.TrackingCode => TrackingCode,
        Placeholder.Category => CategoryName,
        Placeholder.Deadline => DueUtc is { } due ? Deadline(due) : null,
        Placeholder.OfficerName => OfficerName,
        Placeholder.UnitName => UnitName,
        _ => null,
    };

    /// <summary>"Senin, 30 November 2026 pukul 12.00 WIB" / "Monday, 30 November 2026 at 12:00 WIB", in the team's time zone.</summary>
    private string Deadline(DateTime dueUtc)
    {
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(dueUtc, DateTimeKind.Utc), TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId));
        var zone = Teams.IndonesianTimeZones.ShortName(TimeZoneId);
        return English
            ? local.ToString("dddd, d MMMM yyyy 'at' HH:mm", CultureInfo.GetCultureInfo("en-GB")) + " " + zone
            : local.ToString("dddd, d MMMM yyyy 'pukul' HH.mm", CultureInfo.GetCultureInfo("id-ID")) + " " + zone;
    }
}
