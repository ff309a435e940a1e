using Microsoft.Extensions.Localization;

namespace HelpdeskConsole.Tickets.Presence;

/// <summary>The sentences about colleagues, shared by the presence line and the collision warning.</summary>
internal static class PresenceText
{
    /// <summary>"Rina", "Rina dan Budi", "Rina, Budi dan Sari".</summary>
    public static string Names(IReadOnlyList<PresentOfficer> officers, IStringLocalizer<PresenceStrings> l) =>
        officers.Count == 1
            ? officers[0].DisplayName
            : l["Presence_NamesAnd", string.Join(", ", officers.Take(officers.Count - 1).Select(o => o.DisplayName)), officers[^1].DisplayName];

    /// <summary>The sentence in its singular or plural form, or empty when nobody is meant.</summary>
    public static string Sentence(IReadOnlyList<PresentOfficer> officers, string key, IStringLocalizer<PresenceStrings> l) =>
        officers.Count switch
        {
            0 => "",
            1 => l[key, Names(officers, l)],
            _ => l[key + "Plural", Names(officers, l)],
        };
}
