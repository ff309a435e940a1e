using System.Globalization;

namespace HelpdeskConsole.Identity;

/// <summary>How a person's name is shown in small places (avatars in the app bar and in a ticket's presence strip).</summary>
public static class PersonName
{
    /// <summary>"Rina Marlina" → "RM", "Rina" → "R"; whole letters, so a name starting with an accent or emoji is not cut in half.</summary>
    public static string Initials(string name)
    {
        var parts = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length switch
        {
            0 => "?",
            1 => First(parts[0]),
            _ => First(parts[0]) + First(parts[^1]),
        };

        static string First(string word) => StringInfo.GetNextTextElement(word).ToUpper(CultureInfo.CurrentCulture);
    }
}
