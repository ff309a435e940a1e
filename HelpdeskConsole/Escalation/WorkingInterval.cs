using System.Globalization;

namespace HelpdeskConsole.Escalation;

/// <summary>
/// One stretch of working hours within a local day: from <see cref="Start"/> (inclusive) to <see cref="End"/>
/// (exclusive), so a desk open 07:30–16:00 is closed at 16:00 sharp.
/// </summary>
/// <remarks>
/// An interval never crosses midnight: a night shift 22:00–06:00 is two intervals on two days. Because
/// <see cref="TimeOnly"/> stops just short of 24:00, an interval that runs to the end of the day is made with
/// <see cref="UntilMidnight"/> (or "24:00" in <see cref="Parse"/>); its <see cref="End"/> then reads 00:00 and
/// <see cref="EndsAtMidnight"/> is true.
/// </remarks>
public sealed record WorkingInterval
{
    private static readonly TimeSpan OneDay = TimeSpan.FromDays(1);

    public WorkingInterval(TimeOnly start, TimeOnly end)
        : this(start.ToTimeSpan(), end.ToTimeSpan(), nameof(end))
    {
    }

    private WorkingInterval(TimeSpan startOffset, TimeSpan endOffset, string paramName)
    {
        if (endOffset <= startOffset)
        {
            throw new ArgumentException(
                $"A working interval must end after it starts: {Format(startOffset)}–{Format(endOffset)}. "
                + "An interval cannot cross midnight; split it in two, or use WorkingInterval.UntilMidnight for one that ends at 24:00.",
                paramName);
        }

        StartOffset = startOffset;
        EndOffset = endOffset;
    }

    /// <summary>The whole day, 00:00–24:00.</summary>
    public static WorkingInterval AllDay { get; } = new(TimeSpan.Zero, OneDay, "end");

    public TimeOnly Start => TimeOnly.FromTimeSpan(StartOffset);

    /// <summary>The first moment after the interval; 00:00 when it runs to midnight (see <see cref="EndsAtMidnight"/>).</summary>
    public TimeOnly End => EndsAtMidnight ? TimeOnly.MinValue : TimeOnly.FromTimeSpan(EndOffset);

    public bool EndsAtMidnight => EndOffset == OneDay;

    public TimeSpan Duration => EndOffset - StartOffset;

    /// <summary>Time since the start of the local day, 00:00 to 24:00 (so a midnight end sorts last).</summary>
    internal TimeSpan StartOffset { get; }

    internal TimeSpan EndOffset { get; }

    /// <summary>An interval from <paramref name="start"/> to the end of the day (24:00).</summary>
    public static WorkingInterval UntilMidnight(TimeOnly start) => new(start.ToTimeSpan(), OneDay, nameof(start));

    /// <summary>
    /// Reads "07:30-16:00" (a hyphen or an en dash between; "24:00" allowed as the end), the form used in
    /// settings and seed data.
    /// </summary>
    public static WorkingInterval Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split(['-', '–'], StringSplitOptions.TrimEntries);
        if (parts.Length != 2)
        {
            throw new FormatException($"A working interval is written start-end, e.g. 07:30-16:00; got '{text}'.");
        }

        return new WorkingInterval(ParseOffset(parts[0], text), ParseOffset(parts[1], text), nameof(text));
    }

    public override string ToString() => $"{Format(StartOffset)}–{Format(EndOffset)}";

    private static TimeSpan ParseOffset(string part, string text)
    {
        if (part == "24:00")
        {
            return OneDay;
        }

        return TimeOnly.TryParseExact(part, ["H:mm", "HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time.ToTimeSpan()
            : throw new FormatException($"'{part}' in '{text}' is not a time of day like 07:30.");
    }

    private static string Format(TimeSpan offset) =>
        offset == OneDay ? "24:00"
        : offset.Ticks % TimeSpan.TicksPerMinute == 0 ? offset.ToString(@"hh\:mm", CultureInfo.InvariantCulture)
        : offset.ToString(@"hh\:mm\:ss\.FFFFFFF", CultureInfo.InvariantCulture);
}
