using HelpdeskConsole.Identity;
using HelpdeskConsole.Tickets;

namespace HelpdeskConsole.Teams;

/// <summary>Whether an officer takes work now.</summary>
public enum Availability
{
    Available,
    OnBreak,
    Offline,
}

public static class Capacity
{
    public const int Default = 15;
    public const int Max = 200;
}

/// <summary>How a team's new complaints reach its officers.</summary>
public enum AssignmentMode
{
    /// <summary>Officers claim tickets from the queue.</summary>
    Off,

    /// <summary>Each new ticket goes to the qualifying officer who has waited longest since their last one.</summary>
    RoundRobin,

    /// <summary>Each new ticket goes to the qualifying officer with the fewest open tickets (ties: who waited longest).</summary>
    LeastLoaded,
}

/// <summary>An officer's skill in a category: with <see cref="Team.AssignBySkill"/>, only the skilled receive its tickets.</summary>
public class OfficerSkill
{
    public required string UserId { get; set; }
    public ApplicationUser? User { get; set; }
    public int CategoryId { get; set; }
    public Category? Category { get; set; }
}
