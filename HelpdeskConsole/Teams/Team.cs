using HelpdeskConsole.Identity;
using HelpdeskConsole.Tickets;

namespace HelpdeskConsole.Teams;

/// <summary>A desk team: it owns categories, has officers, a lead and one time zone.</summary>
public class Team
{
    public int Id { get; set; }
    public required string Name { get; set; }

    /// <summary>IANA time zone: Asia/Jakarta (WIB), Asia/Makassar (WITA) or Asia/Jayapura (WIT).</summary>
    public string TimeZoneId { get; set; } = IndonesianTimeZones.Wib;

    /// <summary>A team that never closes (24/7): its SLA clock ignores hours and holidays.</summary>
    public bool AlwaysOpen { get; set; }

    /// <summary>The team keeps its Ramadan hours during the Ramadan periods.</summary>
    public bool KeepsRamadanHours { get; set; } = true;

    public List<Escalation.TeamWorkingHours> WorkingHours { get; set; } = [];

    /// <summary>How new complaints reach officers: they claim them, or the console assigns them.</summary>
    public AssignmentMode AssignmentMode { get; set; } = AssignmentMode.Off;

    /// <summary>Automatic assignment gives a ticket only to officers skilled in its category.</summary>
    public bool AssignBySkill { get; set; }

    public string? LeadId { get; set; }
    public ApplicationUser? Lead { get; set; }

    public List<Category> Categories { get; set; } = [];
    public List<ApplicationUser> Members { get; set; } = [];
}

/// <summary>Indonesia's three time zones, with no daylight saving.</summary>
public static class IndonesianTimeZones
{
    public const string Wib = "Asia/Jakarta";
    public const string Wita = "Asia/Makassar";
    public const string Wit = "Asia/Jayapura";

    public static readonly IReadOnlyList<string> All = [Wib, Wita, Wit];

    public static string ShortName(string timeZoneId) => timeZoneId switch
    {
        Wib => "WIB",
        Wita => "WITA",
        Wit => "WIT",
        _ => timeZoneId,
    };
}
