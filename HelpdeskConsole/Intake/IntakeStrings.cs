namespace HelpdeskConsole.Intake;

/// <summary>Marker for the intake strings (public form, validation): <c>IntakeStrings.resx</c> and <c>.en.resx</c>.</summary>
public sealed class IntakeStrings;
