namespace HelpdeskConsole.Tickets.Presence;

/// <summary>What an officer with a ticket open is doing in it. Typing expires by itself when the keystrokes stop.</summary>
public enum Activity
{
    None,

    /// <summary>Writing a public reply: the citizen will read it, so two at once would collide.</summary>
    TypingReply,

    /// <summary>Writing an internal note: officers only, no collision with anyone's reply.</summary>
    TypingNote,
}
