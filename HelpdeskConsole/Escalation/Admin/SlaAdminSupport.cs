using HelpdeskConsole.Administration;

namespace HelpdeskConsole.Escalation.Admin;

/// <summary>
/// Asks for the stored deadlines of open tickets to be recomputed after an admin changed the rules. A seam so that
/// tests on a single in-memory connection can see the request without a background job sharing their connection.
/// </summary>
public interface IDeadlineRecalculation
{
    void Request();
}

/// <summary>The app's recalculation: <see cref="DeadlineRecalculator.RequestRecalculation"/>, in the background.</summary>
public sealed class BackgroundDeadlineRecalculation(DeadlineRecalculator recalculator) : IDeadlineRecalculation
{
    public void Request() => recalculator.RequestRecalculation();
}

/// <summary>The audit trail's areas for the SLA rules and calendars (<see cref="AuditEntry.Area"/>).</summary>
public static class SlaAuditAreas
{
    public const string SlaPolicy = "SlaPolicy";
    public const string Escalation = "EscalationSettings";
    public const string Holiday = "Holiday";
    public const string Ramadan = "RamadanPeriod";
    public const string TeamHours = "TeamHours";
}

/// <summary>Actions beyond <see cref="AuditActions"/>.</summary>
public static class SlaAuditActions
{
    public const string Deleted = "Deleted";
    public const string Reset = "Reset";
    public const string Confirmed = "Confirmed";
}

/// <summary>Field names in the audit details, stored in English as data.</summary>
public static class SlaAuditFields
{
    public const string Priority = "Priority";
    public const string Category = "Category";
    public const string FirstResponse = "FirstResponse";
    public const string Resolution = "Resolution";
    public const string Policies = "Policies";
    public const string Warning = "Warning";
    public const string Breach = "Breach";
    public const string RaisePriority = "RaisePriority";
    public const string SecondLevel = "SecondLevel";
    public const string Date = "Date";
    public const string From = "From";
    public const string To = "To";
    public const string NameId = "NameId";
    public const string NameEn = "NameEn";
    public const string Kind = "Kind";
    public const string Unconfirmed = "Unconfirmed";
    public const string Year = "Year";
    public const string TimeZone = "TimeZone";
    public const string AlwaysOpen = "AlwaysOpen";
    public const string KeepsRamadanHours = "KeepsRamadanHours";
    public const string RegularHours = "RegularHours";
    public const string RamadanHours = "RamadanHours";
}
