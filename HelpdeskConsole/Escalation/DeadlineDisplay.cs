using System.Globalization;

namespace HelpdeskConsole.Escalation;

/// <summary>Where a ticket stands against its current deadline, as screens colour it.</summary>
public enum DeadlineState
{
    /// <summary>Less than the warning share of the working time is used.</summary>
    OnTrack,

    /// <summary>The warning time has passed: the deadline is near.</summary>
    AtRisk,

    /// <summary>The deadline has passed.</summary>
    Breached,

    /// <summary>The clock is held while the ticket waits on the citizen.</summary>
    Paused,

    /// <summary>No deadline runs: the ticket is closed.</summary>
    Closed,
}

/// <summary>How screens show a deadline: its state (for the colour) and the time left or overdue in a short form.</summary>
public static class DeadlineDisplay
{
    public static DeadlineState StateOf(DeadlineKind? kind, DateTime? dueAt, DateTime? warnAt, bool paused, DateTime now) =>
        kind is null ? DeadlineState.Closed
        : paused || dueAt is null ? DeadlineState.Paused
        : now >= dueAt ? DeadlineState.Breached
        : warnAt is { } warn && now >= warn ? DeadlineState.AtRisk
        : DeadlineState.OnTrack;

    public static DeadlineState StateOf(Deadline? deadline, DateTime now) =>
        deadline is null ? DeadlineState.Closed : StateOf(deadline.Kind, deadline.DueUtc, deadline.WarnUtc, deadline.Paused, now);

    /// <summary>The CSS class that colours a deadline (see app.css): green, amber, red; grey when paused or closed.</summary>
    public static string CssClass(this DeadlineState state) => state switch
    {
        DeadlineState.OnTrack => "hc-due-ontrack",
        DeadlineState.AtRisk => "hc-due-atrisk",
        DeadlineState.Breached => "hc-due-breached",
        _ => "hc-due-inactive",
    };

    /// <summary>
    /// A duration in at most two units, in calendar time: "2 j 15 m" / "2 h 15 m", "3 h 4 j" / "3 d 4 h", "25 m".
    /// Indonesian uses h(ari), j(am), m(enit).
    /// </summary>
    public static string Compact(TimeSpan span, CultureInfo culture)
    {
        var english = culture.TwoLetterISOLanguageName == "en";
        var (day, hour, minute) = english ? ("d", "h", "m") : ("h", "j", "m");
        span = span.Duration();
        return span.TotalDays >= 1
            ? span.Hours == 0 ? $"{(int)span.TotalDays} {day}" : $"{(int)span.TotalDays} {day} {span.Hours} {hour}"
            : span.TotalHours >= 1
                ? span.Minutes == 0 ? $"{(int)span.TotalHours} {hour}" : $"{(int)span.TotalHours} {hour} {span.Minutes} {minute}"
                : $"{Math.Max(1, (int)Math.Ceiling(span.TotalMinutes)).ToString(culture)} {minute}";
    }
}
