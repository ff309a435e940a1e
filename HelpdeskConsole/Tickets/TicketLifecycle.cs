namespace HelpdeskConsole.Tickets;

/// <summary>What an officer can do to a ticket's status (domain.md, SP4N-LAPOR!).</summary>
public enum TicketAction
{
    /// <summary>Check completeness and jurisdiction (VERIFIKASI).</summary>
    Verify,
    /// <summary>Ask the citizen for what is missing (PERLU_KELENGKAPAN; the SLA clock pauses).</summary>
    AskForInformation,
    /// <summary>Start handling it (DIPROSES).</summary>
    StartProcessing,
    /// <summary>An answer was sent; wait for the citizen (MENUNGGU_TANGGAPAN; the clock pauses).</summary>
    AwaitCitizen,
    /// <summary>Not the desk's authority: forward to another agency, with the target and a reason (DITERUSKAN).</summary>
    Forward,
    /// <summary>Close with a resolution summary (SELESAI).</summary>
    Resolve,
    /// <summary>Duplicate, spam or withdrawn, with a reason (DIARSIPKAN).</summary>
    Archive,
    /// <summary>Back to work after it was closed (DIPROSES).</summary>
    Reopen,
}

/// <summary>
/// The explicit lifecycle: which action is allowed from which status, and where it leads. The services refuse
/// anything not listed here with a message that says why; the screens only offer what is listed.
/// </summary>
public static class TicketLifecycle
{
    private static readonly Dictionary<TicketAction, (TicketStatus To, TicketStatus[] From)> Rules = new()
    {
        [TicketAction.Verify] = (TicketStatus.Verifikasi, [TicketStatus.Baru, TicketStatus.PerluKelengkapan]),
        [TicketAction.AskForInformation] = (TicketStatus.PerluKelengkapan,
            [TicketStatus.Baru, TicketStatus.Verifikasi, TicketStatus.Diproses, TicketStatus.MenungguTanggapan]),
        [TicketAction.StartProcessing] = (TicketStatus.Diproses,
            [TicketStatus.Baru, TicketStatus.Verifikasi, TicketStatus.PerluKelengkapan, TicketStatus.MenungguTanggapan]),
        [TicketAction.AwaitCitizen] = (TicketStatus.MenungguTanggapan, [TicketStatus.Diproses]),
        [TicketAction.Forward] = (TicketStatus.Diteruskan,
            [TicketStatus.Baru, TicketStatus.Verifikasi, TicketStatus.Diproses]),
        [TicketAction.Resolve] = (TicketStatus.Selesai,
            [TicketStatus.Verifikasi, TicketStatus.Diproses, TicketStatus.MenungguTanggapan]),
        [TicketAction.Archive] = (TicketStatus.Diarsipkan,
            [TicketStatus.Baru, TicketStatus.Verifikasi, TicketStatus.PerluKelengkapan, TicketStatus.Diproses, TicketStatus.MenungguTanggapan]),
        [TicketAction.Reopen] = (TicketStatus.Diproses, [TicketStatus.Selesai, TicketStatus.Diarsipkan, TicketStatus.Diteruskan]),
    };

    public static IReadOnlyList<TicketAction> All { get; } = Enum.GetValues<TicketAction>();

    public static bool IsAllowed(TicketAction action, TicketStatus from) => Rules[action].From.Contains(from);

    public static TicketStatus Target(TicketAction action) => Rules[action].To;

    /// <summary>The statuses from which the action is allowed (for the refusal message).</summary>
    public static IReadOnlyList<TicketStatus> AllowedFrom(TicketAction action) => Rules[action].From;

    /// <summary>The actions open to a ticket in this status, in the order a good handling goes.</summary>
    public static IReadOnlyList<TicketAction> Available(TicketStatus from) => [.. All.Where(a => IsAllowed(a, from))];

    /// <summary>Actions that need a note to go with them (a reason, a target, a summary).</summary>
    public static bool NeedsNote(TicketAction action) =>
        action is TicketAction.Forward or TicketAction.Resolve or TicketAction.Archive or TicketAction.Reopen or TicketAction.AskForInformation;

    /// <summary>The clock pauses while the ticket waits on the citizen.</summary>
    public static bool IsWaitingOnCitizen(this TicketStatus status) =>
        status is TicketStatus.PerluKelengkapan or TicketStatus.MenungguTanggapan;

    public static bool IsClosed(this TicketStatus status) =>
        status is TicketStatus.Selesai or TicketStatus.Diarsipkan or TicketStatus.Diteruskan;
}
