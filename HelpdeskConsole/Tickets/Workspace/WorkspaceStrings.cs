namespace HelpdeskConsole.Tickets.Workspace;

/// <summary>Marker for the workspace strings: <c>WorkspaceStrings.resx</c> (Indonesian) and <c>.en.resx</c>.</summary>
public sealed class WorkspaceStrings;
