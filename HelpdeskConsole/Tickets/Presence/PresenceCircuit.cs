namespace HelpdeskConsole.Tickets.Presence;

/// <summary>
/// Names one browser tab for presence (scoped: one per Blazor circuit), so the same officer in two tabs is two
/// connections of one person, and two components in one tab are one connection.
/// </summary>
public sealed class PresenceCircuit
{
    public string Key { get; } = Guid.NewGuid().ToString("N");
}
