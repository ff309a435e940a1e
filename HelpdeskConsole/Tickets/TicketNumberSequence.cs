namespace HelpdeskConsole.Tickets;

/// <summary>
/// The last ticket number handed out in a year. Incremented with a set-based UPDATE inside the
/// transaction that creates the ticket, so two intakes at once never share a number on any provider.
/// </summary>
public class TicketNumberSequence
{
    public int Year { get; set; }
    public int LastValue { get; set; }

    public const string Prefix = "ADU";

    public static string Format(int year, int value) => $"{Prefix}-{year:D4}-{value:D6}";
}
