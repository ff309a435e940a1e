using HelpdeskConsole.Tickets;

namespace HelpdeskConsole.Escalation;

/// <summary>How an SLA target is counted: working hours (clock time within opening hours) or whole working days.</summary>
public enum SlaUnit
{
    WorkingHours,
    WorkingDays,
}

/// <summary>An amount of working time, e.g. 4 working hours or 14 working days.</summary>
public readonly record struct SlaTarget(int Amount, SlaUnit Unit)
{
    public const int MaxHours = 2_000;
    public const int MaxDays = 365;

    public static SlaTarget Hours(int amount) => new(amount, SlaUnit.WorkingHours);

    public static SlaTarget Days(int amount) => new(amount, SlaUnit.WorkingDays);

    public bool IsValid => Amount > 0 && Amount <= (Unit == SlaUnit.WorkingHours ? MaxHours : MaxDays);

    /// <summary>The due time from <paramref name="startUtc"/>, or null while an open pause holds the clock.</summary>
    public DateTime? DueFrom(WorkingCalendar calendar, DateTime startUtc, IReadOnlyList<(DateTime FromUtc, DateTime? ToUtc)> pauses) =>
        Unit == SlaUnit.WorkingHours
            ? calendar.AddWorkingTime(startUtc, TimeSpan.FromHours(Amount), pauses)
            : calendar.AddWorkingDays(startUtc, Amount, pauses);
}

/// <summary>
/// The first-response and resolution targets for one priority, for every category (<see cref="CategoryId"/> null) or
/// for one category, which then wins over the general rule. Admins edit them; the defaults come from domain.md.
/// </summary>
public class SlaPolicy
{
    public int Id { get; set; }
    public TicketPriority Priority { get; set; }

    /// <summary>Null: the rule for every category without its own.</summary>
    public int? CategoryId { get; set; }
    public Category? Category { get; set; }

    public int FirstResponseAmount { get; set; }
    public SlaUnit FirstResponseUnit { get; set; }
    public int ResolutionAmount { get; set; }
    public SlaUnit ResolutionUnit { get; set; }

    public DateTime UpdatedAt { get; set; }

    public SlaTarget FirstResponse
    {
        get => new(FirstResponseAmount, FirstResponseUnit);
        set => (FirstResponseAmount, FirstResponseUnit) = (value.Amount, value.Unit);
    }

    public SlaTarget Resolution
    {
        get => new(ResolutionAmount, ResolutionUnit);
        set => (ResolutionAmount, ResolutionUnit) = (value.Amount, value.Unit);
    }

    /// <summary>domain.md: P1 1 working hour, P2 4 working hours, P3/P4 1 working day; resolution 14 working days, P4 5.</summary>
    public static IReadOnlyList<(TicketPriority Priority, SlaTarget FirstResponse, SlaTarget Resolution)> Defaults { get; } =
    [
        (TicketPriority.P1, SlaTarget.Hours(1), SlaTarget.Days(14)),
        (TicketPriority.P2, SlaTarget.Hours(4), SlaTarget.Days(14)),
        (TicketPriority.P3, SlaTarget.Days(1), SlaTarget.Days(14)),
        (TicketPriority.P4, SlaTarget.Days(1), SlaTarget.Days(5)),
    ];
}
