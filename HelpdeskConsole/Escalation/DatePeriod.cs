namespace HelpdeskConsole.Escalation;

/// <summary>A named run of local dates, both ends included (e.g. Ramadan 1447 H).</summary>
public sealed record DatePeriod
{
    public DatePeriod(DateOnly from, DateOnly to, string nameId, string nameEn, bool unconfirmed = true)
    {
        if (to < from)
        {
            throw new ArgumentException($"The period '{nameId}' ends ({to:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd}).", nameof(to));
        }

        if (string.IsNullOrWhiteSpace(nameId))
        {
            throw new ArgumentException($"The period {from:yyyy-MM-dd}–{to:yyyy-MM-dd} needs an Indonesian name.", nameof(nameId));
        }

        if (string.IsNullOrWhiteSpace(nameEn))
        {
            throw new ArgumentException($"The period {from:yyyy-MM-dd}–{to:yyyy-MM-dd} needs an English name.", nameof(nameEn));
        }

        From = from;
        To = to;
        NameId = nameId;
        NameEn = nameEn;
        Unconfirmed = unconfirmed;
    }

    public DateOnly From { get; }

    /// <summary>The last date of the period (inclusive).</summary>
    public DateOnly To { get; }

    public string NameId { get; }

    public string NameEn { get; }

    /// <summary>True while the dates are an estimate (e.g. before the government fixes the start of Ramadan).</summary>
    public bool Unconfirmed { get; }

    public bool Contains(DateOnly date) => date >= From && date <= To;

    public override string ToString() => $"{NameId} ({From:yyyy-MM-dd}–{To:yyyy-MM-dd})";
}

/// <summary>A period whose dates follow their own weekly hours instead of the calendar's usual ones (the Ramadan schedule).</summary>
public sealed record SpecialSchedule
{
    public SpecialSchedule(DatePeriod period, WeeklySchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(schedule);
        Period = period;
        Schedule = schedule;
    }

    public DatePeriod Period { get; }

    public WeeklySchedule Schedule { get; }
}
