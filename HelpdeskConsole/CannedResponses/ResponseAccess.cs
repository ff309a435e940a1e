using HelpdeskConsole.Identity;

namespace HelpdeskConsole.CannedResponses;

/// <summary>
/// Who may do what with one text. Officers write only their own personal texts; a team's lead writes the team's and
/// reviews its proposals; admins write everything. Kept in step with <see cref="ResponseQueries"/>.
/// </summary>
public readonly record struct ResponseAccess(ResponseVisibility Visibility, int? TeamId, string OwnerId, bool IsProposed)
{
    public bool CanEdit(Viewer viewer)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        return viewer.IsAdmin || Visibility switch
        {
            ResponseVisibility.Personal => OwnerId == viewer.UserId,
            ResponseVisibility.Team => viewer.IsTeamLead && TeamId == viewer.TeamId,
            _ => false,
        };
    }

    public bool CanReview(Viewer viewer)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        return Visibility == ResponseVisibility.Personal && IsProposed && (viewer.IsAdmin || (viewer.IsTeamLead && TeamId == viewer.TeamId));
    }
}

public static class ResponseQueries
{
    /// <summary>
    /// What the library shows a viewer: the desk's texts, their team's, their own, and (for a lead) the proposals waiting
    /// in their team. Admins read every shared text and every proposal.
    /// </summary>
    public static IQueryable<CannedResponse> ReadableBy(this IQueryable<CannedResponse> responses, Viewer viewer)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var userId = viewer.UserId;
        if (viewer.IsAdmin)
        {
            // Every shared text and every proposal; someone's personal drafts stay theirs.
            return responses.Where(r => r.Visibility != ResponseVisibility.Personal || r.OwnerId == userId || r.ProposedAt != null);
        }

        var teamId = viewer.TeamId;
        var lead = viewer.IsTeamLead;
        return responses.Where(r => r.Visibility == ResponseVisibility.Everyone
            || (r.Visibility == ResponseVisibility.Team && r.TeamId == teamId && teamId != null)
            || (r.Visibility == ResponseVisibility.Personal && (r.OwnerId == userId || (lead && r.ProposedAt != null && r.TeamId == teamId && teamId != null))));
    }

    /// <summary>What the picker and the script panel may put into a viewer's reply: approved texts for them, and their own.</summary>
    public static IQueryable<CannedResponse> UsableBy(this IQueryable<CannedResponse> responses, Viewer viewer)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var userId = viewer.UserId;
        var teamId = viewer.TeamId;
        return responses.Where(r => r.ArchivedAt == null
            && (r.Visibility == ResponseVisibility.Everyone
                || (r.Visibility == ResponseVisibility.Team && r.TeamId == teamId && teamId != null)
                || (r.Visibility == ResponseVisibility.Personal && r.OwnerId == userId)));
    }
}

/// <summary>Tags as stored: lower case, <c>;</c>-delimited with a delimiter at both ends so a whole tag is found by one <c>Contains</c>.</summary>
public static class ResponseTags
{
    public const string Delimiter = ";";

    public static string Normalize(string? tag) => (tag ?? "").Trim().TrimStart('#').ToLowerInvariant();

    public static bool IsValid(string tag) =>
        tag.Length > 0 && char.IsAsciiLetterOrDigit(tag[0]) && tag.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is ':' or '-' or '_');

    public static string Join(IEnumerable<string> tags)
    {
        var list = tags.ToList();
        return list.Count == 0 ? "" : Delimiter + string.Join(Delimiter, list) + Delimiter;
    }

    public static IReadOnlyList<string> Split(string stored) =>
        string.IsNullOrEmpty(stored) ? [] : stored.Split(Delimiter, StringSplitOptions.RemoveEmptyEntries);
}
