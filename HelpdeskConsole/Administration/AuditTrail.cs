namespace HelpdeskConsole.Administration;

/// <summary>The kinds of thing the audit trail records changes to (<see cref="AuditEntry.Area"/>).</summary>
public static class AuditAreas
{
    public const string Account = "Account";
    public const string Team = "Team";
    public const string Category = "Category";

    public static readonly IReadOnlyList<string> All = [Account, Team, Category];
}

/// <summary>What was done (<see cref="AuditEntry.Action"/>).</summary>
public static class AuditActions
{
    public const string Created = "Created";
    public const string Updated = "Updated";
    public const string Disabled = "Disabled";
    public const string Enabled = "Enabled";
    public const string Unlocked = "Unlocked";
    public const string PasswordReset = "PasswordReset";
    public const string Activated = "Activated";
    public const string Deactivated = "Deactivated";
}

/// <summary>
/// Field names used in <see cref="AuditEntry.Details"/>. They are stored in English, as data, and the audit
/// page shows them in the viewer's language; so entries written today stay readable after a translation changes.
/// </summary>
public static class AuditFields
{
    public const string Email = "Email";
    public const string Name = "Name";
    public const string Team = "Team";
    public const string Role = "Role";
    public const string TimeZone = "TimeZone";
    public const string Lead = "Lead";
    public const string Code = "Code";
    public const string NameId = "NameId";
    public const string NameEn = "NameEn";
}

/// <summary>
/// Builds the <c>field: old → new</c> lines of an audit entry. Only values an admin may see go in:
/// names and staff emails, never passwords, tokens or complainants' data.
/// </summary>
internal sealed class AuditDetails
{
    public const string Arrow = " → ";
    public const string Empty = "—";
    private const int MaxLength = 4000;

    private readonly List<string> lines = [];

    public bool IsEmpty => lines.Count == 0;

    /// <summary>Adds a line when the value changed; unchanged fields are left out.</summary>
    public AuditDetails Change(string field, string? before, string? after)
    {
        if (!string.Equals(before ?? "", after ?? "", StringComparison.Ordinal))
        {
            lines.Add($"{field}: {Show(before)}{Arrow}{Show(after)}");
        }

        return this;
    }

    public AuditEntry ToEntry(AdminActor actor, DateTimeOffset at, string area, string entityId, string action)
    {
        var details = IsEmpty ? null : string.Join('\n', lines);
        if (details is { Length: > MaxLength })
        {
            details = details[..(MaxLength - 1)] + "…";
        }

        return new AuditEntry
        {
            At = at.UtcDateTime,
            ActorId = actor.UserId,
            ActorName = actor.DisplayName,
            Area = area,
            EntityId = entityId,
            Action = action,
            Details = details,
        };
    }

    private static string Show(string? value) => string.IsNullOrEmpty(value) ? Empty : value;
}
