namespace HelpdeskConsole.CannedResponses;

/// <summary>Marker for the canned-response library's strings: <c>CannedResponseStrings.resx</c> (Indonesian) and <c>CannedResponseStrings.en.resx</c>.</summary>
public sealed class CannedResponseStrings;
