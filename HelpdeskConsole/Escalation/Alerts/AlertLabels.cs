using Microsoft.Extensions.Localization;
using MudBlazor;

namespace HelpdeskConsole.Escalation.Alerts;

/// <summary>Localized names and colours of escalation levels and deadline kinds, shared by the bell, the queue and the workspace.</summary>
public static class AlertLabels
{
    public static string Label(this IStringLocalizer<AlertStrings> a, EscalationLevel level) => a[$"Level_{level}"];

    public static string Label(this IStringLocalizer<AlertStrings> a, DeadlineKind kind) => a[$"Kind_{kind}"];

    /// <summary>Amber for a warning, red for a breach; a second level has its own deep colour (<see cref="Style"/>).</summary>
    public static Color Colour(this EscalationLevel level) => level switch
    {
        EscalationLevel.Warning => Color.Warning,
        EscalationLevel.Breach or EscalationLevel.SecondLevel => Color.Error,
        _ => Color.Default,
    };

    /// <summary>A second level is set apart from a plain breach by a deep purple that reads in light and dark themes.</summary>
    public static string? Style(this EscalationLevel level) =>
        level == EscalationLevel.SecondLevel ? "background-color: #6a1b9a; color: #fff" : null;

    public static string Icon(this EscalationLevel level) => level switch
    {
        EscalationLevel.Warning => Icons.Material.Filled.Schedule,
        EscalationLevel.Breach => Icons.Material.Filled.Warning,
        EscalationLevel.SecondLevel => Icons.Material.Filled.PriorityHigh,
        _ => Icons.Material.Filled.Info,
    };
}
