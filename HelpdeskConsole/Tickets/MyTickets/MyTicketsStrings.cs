namespace HelpdeskConsole.Tickets.MyTickets;

/// <summary>Marker for the "My tickets" page's strings: <c>MyTicketsStrings.resx</c> (Indonesian) and <c>MyTicketsStrings.en.resx</c>.</summary>
public sealed class MyTicketsStrings;
