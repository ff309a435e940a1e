namespace HelpdeskConsole.Administration;

/// <summary>Marker for the administration area's strings: <c>AdminStrings.resx</c> (Indonesian) and <c>AdminStrings.en.resx</c>.</summary>
public sealed class AdminStrings;
