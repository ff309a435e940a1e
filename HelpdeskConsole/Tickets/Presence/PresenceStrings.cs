namespace HelpdeskConsole.Tickets.Presence;

/// <summary>Marker for the ticket presence strings: <c>PresenceStrings.resx</c> (Indonesian) and <c>PresenceStrings.en.resx</c>.</summary>
public sealed class PresenceStrings;
