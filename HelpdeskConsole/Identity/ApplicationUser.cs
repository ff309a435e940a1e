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
}

public static class Roles
{
    public const string Officer = "Officer";
    public const string TeamLead = "TeamLead";
    public const string Admin = "Admin";

    public static readonly IReadOnlyList<string> All = [Officer, TeamLead, Admin];

    public const string LeadOrAdmin = TeamLead + "," + Admin;
}
