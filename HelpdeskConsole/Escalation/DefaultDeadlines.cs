using System.Collections.Concurrent;
using HelpdeskConsole.Tickets;

namespace HelpdeskConsole.Escalation;

/// <summary>Which deadline a ticket is running against now.</summary>
public enum DeadlineKind
{
    FirstResponse,
    Resolution,
}

/// <summary>The next deadline of a ticket: when it is due, and whether its clock is paused right now.</summary>
public sealed record Deadline(DeadlineKind Kind, DateTime? DueUtc, bool Paused);

/// <summary>
/// The default SLA of domain.md in working time on the team's civil-service calendar (national holidays, collective
/// leave and Ramadan hours), paused while the ticket waits on the citizen. The SLA-policy feature will make the
/// targets editable per priority and category; until then these are the desk's defaults.
/// </summary>
public static class DefaultDeadlines
{
    private static readonly ConcurrentDictionary<string, WorkingCalendar> Calendars = new();

    public static WorkingCalendar CalendarFor(string timeZoneId) =>
        Calendars.GetOrAdd(timeZoneId, tz => WorkingCalendar.CivilService(tz, IndonesianHolidays.All, IndonesianHolidays.Ramadan));

    /// <summary>P1 1 working hour, P2 4 working hours, P3 and P4 1 working day.</summary>
    public static DateTime? FirstResponseDue(WorkingCalendar calendar, TicketPriority priority, DateTime createdUtc,
        IReadOnlyList<(DateTime FromUtc, DateTime? ToUtc)> pauses) => priority switch
        {
            TicketPriority.P1 => calendar.AddWorkingTime(createdUtc, TimeSpan.FromHours(1), pauses),
            TicketPriority.P2 => calendar.AddWorkingTime(createdUtc, TimeSpan.FromHours(4), pauses),
            _ => calendar.AddWorkingDays(createdUtc, 1, pauses),
        };

    /// <summary>14 working days, 5 for P4 (information, suggestions).</summary>
    public static DateTime? ResolutionDue(WorkingCalendar calendar, TicketPriority priority, DateTime createdUtc,
        IReadOnlyList<(DateTime FromUtc, DateTime? ToUtc)> pauses) =>
        calendar.AddWorkingDays(createdUtc, priority == TicketPriority.P4 ? 5 : 14, pauses);

    /// <summary>The deadline that matters next, or null once the ticket is closed.</summary>
    public static Deadline? Next(string timeZoneId, TicketPriority priority, TicketStatus status, DateTime createdUtc, DateTime? firstResponseUtc,
        IReadOnlyList<(DateTime FromUtc, DateTime? ToUtc)> pauses)
    {
        if (status.IsClosed())
        {
            return null;
        }

        var calendar = CalendarFor(timeZoneId);
        var paused = status.IsWaitingOnCitizen();
        return firstResponseUtc is null
            ? new Deadline(DeadlineKind.FirstResponse, FirstResponseDue(calendar, priority, createdUtc, pauses), paused)
            : new Deadline(DeadlineKind.Resolution, ResolutionDue(calendar, priority, createdUtc, pauses), paused);
    }

    /// <summary>Pause intervals from a ticket's status history: from entering a waiting status to leaving it.</summary>
    public static IReadOnlyList<(DateTime FromUtc, DateTime? ToUtc)> PausesFrom(IEnumerable<(DateTime At, string? From, string? To)> statusChanges)
    {
        var pauses = new List<(DateTime, DateTime?)>();
        DateTime? start = null;
        foreach (var (at, _, to) in statusChanges.OrderBy(c => c.At))
        {
            var waiting = Enum.TryParse<TicketStatus>(to, out var status) && status.IsWaitingOnCitizen();
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
