namespace HelpdeskConsole.Escalation;

/// <summary>
/// A national holiday or collective-leave (cuti bersama) day: every team's calendar is closed on it. Editable data,
/// seeded from <see cref="IndonesianHolidays"/> for the current and next year and marked unconfirmed until an admin
/// checks it against the year's joint decree.
/// </summary>
public class Holiday
{
    public int Id { get; set; }
    public DateOnly Date { get; set; }
    public required string NameId { get; set; }
    public required string NameEn { get; set; }
    public NonWorkingDayKind Kind { get; set; }
    public bool Unconfirmed { get; set; } = true;

    public NonWorkingDay ToNonWorkingDay() => new(Date, NameId, NameEn, Kind, Unconfirmed);
}

/// <summary>A Ramadan period: teams that keep Ramadan hours use their Ramadan schedule on these dates.</summary>
public class RamadanPeriod
{
    public int Id { get; set; }
    public DateOnly From { get; set; }
    public DateOnly To { get; set; }
    public required string NameId { get; set; }
    public required string NameEn { get; set; }
    public bool Unconfirmed { get; set; } = true;

    public DatePeriod ToDatePeriod() => new(From, To, NameId, NameEn, Unconfirmed);
}

/// <summary>Which of a team's two weekly schedules a row of hours belongs to.</summary>
public enum ScheduleKind
{
    Regular,
    Ramadan,
}

/// <summary>One opening stretch of a team on one weekday, e.g. Friday 07:30–16:30. A day without rows is closed.</summary>
public class TeamWorkingHours
{
    public int Id { get; set; }
    public int TeamId { get; set; }
    public ScheduleKind Schedule { get; set; }
    public DayOfWeek Day { get; set; }
    public TimeOnly Opens { get; set; }

    /// <summary>00:00 means until midnight.</summary>
    public TimeOnly Closes { get; set; }

    public WorkingInterval ToInterval() =>
        Closes == TimeOnly.MinValue ? WorkingInterval.UntilMidnight(Opens) : new WorkingInterval(Opens, Closes);
}
