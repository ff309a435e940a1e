using System.Globalization;

namespace HelpdeskConsole.Tickets;

/// <summary>Short, readable ages for queues ("5 mnt", "3 jam", "2 hari"), with the exact time kept for tooltips.</summary>
public static class RelativeTime
{
    public static string Age(TimeSpan age, CultureInfo culture)
    {
        var english = culture.TwoLetterISOLanguageName == "en";
        if (age < TimeSpan.FromMinutes(1))
        {
            return english ? "just now" : "baru saja";
        }

        if (age < TimeSpan.FromHours(1))
        {
            return $"{(int)age.TotalMinutes} {(english ? "min" : "mnt")}";
        }

        if (age < TimeSpan.FromDays(1))
        {
            return $"{(int)age.TotalHours} {(english ? "h" : "jam")}";
        }

        return $"{(int)age.TotalDays} {(english ? "d" : "hari")}";
    }

    /// <summary>A UTC time on the desk's clock, e.g. <c>29/11/2026 14:05 WIB</c>.</summary>
    public static string DeskTime(DateTime utc, string timeZoneId, CultureInfo culture) =>
        TimeZoneInfo.ConvertTimeFromUtc(utc, TimeZoneInfo.FindSystemTimeZoneById(timeZoneId)).ToString("g", culture)
        + " " + Teams.IndonesianTimeZones.ShortName(timeZoneId);
}
