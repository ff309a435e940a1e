namespace HelpdeskConsole.Tickets.Workspace;

public sealed record NoteDialogResult(string? Note, string? ForwardTo);
