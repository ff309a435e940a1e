using HelpdeskConsole.Identity;
using HelpdeskConsole.Teams;

namespace HelpdeskConsole.Tickets;

/// <summary>A complaint, consultation or information request, from arrival to closure.</summary>
public class Ticket
{
    public int Id { get; set; }

    /// <summary>Officers' sequential number, e.g. <c>ADU-2026-000123</c>. Never shown to citizens as a secret.</summary>
    public required string Number { get; set; }

    /// <summary>The citizen's unguessable code for following the ticket; not derived from <see cref="Number"/>.</summary>
    public required string TrackingCode { get; set; }

    public TicketKind Kind { get; set; }
    public TicketChannel Channel { get; set; }
    public TicketPriority Priority { get; set; } = TicketPriority.P3;
    public TicketStatus Status { get; set; } = TicketStatus.Baru;

    public required string Subject { get; set; }

    public int CategoryId { get; set; }
    public Category? Category { get; set; }

    public int TeamId { get; set; }
    public Team? Team { get; set; }

    public string? AssigneeId { get; set; }
    public ApplicationUser? Assignee { get; set; }

    public int ComplainantId { get; set; }
    public Complainant? Complainant { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public DateTime? FirstResponseAt { get; set; }
    public DateTime? ResolvedAt { get; set; }
    public DateTime? ClosedAt { get; set; }

    /// <summary>The agency a forwarded (DITERUSKAN) ticket went to, e.g. "BPJS Ketenagakerjaan".</summary>
    public string? ForwardedTo { get; set; }

    /// <summary>How it ended: the resolution summary (SELESAI) or the archive reason (DIARSIPKAN).</summary>
    public string? ClosingNote { get; set; }

    /// <summary>Which deadline the SLA clock runs against now; null once the ticket is closed.</summary>
    public Escalation.DeadlineKind? DueKind { get; set; }

    /// <summary>When the current deadline falls due; null while the clock is paused or the ticket is closed.</summary>
    public DateTime? DueAt { get; set; }

    /// <summary>When the warning share of the target's working time is used up.</summary>
    public DateTime? WarnAt { get; set; }

    /// <summary>The clock is held while the ticket waits on the citizen.</summary>
    public bool SlaPaused { get; set; }

    /// <summary>Where the SLA clock started: arrival, or the last reopening.</summary>
    public DateTime SlaStartedAt { get; set; }

    /// <summary>Bumped on every reopening: each cycle's deadlines escalate afresh.</summary>
    public int SlaCycle { get; set; } = 1;

    /// <summary>The last escalation level applied to the current deadline.</summary>
    public Escalation.EscalationLevel EscalationLevel { get; set; }

    /// <summary>When the next escalation level is due; the sweep reads only tickets whose time has come.</summary>
    public DateTime? NextEscalationAt { get; set; }

    /// <summary>Optimistic concurrency token: bumped on every save, so a stale edit is refused.</summary>
    public long Version { get; set; }

    public List<TicketMessage> Messages { get; set; } = [];
    public List<TicketHistoryEntry> History { get; set; } = [];
}
