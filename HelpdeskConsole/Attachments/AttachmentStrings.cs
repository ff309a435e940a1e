namespace HelpdeskConsole.Attachments;

/// <summary>Marker for the attachment strings: <c>AttachmentStrings.resx</c> (Indonesian) and <c>.en.resx</c>.</summary>
public sealed class AttachmentStrings;
