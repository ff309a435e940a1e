using System.Net.Mail;
using HelpdeskConsole.Tickets;
using Microsoft.Extensions.Localization;

namespace HelpdeskConsole.Intake;

/// <summary>
/// The one set of rules for every way a complaint arrives. Each message names the field and says what to fix.
/// </summary>
public sealed class ComplaintValidator(IStringLocalizer<IntakeStrings> l)
{
    public const int MaxSubject = 200;
    public const int MaxBody = 10_000;
    public const int MaxName = 120;
    public const int MaxEmail = 254;
    public const int MaxPhone = 32;

    /// <summary>A parsed, valid complaint; null values are absent optional fields.</summary>
    public sealed record Valid(TicketKind Kind, string CategoryCode, TicketChannel Channel, string Subject, string Body,
        IdentityMode IdentityMode, string? Name, string? Nik, string? Phone, string? Email);

    public (Valid? Complaint, Dictionary<string, string[]> Errors) Validate(NewComplaint input, IReadOnlyCollection<string> activeCategoryCodes)
    {
        var errors = new Dictionary<string, List<string>>();
        void Add(string field, string message)
        {
            if (!errors.TryGetValue(field, out var list))
            {
                errors[field] = list = [];
            }

            list.Add(message);
        }

        TicketKind kind = default;
        if (string.IsNullOrWhiteSpace(input.Kind))
        {
            Add("kind", l["Error_KindRequired", string.Join(", ", WireValues.Kinds.Keys)]);
        }
        else if (!WireValues.Kinds.TryGetValue(input.Kind.Trim(), out kind))
        {
            Add("kind", l["Error_KindUnknown", input.Kind, string.Join(", ", WireValues.Kinds.Keys)]);
        }

        var categoryCode = input.CategoryCode?.Trim().ToUpperInvariant() ?? "";
        if (categoryCode.Length == 0)
        {
            Add("categoryCode", l["Error_CategoryRequired", string.Join(", ", activeCategoryCodes)]);
        }
        else if (!activeCategoryCodes.Contains(categoryCode, StringComparer.Ordinal))
        {
            Add("categoryCode", l["Error_CategoryUnknown", input.CategoryCode!, string.Join(", ", activeCategoryCodes)]);
        }

        var channel = TicketChannel.Web;
        if (!string.IsNullOrWhiteSpace(input.Channel) && !WireValues.Channels.TryGetValue(input.Channel.Trim(), out channel))
        {
            Add("channel", l["Error_ChannelUnknown", input.Channel, string.Join(", ", WireValues.Channels.Keys)]);
        }

        var mode = IdentityMode.Terbuka;
        if (!string.IsNullOrWhiteSpace(input.IdentityMode) && !WireValues.IdentityModes.TryGetValue(input.IdentityMode.Trim(), out mode))
        {
            Add("identityMode", l["Error_IdentityModeUnknown", input.IdentityMode, string.Join(", ", WireValues.IdentityModes.Keys)]);
        }

        var subject = input.Subject?.Trim() ?? "";
        if (subject.Length == 0)
        {
            Add("subject", l["Error_SubjectRequired"]);
        }
        else if (subject.Length > MaxSubject)
        {
            Add("subject", l["Error_SubjectTooLong", MaxSubject, subject.Length]);
        }

        var body = input.Body?.Trim() ?? "";
        if (body.Length == 0)
        {
            Add("body", l["Error_BodyRequired"]);
        }
        else if (body.Length > MaxBody)
        {
            Add("body", l["Error_BodyTooLong", MaxBody, body.Length]);
        }

        var name = Blank(input.Name);
        if (name is null && mode == IdentityMode.Terbuka)
        {
            Add("name", l["Error_NameRequired"]);
        }
        else if (name?.Length > MaxName)
        {
            Add("name", l["Error_NameTooLong", MaxName]);
        }

        var nik = Blank(input.Nik)?.Replace(" ", "", StringComparison.Ordinal);
        if (nik is null && mode == IdentityMode.Terbuka)
        {
            Add("nik", l["Error_NikRequired"]);
        }
        else if (nik is not null && !Nik.IsValid(nik, out var nikProblem))
        {
            Add("nik", nikProblem == Nik.Problem.Length ? l["Error_NikLength", nik.Length] : l["Error_NikBirthDate"]);
        }

        var phone = Blank(input.Phone);
        if (phone is not null && !IsPhone(phone))
        {
            Add("phone", l["Error_PhoneInvalid"]);
        }

        var email = Blank(input.Email);
        if (email is not null && !IsEmail(email))
        {
            Add("email", l["Error_EmailInvalid"]);
        }

        if (errors.Count > 0)
        {
            return (null, errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
        }

        return (new Valid(kind, categoryCode, channel, subject, body, mode, name, nik, phone, email), []);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static bool IsPhone(string phone)
    {
        if (phone.Length > MaxPhone)
        {
            return false;
        }

        var digits = phone.Count(char.IsAsciiDigit);
        return digits is >= 8 and <= 15 && phone.All(c => char.IsAsciiDigit(c) || c is '+' or ' ' or '-' or '(' or ')')
            && phone.LastIndexOf('+') <= 0;
    }

    private static bool IsEmail(string email) =>
        email.Length <= MaxEmail && MailAddress.TryCreate(email, out var address) && address.Address == email
        && address.Host.Contains('.', StringComparison.Ordinal);
}

/// <summary>The national ID number (NIK): 16 digits; digits 7–12 are the birth date (day + 40 for women).</summary>
public static class Nik
{
    public enum Problem
    {
        None,
        Length,
        BirthDate,
    }

    public static bool IsValid(string nik, out Problem problem)
    {
        if (nik.Length != 16 || !nik.All(char.IsAsciiDigit))
        {
            problem = Problem.Length;
            return false;
        }

        var day = int.Parse(nik.AsSpan(6, 2), System.Globalization.CultureInfo.InvariantCulture);
        var month = int.Parse(nik.AsSpan(8, 2), System.Globalization.CultureInfo.InvariantCulture);
        if (day > 40)
        {
            day -= 40;
        }

        problem = day is >= 1 and <= 31 && month is >= 1 and <= 12 ? Problem.None : Problem.BirthDate;
        return problem == Problem.None;
    }

    /// <summary>Only the last four digits, for screens and receipts: <c>************1234</c>.</summary>
    public static string Mask(string? nik) =>
        string.IsNullOrEmpty(nik) ? "" : new string('•', Math.Max(0, nik.Length - 4)) + nik[^Math.Min(4, nik.Length)..];
}
