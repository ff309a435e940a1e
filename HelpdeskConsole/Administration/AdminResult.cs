using Microsoft.Extensions.Localization;

namespace HelpdeskConsole.Administration;

/// <summary>
/// The outcome of an administrative change: it succeeded, or it lists what to fix, field by field.
/// Validation problems are results, not exceptions: the dialog shows each message beside its field.
/// </summary>
public class AdminResult
{
    internal AdminResult(IReadOnlyList<AdminError> errors) => Errors = errors;

    public IReadOnlyList<AdminError> Errors { get; }

    public bool Succeeded => Errors.Count == 0;

    /// <summary>The messages for one field (a property name of the input), joined; null when the field is fine.</summary>
    public string? ErrorFor(string field)
    {
        var messages = Errors.Where(e => e.Field == field).Select(e => e.Message).ToList();
        return messages.Count == 0 ? null : string.Join(" ", messages);
    }

    /// <summary>Problems that belong to no single field (the account was removed meanwhile, and so on).</summary>
    public IEnumerable<string> FormErrors => Errors.Where(e => e.Field == AdminError.Form).Select(e => e.Message);

    public static AdminResult Ok() => new([]);

    public static AdminResult<T> Ok<T>(T value) => new(value, []);

    internal static AdminResult Fail(IReadOnlyList<AdminError> errors) => new(errors);

    internal static AdminResult<T> Fail<T>(IReadOnlyList<AdminError> errors) => new(default, errors);
}

/// <summary>A result that carries a value on success, such as the id of what was created.</summary>
public sealed class AdminResult<T> : AdminResult
{
    internal AdminResult(T? value, IReadOnlyList<AdminError> errors) : base(errors) => Value = value;

    public T? Value { get; }
}

/// <param name="Field">The input property the message belongs to, or <see cref="Form"/>.</param>
/// <param name="Code">A stable code (the resource key) for tests and logs.</param>
/// <param name="Message">What to fix, in the viewer's language.</param>
public sealed record AdminError(string Field, string Code, string Message)
{
    public const string Form = "";
}

/// <summary>Collects validation errors, localizing each message from its code.</summary>
/// <summary>
/// Collects a form's errors, each worded from the feature's own strings (the admin area's, the SLA pages', …), and
/// checks the rules every admin form shares.
/// </summary>
internal sealed class AdminErrors(IStringLocalizer localizer)
{
    private readonly List<AdminError> errors = [];

    public bool Any => errors.Count > 0;

    public bool Has(string field) => errors.Exists(e => e.Field == field);

    public void Add(string field, string code, params object[] arguments) =>
        errors.Add(new AdminError(field, code, localizer[code, arguments]));

    public IReadOnlyList<AdminError> ToList() => [.. errors];

    public AdminResult Fail() => AdminResult.Fail([.. errors]);

    public AdminResult<T> Fail<T>() => AdminResult.Fail<T>([.. errors]);

    /// <summary>An Indonesian and an English name, both required and at most <paramref name="maxLength"/> long; returns them trimmed.</summary>
    public (string NameId, string NameEn) Names(string? nameId, string? nameEn, string idField, string enField, int maxLength)
    {
        var id = (nameId ?? "").Trim();
        var en = (nameEn ?? "").Trim();
        Check(idField, id, "Error_NameIdRequired");
        Check(enField, en, "Error_NameEnRequired");
        return (id, en);

        void Check(string field, string value, string requiredCode)
        {
            if (value.Length == 0)
            {
                Add(field, requiredCode);
            }
            else if (value.Length > maxLength)
            {
                Add(field, "Error_NameTooLong", maxLength);
            }
        }
    }
}
