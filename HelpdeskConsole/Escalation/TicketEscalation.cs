using HelpdeskConsole.Identity;
using HelpdeskConsole.Tickets;

namespace HelpdeskConsole.Escalation;

/// <summary>The steps of escalation, in order. A ticket's deadline goes through each at most once.</summary>
public enum EscalationLevel
{
    None,

    /// <summary>A set share of the target's working time is used: the assignee is warned.</summary>
    Warning,

    /// <summary>The deadline passed: assignee and team lead are alerted, and the priority goes up a step.</summary>
    Breach,

    /// <summary>A set time after the breach: the ticket goes to the lead and the admins are alerted.</summary>
    SecondLevel,
}

/// <summary>
/// One escalation level applied to one deadline of one ticket, and the on-screen alert it raised, which stays until
/// somebody acknowledges it. The unique key (ticket, deadline kind, SLA cycle, level) is what makes a level apply
/// exactly once, however many sweeps run or rerun.
/// </summary>
public class TicketEscalation
{
    public long Id { get; set; }
    public int TicketId { get; set; }
    public Ticket? Ticket { get; set; }

    public DeadlineKind DeadlineKind { get; set; }

    /// <summary>The ticket's <see cref="Ticket.SlaCycle"/> when it escalated: a reopened ticket starts a new set of levels.</summary>
    public int Cycle { get; set; }

    public EscalationLevel Level { get; set; }

    /// <summary>The deadline this level is about.</summary>
    public DateTime DueAt { get; set; }

    public DateTime EscalatedAt { get; set; }

    /// <summary>The team the ticket belonged to; its leads see the alert.</summary>
    public int TeamId { get; set; }

    /// <summary>The officer alerted: the assignee at the time (after a second level, the new one). Null if nobody had it.</summary>
    public string? AssigneeId { get; set; }
    public ApplicationUser? Assignee { get; set; }

    public DateTime? AcknowledgedAt { get; set; }
    public string? AcknowledgedById { get; set; }
    public ApplicationUser? AcknowledgedBy { get; set; }
}
