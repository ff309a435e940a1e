namespace HelpdeskConsole.Escalation.Admin;

/// <summary>Marker for the SLA and calendar admin strings: <c>SlaAdminStrings.resx</c> (Indonesian) and <c>SlaAdminStrings.en.resx</c>.</summary>
public sealed class SlaAdminStrings;
