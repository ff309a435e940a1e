namespace HelpdeskConsole.Intake;

/// <summary>
/// A complaint as submitted, by the API, the public form or an officer's "New ticket" dialog. Every field is
/// text so that a wrong value is reported by name instead of failing the whole request at binding.
/// </summary>
public sealed class NewComplaint
{
    public string? Kind { get; set; }
    public string? CategoryCode { get; set; }
    public string? Channel { get; set; }
    public string? Subject { get; set; }
    public string? Body { get; set; }
    public string? IdentityMode { get; set; }
    public string? Name { get; set; }
    public string? Nik { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
}

/// <summary>The answer to a stored complaint: what the citizen needs to follow it.</summary>
public sealed record ComplaintReceipt(int Id, string Number, string TrackingCode, string Status, DateTime CreatedAt);

/// <summary>What a citizen may see of a complaint by its tracking code: status and dates, nothing personal.</summary>
public sealed record ComplaintStatus(string TrackingCode, string Status, string CategoryCode, DateTime CreatedAt, DateTime UpdatedAt);

/// <summary>Either a receipt, or the fields that need fixing (field name → messages).</summary>
public sealed record IntakeResult(ComplaintReceipt? Receipt, IReadOnlyDictionary<string, string[]> Errors)
{
    public bool Succeeded => Receipt is not null;

    public static IntakeResult Invalid(IReadOnlyDictionary<string, string[]> errors) => new(null, errors);
}

public sealed record IntakeCategory(string Code, string NameId, string NameEn);

/// <summary>A reply of the desk as the citizen reads it on the status page (Markdown, rendered through the sanitizer).</summary>
public sealed record PublicReply(DateTime CreatedAt, string Body);
