namespace HelpdeskConsole.Escalation;

/// <summary>
/// The desk's escalation levels, one row that admins edit: when to warn, whether a breach raises the priority,
/// and how long after a breach the second level takes the ticket to the lead.
/// </summary>
public class EscalationSettings
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    public bool WarningEnabled { get; set; } = true;

    /// <summary>The share of the target's working time after which the assignee is warned (1–99).</summary>
    public int WarningPercent { get; set; } = 75;

    public bool BreachEnabled { get; set; } = true;

    /// <summary>A breach raises the priority one step (P4 → P3 → P2 → P1).</summary>
    public bool RaisePriorityOnBreach { get; set; } = true;

    public bool SecondLevelEnabled { get; set; } = true;

    /// <summary>Working minutes after the breach before the second level (default 2 working hours).</summary>
    public int SecondLevelAfterMinutes { get; set; } = 120;

    public DateTime UpdatedAt { get; set; }
}
