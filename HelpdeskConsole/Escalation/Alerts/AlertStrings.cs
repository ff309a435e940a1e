namespace HelpdeskConsole.Escalation.Alerts;

/// <summary>Marker for the escalation alerts' strings: <c>AlertStrings.resx</c> (Indonesian) and <c>AlertStrings.en.resx</c>.</summary>
public sealed class AlertStrings;
