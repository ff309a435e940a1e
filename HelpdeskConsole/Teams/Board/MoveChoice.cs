namespace HelpdeskConsole.Teams.Board;

/// <summary>Where the lead moves tickets (null: back to the unassigned column) and the reason for their history.</summary>
public sealed record MoveChoice(string? ToUserId, string? Reason);
