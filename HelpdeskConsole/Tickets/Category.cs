using HelpdeskConsole.Teams;

namespace HelpdeskConsole.Tickets;

/// <summary>A subject area such as <c>UPAH</c> (wages); each is owned by one team, which receives its tickets.</summary>
public class Category
{
    public int Id { get; set; }

    /// <summary>Stable code used by the API and integrations, e.g. <c>THR</c>.</summary>
    public required string Code { get; set; }

    public required string NameId { get; set; }
    public required string NameEn { get; set; }

    public int TeamId { get; set; }
    public Team? Team { get; set; }

    public bool IsActive { get; set; } = true;
    public int SortOrder { get; set; }

    public string Name(bool english) => english ? NameEn : NameId;
}
