using System.Security.Cryptography;

namespace HelpdeskConsole.Intake;

/// <summary>
/// The citizen's code for following a complaint: 10 characters from an alphabet without look-alikes
/// (no 0/O, 1/I/L, U), about 49 random bits, shown as two groups of five to read aloud over the phone.
/// </summary>
public static class TrackingCode
{
    public const string Alphabet = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
    public const int Length = 10;

    public static string New() => RandomNumberGenerator.GetString(Alphabet, Length);

    /// <summary><c>AB3CD-EF4GH</c> for display.</summary>
    public static string Display(string code) => code.Length == Length ? $"{code[..5]}-{code[5..]}" : code;

    /// <summary>Accepts what a citizen types: any case, with or without dash and spaces. Null if it cannot be a code.</summary>
    public static string? Normalize(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return null;
        }

        var code = new string(input.Where(c => c is not ('-' or ' ')).ToArray()).ToUpperInvariant();
        return code.Length == Length && code.All(c => Alphabet.Contains(c, StringComparison.Ordinal)) ? code : null;
    }
}
