namespace HelpdeskConsole.Escalation;

public enum NonWorkingDayKind
{
    /// <summary>Hari libur nasional: a public holiday set by presidential decree and the yearly joint decree (SKB).</summary>
    NationalHoliday,

    /// <summary>Cuti bersama: collective leave for the civil service, set by the same joint decree.</summary>
    CollectiveLeave,
}

/// <summary>
/// A date on which the desk is closed all day, whatever the weekly schedule says: a national holiday or a
/// collective-leave day, in the desk's local calendar.
/// </summary>
/// <remarks>
/// <see cref="Unconfirmed"/> marks a date taken from an estimate or a secondary source, for an admin to check against
/// the decree. The calendar still treats it as closed: a deadline that skips a day that turns out to be open is a
/// day late, while one that counts a day nobody works breaches for no one's fault.
/// </remarks>
public sealed record NonWorkingDay
{
    public NonWorkingDay(DateOnly date, string nameId, string nameEn, NonWorkingDayKind kind, bool unconfirmed = true)
    {
        if (string.IsNullOrWhiteSpace(nameId))
        {
            throw new ArgumentException($"The non-working day {date:yyyy-MM-dd} needs an Indonesian name.", nameof(nameId));
        }

        if (string.IsNullOrWhiteSpace(nameEn))
        {
            throw new ArgumentException($"The non-working day {date:yyyy-MM-dd} needs an English name.", nameof(nameEn));
        }

        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, $"Unknown kind for the non-working day {date:yyyy-MM-dd}.");
        }

        Date = date;
        NameId = nameId;
        NameEn = nameEn;
        Kind = kind;
        Unconfirmed = unconfirmed;
    }

    public DateOnly Date { get; }

    public string NameId { get; }

    public string NameEn { get; }

    public NonWorkingDayKind Kind { get; }

    public bool Unconfirmed { get; }
}
