namespace HelpdeskConsole.Administration;

/// <summary>One row of the teams list. Members are the team's active (not disabled) accounts.</summary>
public sealed record TeamListItem(
    int Id,
    string Name,
    string TimeZoneId,
    string? LeadId,
    string? LeadName,
    int MemberCount,
    int CategoryCount);

/// <summary>A team as the form edits it. <see cref="LeadId"/> null means no lead.</summary>
public sealed record TeamInput(string Name, string TimeZoneId, string? LeadId);

/// <summary>An account that may lead a team: an active TeamLead who belongs to it.</summary>
public sealed record LeadCandidate(string Id, string DisplayName, string Email);
