namespace HelpdeskConsole.Administration;

/// <summary>An administrative change: who did what to which account, team or category, and when.</summary>
public class AuditEntry
{
    public long Id { get; set; }
    public DateTime At { get; set; }
    public string? ActorId { get; set; }
    public required string ActorName { get; set; }

    /// <summary>What kind of thing changed: <c>Account</c>, <c>Team</c> or <c>Category</c>.</summary>
    public required string Area { get; set; }
    public required string EntityId { get; set; }
    public required string Action { get; set; }

    /// <summary>Field changes as <c>field: old → new</c> lines. Never passwords or personal data.</summary>
    public string? Details { get; set; }
}
