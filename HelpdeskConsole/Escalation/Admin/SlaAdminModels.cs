using HelpdeskConsole.Tickets;

namespace HelpdeskConsole.Escalation.Admin;

/// <summary>A category an override can be set for.</summary>
public sealed record SlaCategoryOption(int Id, string Code, string NameId, string NameEn, bool IsActive);

/// <summary>One SLA rule: the general one of a priority (<see cref="CategoryId"/> null) or a category's override.</summary>
public sealed record SlaPolicyRow(
    int Id,
    TicketPriority Priority,
    int? CategoryId,
    string? CategoryCode,
    SlaTarget FirstResponse,
    SlaTarget Resolution)
{
    public bool IsGeneral => CategoryId is null;
}

/// <summary>
/// What an admin saves for a rule. A general rule keeps its priority; an override names a category.
/// </summary>
public sealed record SlaPolicyInput(
    TicketPriority Priority,
    int? CategoryId,
    int FirstResponseAmount,
    SlaUnit FirstResponseUnit,
    int ResolutionAmount,
    SlaUnit ResolutionUnit);

/// <summary>The escalation levels as the admin edits them.</summary>
public sealed record EscalationSettingsInput(
    bool WarningEnabled,
    int WarningPercent,
    bool BreachEnabled,
    bool RaisePriorityOnBreach,
    bool SecondLevelEnabled,
    int SecondLevelAfterMinutes);

public sealed record HolidayRow(int Id, DateOnly Date, string NameId, string NameEn, NonWorkingDayKind Kind, bool Unconfirmed);

public sealed record HolidayInput(DateOnly? Date, string NameId, string NameEn, NonWorkingDayKind Kind, bool Unconfirmed);

public sealed record RamadanRow(int Id, DateOnly From, DateOnly To, string NameId, string NameEn, bool Unconfirmed);

public sealed record RamadanInput(DateOnly? From, DateOnly? To, string NameId, string NameEn, bool Unconfirmed);

/// <summary>One opening stretch of a weekday; a <see cref="Closes"/> of 00:00 means until midnight.</summary>
public sealed record OpeningStretch(DayOfWeek Day, TimeOnly Opens, TimeOnly Closes);

/// <summary>A team's working time as the calendar tab shows it.</summary>
public sealed record TeamHours(
    int TeamId,
    string TeamName,
    string TimeZoneId,
    bool AlwaysOpen,
    bool KeepsRamadanHours,
    IReadOnlyList<OpeningStretch> Regular,
    IReadOnlyList<OpeningStretch> Ramadan);

/// <summary>What the admin saves for a team's working time.</summary>
public sealed record TeamHoursInput(
    string TimeZoneId,
    bool AlwaysOpen,
    bool KeepsRamadanHours,
    IReadOnlyList<OpeningStretch> Regular,
    IReadOnlyList<OpeningStretch> Ramadan);

/// <summary>A team to pick in the team-hours tab.</summary>
public sealed record SlaTeamOption(int Id, string Name);
