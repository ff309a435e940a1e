using System.Globalization;
using System.Text;

namespace HelpdeskConsole.Data.Seeding;

/// <summary>
/// The values a corpus template may name in braces, e.g. <c>{company}</c>. One instance per seeded ticket,
/// already in the ticket's language, so templates stay plain text.
/// </summary>
internal sealed class TextSlots
{
    /// <summary>Every slot a template may use; a test checks the whole corpus against this list.</summary>
    public static readonly IReadOnlyList<string> Names =
    [
        "company", "city", "province", "amount", "amountShort", "months", "month", "month2", "n", "years", "position",
        "country", "agency", "date", "office", "program", "nationality", "site", "injury", "hr", "year", "name", "you",
        "citizen", "number", "officer", "team", "deadline", "target", "dup", "channel", "holiday", "holidayCasual",
    ];

    public string Company { get; set; } = "";
    public string City { get; set; } = "";
    public string Province { get; set; } = "";
    public string Amount { get; set; } = "";
    public string AmountShort { get; set; } = "";
    public string Months { get; set; } = "";
    public string Month { get; set; } = "";
    public string Month2 { get; set; } = "";
    public string N { get; set; } = "";
    public string Years { get; set; } = "";
    public string Position { get; set; } = "";
    public string Country { get; set; } = "";
    public string Agency { get; set; } = "";
    public string Date { get; set; } = "";
    public string Office { get; set; } = "";
    public string Program { get; set; } = "";
    public string Nationality { get; set; } = "";
    public string Site { get; set; } = "";
    public string Injury { get; set; } = "";
    public string Hr { get; set; } = "";
    public string Year { get; set; } = "";

    /// <summary>The complainant's name as they sign; empty when they did not give it.</summary>
    public string Name { get; set; } = "";

    /// <summary>How an officer says "you": Bapak, Ibu, Bapak/Ibu, or "you" in English.</summary>
    public string You { get; set; } = "";

    /// <summary>How an officer addresses the complainant: "Bapak Asep Saepudin".</summary>
    public string Citizen { get; set; } = "";

    public string Number { get; set; } = "";
    public string Officer { get; set; } = "";
    public string Team { get; set; } = "";
    public string Deadline { get; set; } = "";
    public string Target { get; set; } = "";
    public string Dup { get; set; } = "";
    public string Channel { get; set; } = "";

    /// <summary>The religious holiday THR is about: "Idul Fitri" (or "Natal" in December; "Eid" in English).</summary>
    public string Holiday { get; set; } = "";

    /// <summary>The same holiday as people say it in a chat: "lebaran", "natal".</summary>
    public string HolidayCasual { get; set; } = "";

    public string? Resolve(ReadOnlySpan<char> key) => key switch
    {
        "company" => Company,
        "city" => City,
        "province" => Province,
        "amount" => Amount,
        "amountShort" => AmountShort,
        "months" => Months,
        "month" => Month,
        "month2" => Month2,
        "n" => N,
        "years" => Years,
        "position" => Position,
        "country" => Country,
        "agency" => Agency,
        "date" => Date,
        "office" => Office,
        "program" => Program,
        "nationality" => Nationality,
        "site" => Site,
        "injury" => Injury,
        "hr" => Hr,
        "year" => Year,
        "name" => Name,
        "you" => You,
        "citizen" => Citizen,
        "number" => Number,
        "officer" => Officer,
        "team" => Team,
        "deadline" => Deadline,
        "target" => Target,
        "dup" => Dup,
        "channel" => Channel,
        "holiday" => Holiday,
        "holidayCasual" => HolidayCasual,
        _ => null,
    };

    /// <summary>Replaces every <c>{slot}</c>; an unknown slot is a corpus bug and throws.</summary>
    public string Fill(string template)
    {
        var open = template.IndexOf('{', StringComparison.Ordinal);
        if (open < 0)
        {
            return template;
        }

        var sb = new StringBuilder(template.Length + 64);
        var i = 0;
        while (open >= 0)
        {
            var close = template.IndexOf('}', open);
            sb.Append(template, i, open - i);
            var key = template.AsSpan(open + 1, close - open - 1);
            sb.Append(Resolve(key) ?? throw new InvalidOperationException($"Unknown slot {{{key}}} in: {template}"));
            i = close + 1;
            open = template.IndexOf('{', i);
        }

        sb.Append(template, i, template.Length - i);
        return sb.ToString();
    }
}

/// <summary>Numbers and dates as people write them, independent of the machine's culture.</summary>
internal static class SeedFormat
{
    private static readonly string[] IndonesianMonths =
        ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];

    private static readonly string[] EnglishMonths =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    public static string MonthName(int month, bool english) => (english ? EnglishMonths : IndonesianMonths)[month - 1];

    /// <summary>"20 Maret 2026" or "20 March 2026".</summary>
    public static string Date(DateTime date, bool english) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Day} {MonthName(date.Month, english)} {date.Year}");

    /// <summary>"Rp4.250.000" or "IDR 4,250,000".</summary>
    public static string Rupiah(long amount, bool english) => english
        ? "IDR " + amount.ToString("N0", CultureInfo.InvariantCulture)
        : "Rp" + amount.ToString("N0", CultureInfo.InvariantCulture).Replace(',', '.');

    /// <summary>"4,2 juta" or "4.2 million", the way a worker writes a wage in a chat.</summary>
    public static string RupiahShort(long amount, bool english)
    {
        var millions = Math.Round(amount / 1_000_000.0, 1);
        if (millions < 1)
        {
            var thousands = (amount / 1000).ToString(CultureInfo.InvariantCulture);
            return english ? thousands + " thousand" : thousands + "rb";
        }

        var text = millions.ToString("0.#", CultureInfo.InvariantCulture);
        return english ? text + " million" : text.Replace('.', ',') + " juta";
    }
}
