namespace HelpdeskConsole.Components.Shortcuts;

/// <summary>Marker for the keyboard shortcuts' strings: <c>ShortcutStrings.resx</c> (Indonesian) and <c>ShortcutStrings.en.resx</c>.</summary>
public sealed class ShortcutStrings;
