namespace HelpdeskConsole.Data.Seeding;

/// <summary>
/// Tracking codes for seeded tickets: 10 characters from an alphabet a citizen cannot misread over the phone
/// (no 0/O, 1/I/L, U). A code is a number below 30^10 written in that alphabet, so uniqueness is checked on a
/// <see cref="long"/> rather than a string, which keeps a million of them cheap to remember.
/// </summary>
internal sealed class SeedTrackingCodes
{
    public const string Alphabet = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
    public const int Length = 10;

    private static readonly long Space = (long)Math.Pow(Alphabet.Length, Length);
    private readonly HashSet<long> taken = [];

    /// <summary>Remembers a code already in the database; codes outside the alphabet can never collide and are ignored.</summary>
    public void Reserve(string code)
    {
        if (TryDecode(code, out var value))
        {
            taken.Add(value);
        }
    }

    public string Next(Random random)
    {
        long value;
        do
        {
            value = random.NextInt64(Space);
        }
        while (!taken.Add(value));

        return Encode(value);
    }

    public static string Encode(long value) =>
        string.Create(Length, value, static (chars, v) =>
        {
            for (var i = Length - 1; i >= 0; i--)
            {
                chars[i] = Alphabet[(int)(v % Alphabet.Length)];
                v /= Alphabet.Length;
            }
        });

    public static bool TryDecode(string code, out long value)
    {
        value = 0;
        if (code.Length != Length)
        {
            return false;
        }

        foreach (var c in code)
        {
            var digit = Alphabet.IndexOf(c, StringComparison.Ordinal);
            if (digit < 0)
            {
                return false;
            }

            value = (value * Alphabet.Length) + digit;
        }

        return true;
    }
}
