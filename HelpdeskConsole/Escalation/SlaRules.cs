using HelpdeskConsole.Teams;
using HelpdeskConsole.Tickets;

namespace HelpdeskConsole.Escalation;

/// <summary>Which deadline a ticket is running against now.</summary>
public enum DeadlineKind
{
    FirstResponse,
    Resolution,
}

/// <summary>A ticket's deadline as screens show it: which one, when (null while paused), and the level reached.</summary>
public sealed record Deadline(DeadlineKind Kind, DateTime? DueUtc, bool Paused, EscalationLevel Level = EscalationLevel.None, DateTime? WarnUtc = null);

/// <summary>What a ticket's SLA clock needs to know about it.</summary>
public readonly record struct SlaInput(
    TicketPriority Priority,
    int CategoryId,
    int TeamId,
    TicketStatus Status,
    DateTime StartedAt,
    DateTime? FirstResponseAt,
    DeadlineKind? CurrentKind,
    EscalationLevel CurrentLevel);

/// <summary>A ticket's SLA clock as stored on it: the deadline, the warning time, the level reached and the next one's time.</summary>
public sealed record SlaState(
    DeadlineKind? Kind,
    DateTime? DueAt,
    DateTime? WarnAt,
    bool Paused,
    EscalationLevel Level,
    DateTime? NextEscalationAt)
{
    public static SlaState Closed { get; } = new(null, null, null, false, EscalationLevel.None, null);
}

/// <summary>
/// One consistent snapshot of the desk's SLA policies, escalation settings and team calendars, with the pure
/// deadline arithmetic on top. Immutable: a sweep or a save uses one snapshot from start to end.
/// </summary>
public sealed class SlaRules
{
    private readonly Dictionary<(TicketPriority, int?), (SlaTarget FirstResponse, SlaTarget Resolution)> policies;
    private readonly Dictionary<int, WorkingCalendar> calendars;
    private readonly WorkingCalendar fallback;

    public SlaRules(
        IEnumerable<SlaPolicy> policies,
        EscalationSettings settings,
        IReadOnlyDictionary<int, WorkingCalendar> teamCalendars,
        WorkingCalendar? fallbackCalendar = null)
    {
        this.policies = policies.ToDictionary(p => (p.Priority, p.CategoryId), p => (p.FirstResponse, p.Resolution));
        Settings = settings;
        calendars = new Dictionary<int, WorkingCalendar>(teamCalendars);
        fallback = fallbackCalendar ?? WorkingCalendar.CivilService(IndonesianTimeZones.Wib);
    }

    /// <summary>domain.md's defaults on the civil-service calendar in WIB, with the seeded holidays: for tests and tools.</summary>
    public static SlaRules Default { get; } = new(
        SlaPolicy.Defaults.Select(d => new SlaPolicy { Priority = d.Priority, FirstResponse = d.FirstResponse, Resolution = d.Resolution }),
        new EscalationSettings(),
        new Dictionary<int, WorkingCalendar>(),
        WorkingCalendar.CivilService(IndonesianTimeZones.Wib, IndonesianHolidays.All, IndonesianHolidays.Ramadan));

    public EscalationSettings Settings { get; }

    /// <summary>The team's calendar; a team created since this snapshot gets the civil-service default.</summary>
    public WorkingCalendar CalendarFor(int teamId) => calendars.GetValueOrDefault(teamId, fallback);

    /// <summary>The category's own rule for the priority, else the general one, else domain.md's default.</summary>
    public SlaTarget Target(TicketPriority priority, int categoryId, DeadlineKind kind)
    {
        if (!policies.TryGetValue((priority, categoryId), out var targets) && !policies.TryGetValue((priority, null), out targets))
        {
            var d = SlaPolicy.Defaults.Single(p => p.Priority == priority);
            targets = (d.FirstResponse, d.Resolution);
        }

        return kind == DeadlineKind.FirstResponse ? targets.FirstResponse : targets.Resolution;
    }

    /// <summary>
    /// The clock of a ticket now: the deadline it runs against, paused while it waits on the citizen, and when the next
    /// escalation level falls due. A new deadline (first response answered, or a reopening) starts its levels afresh.
    /// </summary>
    public SlaState Compute(SlaInput ticket, IReadOnlyList<(DateTime FromUtc, DateTime? ToUtc)> pauses)
    {
        if (ticket.Status.IsClosed())
        {
            return SlaState.Closed;
        }

        // Values read from the database are UTC; ones built in memory (demo data) may not say so yet.
        ticket = ticket with { StartedAt = DateTime.SpecifyKind(ticket.StartedAt, DateTimeKind.Utc) };
        pauses = [.. pauses.Select(p => (DateTime.SpecifyKind(p.FromUtc, DateTimeKind.Utc), p.ToUtc is { } to ? DateTime.SpecifyKind(to, DateTimeKind.Utc) : (DateTime?)null))];
        var kind = ticket.FirstResponseAt is null ? DeadlineKind.FirstResponse : DeadlineKind.Resolution;
        var level = kind == ticket.CurrentKind ? ticket.CurrentLevel : EscalationLevel.None;
        var calendar = CalendarFor(ticket.TeamId);
        var due = ticket.Status.IsWaitingOnCitizen()
            ? null
            : Target(ticket.Priority, ticket.CategoryId, kind).DueFrom(calendar, ticket.StartedAt, pauses);
        if (due is not { } dueAt)
        {
            return new SlaState(kind, null, null, true, level, null);
        }

        var warnAt = WarnTime(calendar, ticket.StartedAt, dueAt, pauses);
        return new SlaState(kind, dueAt, warnAt, false, level, NextLevelAt(calendar, level, warnAt, dueAt, pauses));
    }

    /// <summary>The level after <paramref name="reached"/> that is switched on, or None when there is no further level.</summary>
    public EscalationLevel NextLevel(EscalationLevel reached)
    {
        for (var level = reached + 1; level <= EscalationLevel.SecondLevel; level++)
        {
            if (IsEnabled(level))
            {
                return level;
            }
        }

        return EscalationLevel.None;
    }

    public bool IsEnabled(EscalationLevel level) => level switch
    {
        EscalationLevel.Warning => Settings.WarningEnabled,
        EscalationLevel.Breach => Settings.BreachEnabled,
        EscalationLevel.SecondLevel => Settings.SecondLevelEnabled,
        _ => false,
    };

    /// <summary>When the next switched-on level after <paramref name="reached"/> falls due; null when none is left.</summary>
    public DateTime? NextLevelAt(WorkingCalendar calendar, EscalationLevel reached, DateTime warnAt, DateTime dueAt,
        IReadOnlyList<(DateTime FromUtc, DateTime? ToUtc)> pauses) => NextLevel(reached) switch
        {
            EscalationLevel.Warning => warnAt,
            EscalationLevel.Breach => dueAt,
            EscalationLevel.SecondLevel => SecondLevelAt(calendar, dueAt, pauses),
            _ => null,
        };

    /// <summary>The second level's time: the set working time after the deadline.</summary>
    public DateTime SecondLevelAt(WorkingCalendar calendar, DateTime dueAt, IReadOnlyList<(DateTime FromUtc, DateTime? ToUtc)> pauses) =>
        calendar.AddWorkingTime(dueAt, TimeSpan.FromMinutes(Settings.SecondLevelAfterMinutes), pauses) ?? dueAt;

    /// <summary>The moment the warning share of the working time between start and deadline is used.</summary>
    public DateTime WarnTime(WorkingCalendar calendar, DateTime startedAt, DateTime dueAt, IReadOnlyList<(DateTime FromUtc, DateTime? ToUtc)> pauses)
    {
        var total = calendar.WorkingTimeBetween(startedAt, dueAt, pauses);
        var share = TimeSpan.FromTicks(total.Ticks / 100 * Math.Clamp(Settings.WarningPercent, 1, 99));
        return calendar.AddWorkingTime(startedAt, share, pauses) ?? dueAt;
    }

    /// <summary>Pause intervals from a ticket's status changes: from entering a waiting status to leaving it.</summary>
    public static IReadOnlyList<(DateTime FromUtc, DateTime? ToUtc)> PausesFrom(IEnumerable<(DateTime At, TicketStatus To)> statusChanges)
    {
        var pauses = new List<(DateTime, DateTime?)>();
        DateTime? start = null;
        foreach (var (at, to) in statusChanges.OrderBy(c => c.At))
        {
            var waiting = to.IsWaitingOnCitizen();
            if (waiting && start is null)
            {
                start = at;
            }
            else if (!waiting && start is { } from)
            {
                pauses.Add((from, at));
                start = null;
            }
        }

        if (start is { } open)
        {
            pauses.Add((open, null));
        }

        return pauses;
    }
}
