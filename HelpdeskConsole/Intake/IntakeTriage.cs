using HelpdeskConsole.Tickets;

namespace HelpdeskConsole.Intake;

/// <summary>
/// The starting priority of a new complaint (domain.md): P1 for work accidents, mass layoffs and trafficking,
/// P2 for unpaid wages or THR, P4 for information and suggestions, P3 otherwise. Officers adjust it later.
/// </summary>
public static class IntakeTriage
{
    private static readonly string[] CriticalWords =
    [
        "kecelakaan kerja", "kecelakaan", "meninggal", "tewas", "luka berat", "phk massal", "pemutusan massal",
        "perdagangan orang", "tppo", "trafficking", "disekap", "dianiaya", "work accident", "died", "mass layoff",
    ];

    public static TicketPriority PriorityFor(TicketKind kind, string categoryCode, string subject, string body)
    {
        var text = (subject + " " + body).ToLowerInvariant();
        if (CriticalWords.Any(w => text.Contains(w, StringComparison.Ordinal)))
        {
            return TicketPriority.P1;
        }

        if (kind is TicketKind.Informasi or TicketKind.Aspirasi || categoryCode == "INFO")
        {
            return TicketPriority.P4;
        }

        return categoryCode is "UPAH" or "THR" ? TicketPriority.P2 : TicketPriority.P3;
    }
}
