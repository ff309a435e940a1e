using System.Globalization;
using Microsoft.Extensions.Localization;

namespace HelpdeskConsole.Escalation.Admin;

/// <summary>How the SLA and calendar screens say targets, units, kinds, days and durations.</summary>
public static class SlaAdminLabels
{
    /// <summary>For example "4 jam kerja" or "14 working days".</summary>
    public static string Target(this IStringLocalizer<SlaAdminStrings> s, SlaTarget target) =>
        s[target.Unit == SlaUnit.WorkingHours ? "Target_Hours" : "Target_Days", target.Amount];

    public static string Unit(this IStringLocalizer<SlaAdminStrings> s, SlaUnit unit) => s[$"Unit_{unit}"];

    public static string Kind(this IStringLocalizer<SlaAdminStrings> s, NonWorkingDayKind kind) => s[$"Kind_{kind}"];

    /// <summary>The weekday in the viewer's language (Senin, Monday).</summary>
    public static string Day(DayOfWeek day) => CultureInfo.CurrentCulture.DateTimeFormat.GetDayName(day);

    /// <summary>A date as people read it: "Senin, 17 Agustus 2026".</summary>
    public static string LongDate(DateOnly date) => date.ToString("dddd, d MMMM yyyy", CultureInfo.CurrentCulture);

    /// <summary>Working minutes as hours and minutes: "2 jam 0 menit kerja".</summary>
    public static string WorkingMinutes(this IStringLocalizer<SlaAdminStrings> s, int minutes) =>
        s["Minutes_AsHours", minutes / 60, minutes % 60];

    /// <summary>Reads "07:30" (what a time input gives); null when it is not a time of day.</summary>
    public static TimeOnly? ParseTime(string? text) =>
        TimeOnly.TryParseExact((text ?? "").Trim(), ["HH:mm", "H:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time
            : null;

    /// <summary>Reads "2026-08-17" (what a date input gives); null when it is not a date.</summary>
    public static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact((text ?? "").Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    public static string InputTime(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    public static string InputDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
