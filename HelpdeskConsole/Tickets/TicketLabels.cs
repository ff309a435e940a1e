using HelpdeskConsole.Localization;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace HelpdeskConsole.Tickets;

/// <summary>Localized names and colours for ticket vocabulary, shared by every screen that shows a ticket.</summary>
public static class TicketLabels
{
    public static string Label(this IStringLocalizer<Strings> l, TicketStatus status) => l[$"Status_{status}"];

    public static string Label(this IStringLocalizer<Strings> l, TicketPriority priority) => l[$"Priority_{priority}"];

    public static string Label(this IStringLocalizer<Strings> l, TicketKind kind) => l[$"Kind_{kind}"];

    public static string Label(this IStringLocalizer<Strings> l, TicketChannel channel) => l[$"Channel_{channel}"];

    public static string Label(this IStringLocalizer<Strings> l, IdentityMode mode) => l[$"Identity_{mode}"];

    public static Color Colour(this TicketStatus status) => status switch
    {
        TicketStatus.Baru => Color.Info,
        TicketStatus.Verifikasi or TicketStatus.Diproses => Color.Primary,
        TicketStatus.PerluKelengkapan or TicketStatus.MenungguTanggapan => Color.Warning,
        TicketStatus.Selesai => Color.Success,
        _ => Color.Default,
    };

    public static Color Colour(this TicketPriority priority) => priority switch
    {
        TicketPriority.P1 => Color.Error,
        TicketPriority.P2 => Color.Warning,
        TicketPriority.P3 => Color.Info,
        _ => Color.Default,
    };
}
