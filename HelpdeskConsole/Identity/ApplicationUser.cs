using HelpdeskConsole.Teams;
using Microsoft.AspNetCore.Identity;

namespace HelpdeskConsole.Identity;

/// <summary>A console account: an officer, a team lead or an admin.</summary>
public class ApplicationUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    public int? TeamId { get; set; }
    public Team? Team { get; set; }

    /// <summary>A disabled account cannot log in, and its open sessions end at the next revalidation.</summary>
    public bool IsDisabled { get; set; }

    /// <summary>Null follows the browser's preference.</summary>
    public bool? PrefersDarkMode { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>The last ticket event this person has seen in the queue: what the "new" counters count from.</summary>
    public long QueueSeenSequence { get; set; }

    /// <summary>Play a short sound when a new complaint arrives.</summary>
    public bool SoundOnNewTicket { get; set; }

    /// <summary>Available, on a break or offline: set by the officer, and offline by itself when their last console closes.</summary>
    public Teams.Availability Availability { get; set; } = Teams.Availability.Offline;

    public DateTime? AvailabilityChangedAt { get; set; }

    /// <summary>The most open tickets automatic assignment gives this officer (set by the team's lead).</summary>
    public int Capacity { get; set; } = Teams.Capacity.Default;

    /// <summary>When automatic assignment last gave this officer a ticket: round robin goes to whoever waited longest.</summary>
    public DateTime? LastAssignedAt { get; set; }
}

public static class Roles
{
    public const string Officer = "Officer";
    public const string TeamLead = "TeamLead";
    public const string Admin = "Admin";

    public static readonly IReadOnlyList<string> All = [Officer, TeamLead, Admin];

    public const string LeadOrAdmin = TeamLead + "," + Admin;
}
