namespace HelpdeskConsole.Teams;

/// <summary>Marker for the team board's strings: <c>TeamStrings.resx</c> (Indonesian) and <c>TeamStrings.en.resx</c>.</summary>
public sealed class TeamStrings;
