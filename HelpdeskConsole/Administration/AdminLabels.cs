using HelpdeskConsole.Identity;
using HelpdeskConsole.Localization;
using HelpdeskConsole.Teams;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace HelpdeskConsole.Administration;

/// <summary>Localized names for the administration area's vocabulary: roles, statuses, audit areas and actions.</summary>
public static class AdminLabels
{
    public static string Role(this IStringLocalizer<Strings> l, string? role) =>
        role is null ? AuditDetails.Empty : l[$"Role_{role}"];

    public static string Status(this IStringLocalizer<AdminStrings> a, AccountStatus status) => a[$"Status_{status}"];

    public static Color Colour(this AccountStatus status) => status switch
    {
        AccountStatus.Active => Color.Success,
        AccountStatus.Locked => Color.Warning,
        _ => Color.Default,
    };

    public static string Area(this IStringLocalizer<AdminStrings> a, string area) => Known(a, $"Area_{area}", area);

    public static string Action(this IStringLocalizer<AdminStrings> a, string action) => Known(a, $"Action_{action}", action);

    /// <summary>For example "WIB · Asia/Jakarta (UTC+7)".</summary>
    public static string TimeZone(this IStringLocalizer<AdminStrings> a, string timeZoneId) =>
        Known(a, $"TimeZone_{IndonesianTimeZones.ShortName(timeZoneId)}", timeZoneId);

    /// <summary>
    /// The stored <c>field: old → new</c> lines with field names in the viewer's language, and roles and
    /// time zones named as elsewhere in the console.
    /// </summary>
    public static IReadOnlyList<string> DetailLines(this IStringLocalizer<AdminStrings> a, IStringLocalizer<Strings> l, string? details)
    {
        if (string.IsNullOrEmpty(details))
        {
            return [];
        }

        var lines = new List<string>();
        foreach (var line in details.Split('\n'))
        {
            var colon = line.IndexOf(": ", StringComparison.Ordinal);
            if (colon < 0)
            {
                lines.Add(line);
                continue;
            }

            var field = line[..colon];
            var values = line[(colon + 2)..];
            Func<string, string>? value = field switch
            {
                AuditFields.Role => v => Roles.All.Contains(v) ? l.Role(v) : v,
                AuditFields.TimeZone => IndonesianTimeZones.ShortName,
                _ => null,
            };
            if (value is not null)
            {
                values = string.Join(AuditDetails.Arrow, values.Split(AuditDetails.Arrow).Select(value));
            }

            lines.Add($"{Known(a, $"AuditField_{field}", field)}: {values}");
        }

        return lines;
    }

    private static string Known(IStringLocalizer<AdminStrings> a, string key, string fallback)
    {
        var text = a[key];
        return text.ResourceNotFound ? fallback : text;
    }
}
