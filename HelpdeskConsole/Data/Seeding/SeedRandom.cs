namespace HelpdeskConsole.Data.Seeding;

/// <summary>
/// Picking helpers over a seeded <see cref="Random"/>. Every seeder draws from one stream in a fixed order,
/// so the same seed gives the same data; nothing here may iterate an unordered collection.
/// </summary>
internal static class SeedRandom
{
    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary>True with the given probability (0..1).</summary>
    public static bool Chance(this Random random, double probability) => random.NextDouble() < probability;

    /// <summary>An index drawn with the given relative weights.</summary>
    public static int PickIndex(this Random random, IReadOnlyList<double> weights)
    {
        var total = 0.0;
        for (var i = 0; i < weights.Count; i++)
        {
            total += weights[i];
        }

        var x = random.NextDouble() * total;
        for (var i = 0; i < weights.Count; i++)
        {
            x -= weights[i];
            if (x < 0)
            {
                return i;
            }
        }

        return weights.Count - 1;
    }

    public static T PickWeighted<T>(this Random random, IReadOnlyList<(T Item, double Weight)> items)
    {
        var total = 0.0;
        foreach (var (_, weight) in items)
        {
            total += weight;
        }

        var x = random.NextDouble() * total;
        foreach (var (item, weight) in items)
        {
            x -= weight;
            if (x < 0)
            {
                return item;
            }
        }

        return items[^1].Item;
    }

    /// <summary>A uniformly drawn span between the two bounds.</summary>
    public static TimeSpan Between(this Random random, TimeSpan min, TimeSpan max) =>
        min + TimeSpan.FromTicks((long)(random.NextDouble() * (max - min).Ticks));

    /// <summary>A version-4 shaped Guid from the seeded stream: stable ids for the same seed.</summary>
    public static Guid NextGuid(this Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }
}
