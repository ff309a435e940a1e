namespace HelpdeskConsole.Localization;

/// <summary>Marker for the shared UI strings: <c>Strings.resx</c> (Indonesian, the default) and <c>Strings.en.resx</c>.</summary>
public sealed class Strings;
