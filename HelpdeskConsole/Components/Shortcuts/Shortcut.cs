namespace HelpdeskConsole.Components.Shortcuts;

/// <summary>
/// One keyboard shortcut: the keys, what it does in the officer's words (localized), and the action.
/// <see cref="Keys"/> is a single key (<c>"r"</c>, <c>"?"</c>, <c>"/"</c>, <c>"Enter"</c>, <c>"Escape"</c>) or a
/// two-key sequence separated by a space (<c>"g q"</c>: g, then q within a second). Letters are lower case;
/// Ctrl, Alt and Meta are never part of a shortcut, so the browser's and the screen reader's keys stay theirs.
/// </summary>
public sealed record Shortcut(string Keys, string Description, Func<Task> Action);

/// <summary>Shortcuts registered together (by one page or by the shell), listed under one heading in the help.</summary>
public sealed record ShortcutGroup(string Title, IReadOnlyList<Shortcut> Shortcuts);

/// <summary>The keys the console uses, in one place, so the help, the hints on buttons and the pages agree.</summary>
public static class ShortcutKeys
{
    public const string Help = "?";
    public const string Escape = "Escape";
    public const string Enter = "Enter";
    public const string Search = "/";
    public const string Next = "j";
    public const string Previous = "k";
    public const string Reply = "r";
    public const string Note = "n";
    public const string Claim = "c";
    public const string Status = "s";
    public const string GoOverview = "g h";
    public const string GoQueue = "g q";
    public const string GoMyTickets = "g m";
    public const string GoResponses = "g r";
    public const string GoAlerts = "g a";

    /// <summary>Whether <paramref name="keys"/> is something the browser side can recognise.</summary>
    public static bool IsValid(string keys)
    {
        if (keys is Escape or Enter)
        {
            return true;
        }

        var parts = keys.Split(' ');
        return parts.Length is 1 or 2 && parts.All(IsSingleCharacter);
    }

    private static bool IsSingleCharacter(string key) =>
        key.Length == 1 && !char.IsWhiteSpace(key[0]) && !char.IsControl(key[0]) && !char.IsUpper(key[0]);
}
