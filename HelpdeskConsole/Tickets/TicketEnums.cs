namespace HelpdeskConsole.Tickets;

/// <summary>Where a ticket stands, modelled on SP4N-LAPOR! (domain.md). Stored by name.</summary>
public enum TicketStatus
{
    /// <summary>BARU: just arrived, nobody has it.</summary>
    Baru,
    /// <summary>VERIFIKASI: an officer checks completeness and jurisdiction.</summary>
    Verifikasi,
    /// <summary>PERLU_KELENGKAPAN: waiting for the citizen to complete the file (SLA clock paused).</summary>
    PerluKelengkapan,
    /// <summary>DIPROSES: assigned and being handled.</summary>
    Diproses,
    /// <summary>MENUNGGU_TANGGAPAN: answer sent, waiting for the citizen (clock paused).</summary>
    MenungguTanggapan,
    /// <summary>DITERUSKAN: not our authority, forwarded to another agency.</summary>
    Diteruskan,
    /// <summary>SELESAI: closed with a resolution.</summary>
    Selesai,
    /// <summary>DIARSIPKAN: duplicate, spam or withdrawn.</summary>
    Diarsipkan,
}

/// <summary>What the citizen brought to the desk.</summary>
public enum TicketKind
{
    Pengaduan,
    Informasi,
    Konsultasi,
    Aspirasi,
    /// <summary>Whistleblowing: restricted to a few people.</summary>
    Wbs,
}

/// <summary>How the complaint reached the desk.</summary>
public enum TicketChannel
{
    Web,
    Telepon,
    Loket,
    Email,
    WhatsApp,
    Lapor,
    MediaSosial,
}

/// <summary>P1 is the most urgent. The names sort in urgency order, as stored.</summary>
public enum TicketPriority
{
    P1 = 1,
    P2 = 2,
    P3 = 3,
    P4 = 4,
}

/// <summary>How much of the reporter's identity officers may see.</summary>
public enum IdentityMode
{
    /// <summary>Open: identity visible to officers handling the ticket.</summary>
    Terbuka,
    /// <summary>Anonymous: identity hidden from officers who don't need it.</summary>
    Anonim,
    /// <summary>Confidential: the whole report is restricted.</summary>
    Rahasia,
}

public enum MessageType
{
    /// <summary>Written by the citizen (the complaint itself, or a later reply).</summary>
    CitizenMessage,
    /// <summary>An officer's answer, visible to the citizen.</summary>
    PublicReply,
    /// <summary>For officers only; never shown to the citizen.</summary>
    InternalNote,
}

public static class TicketStatusExtensions
{
    /// <summary>Statuses in which the ticket is still somebody's work.</summary>
    public static readonly IReadOnlyList<TicketStatus> Open =
    [
        TicketStatus.Baru, TicketStatus.Verifikasi, TicketStatus.PerluKelengkapan,
        TicketStatus.Diproses, TicketStatus.MenungguTanggapan,
    ];

    public static bool IsOpen(this TicketStatus status) => Open.Contains(status);

    /// <summary>The SP4N-LAPOR! code, e.g. <c>PERLU_KELENGKAPAN</c>.</summary>
    public static string Code(this TicketStatus status) => status switch
    {
        TicketStatus.Baru => "BARU",
        TicketStatus.Verifikasi => "VERIFIKASI",
        TicketStatus.PerluKelengkapan => "PERLU_KELENGKAPAN",
        TicketStatus.Diproses => "DIPROSES",
        TicketStatus.MenungguTanggapan => "MENUNGGU_TANGGAPAN",
        TicketStatus.Diteruskan => "DITERUSKAN",
        TicketStatus.Selesai => "SELESAI",
        TicketStatus.Diarsipkan => "DIARSIPKAN",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}
