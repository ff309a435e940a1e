using HelpdeskConsole.Data;
using HelpdeskConsole.Identity;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskConsole.Tickets;

public enum QueueAssignment
{
    All,
    Mine,
    Unassigned,
}

public enum QueueSort
{
    Created,
    Updated,
    Priority,
    Number,
    Status,

    /// <summary>By deadline: ascending is most urgent first (overdue, then soonest due); paused and closed tickets last.</summary>
    Due,
}

/// <summary>What the officer asked the queue for: filters, search, sort and page.</summary>
public sealed record QueueQuery
{
    public IReadOnlyList<TicketStatus> Statuses { get; init; } = [];
    public int? CategoryId { get; init; }
    public TicketPriority? Priority { get; init; }
    public QueueAssignment Assignment { get; init; } = QueueAssignment.All;
    public string? Search { get; init; }
    public QueueSort Sort { get; init; } = QueueSort.Created;
    public bool Descending { get; init; } = true;
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 25;
}

/// <summary>One queue row. The complainant is already masked as the identity mode requires.</summary>
public sealed record QueueRow(
    int Id, string Number, string Subject, string CategoryCode, string CategoryNameId, string CategoryNameEn,
    TicketPriority Priority, TicketStatus Status, TicketKind Kind, TicketChannel Channel, IdentityMode IdentityMode,
    string? ComplainantName, string? AssigneeId, string? AssigneeName, DateTime CreatedAt, DateTime UpdatedAt,
    Escalation.DeadlineKind? DueKind = null, DateTime? DueAt = null, DateTime? WarnAt = null, bool SlaPaused = false,
    Escalation.EscalationLevel EscalationLevel = Escalation.EscalationLevel.None)
{
    public bool IsConfidential => TicketVisibility.IsConfidential(IdentityMode, Kind);
}

public sealed record QueuePage(IReadOnlyList<QueueRow> Rows, int Total, int Page, int PageSize);

public sealed record QueueCategory(int Id, string Code, string NameId, string NameEn);

/// <summary>The ticket queue: server-side filtering, sorting and paging over what the viewer may see.</summary>
public sealed class TicketQueueService(IDbContextFactory<HelpdeskDbContext> contextFactory)
{
    public static readonly IReadOnlyList<int> PageSizes = [25, 50, 100];

    public async Task<QueuePage> GetPageAsync(Viewer viewer, QueueQuery query, CancellationToken cancellationToken = default)
    {
        var pageSize = PageSizes.Contains(query.PageSize) ? query.PageSize : PageSizes[0];
        var page = Math.Max(1, query.Page);

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var tickets = Filter(db.Tickets.AsNoTracking().VisibleTo(viewer), viewer, query);

        var total = await tickets.CountAsync(cancellationToken);
        var rows = query.Sort == QueueSort.Due
            ? await DuePageAsync(tickets, query.Descending, page, pageSize, cancellationToken)
            : await Sort(tickets, query)
                .Skip((page - 1) * pageSize)
                .Take(pageSize)
                .Select(ToRow)
                .ToListAsync(cancellationToken);
        return new QueuePage(rows, total, page, pageSize);
    }

    private static readonly System.Linq.Expressions.Expression<Func<Ticket, QueueRow>> ToRow = t => new QueueRow(
        t.Id, t.Number, t.Subject, t.Category!.Code, t.Category.NameId, t.Category.NameEn,
        t.Priority, t.Status, t.Kind, t.Channel, t.Complainant!.IdentityMode,
        // Only an open report's name ever leaves the database for the queue.
        t.Complainant.IdentityMode == IdentityMode.Terbuka ? t.Complainant.Name : null,
        t.AssigneeId, t.Assignee != null ? t.Assignee.DisplayName : null, t.CreatedAt, t.UpdatedAt,
        t.DueKind, t.DueAt, t.WarnAt, t.SlaPaused, t.EscalationLevel);

    /// <summary>
    /// The deadline sort, nulls last, in two runs so each can walk the (TeamId, DueAt) / (DueAt) indexes: first the
    /// tickets with a running deadline in due order, then those without one (paused, then closed, newest first).
    /// A single ORDER BY (DueAt IS NULL), DueAt would sort every matching row instead.
    /// </summary>
    private static async Task<List<QueueRow>> DuePageAsync(IQueryable<Ticket> tickets, bool descending, int page, int pageSize,
        CancellationToken cancellationToken)
    {
        var skip = (page - 1) * pageSize;
        var dated = tickets.Where(t => t.DueAt != null);
        var datedCount = await dated.CountAsync(cancellationToken);
        var rows = new List<QueueRow>(pageSize);
        if (skip < datedCount)
        {
            var ordered = descending
                ? dated.OrderByDescending(t => t.DueAt).ThenByDescending(t => t.Id)
                : dated.OrderBy(t => t.DueAt).ThenBy(t => t.Id);
            rows.AddRange(await ordered.Skip(skip).Take(pageSize).Select(ToRow).ToListAsync(cancellationToken));
        }

        if (rows.Count < pageSize)
        {
            rows.AddRange(await tickets.Where(t => t.DueAt == null)
                .OrderBy(t => t.DueKind == null).ThenByDescending(t => t.CreatedAt).ThenByDescending(t => t.Id)
                .Skip(Math.Max(0, skip - datedCount)).Take(pageSize - rows.Count)
                .Select(ToRow).ToListAsync(cancellationToken));
        }

        return rows;
    }

    /// <summary>
    /// The ticket before or after this one in the default queue (open tickets, newest first), for next/previous
    /// from the workspace. Null at either end.
    /// </summary>
    public async Task<int?> NeighbourAsync(Viewer viewer, int ticketId, bool next, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var open = db.Tickets.AsNoTracking().VisibleTo(viewer).Where(t => TicketStatusExtensions.Open.Contains(t.Status));
        var current = await db.Tickets.AsNoTracking().VisibleTo(viewer).Where(t => t.Id == ticketId)
            .Select(t => new { t.CreatedAt, t.Id }).SingleOrDefaultAsync(cancellationToken);
        if (current is null)
        {
            return null;
        }

        return next
            ? await open.Where(t => t.CreatedAt < current.CreatedAt || (t.CreatedAt == current.CreatedAt && t.Id < current.Id))
                .OrderByDescending(t => t.CreatedAt).ThenByDescending(t => t.Id).Select(t => (int?)t.Id).FirstOrDefaultAsync(cancellationToken)
            : await open.Where(t => t.CreatedAt > current.CreatedAt || (t.CreatedAt == current.CreatedAt && t.Id > current.Id))
                .OrderBy(t => t.CreatedAt).ThenBy(t => t.Id).Select(t => (int?)t.Id).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>Active categories the viewer's queue can hold, for the filter.</summary>
    public async Task<IReadOnlyList<QueueCategory>> CategoriesAsync(Viewer viewer, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var categories = db.Categories.AsNoTracking().Where(c => c.IsActive);
        if (!viewer.IsAdmin)
        {
            categories = categories.Where(c => c.TeamId == viewer.TeamId);
        }

        return await categories.OrderBy(c => c.SortOrder)
            .Select(c => new QueueCategory(c.Id, c.Code, c.NameId, c.NameEn))
            .ToListAsync(cancellationToken);
    }

    private static IQueryable<Ticket> Filter(IQueryable<Ticket> tickets, Viewer viewer, QueueQuery query)
    {
        if (query.Statuses.Count > 0)
        {
            var statuses = query.Statuses.ToList();
            tickets = tickets.Where(t => statuses.Contains(t.Status));
        }

        if (query.CategoryId is { } categoryId)
        {
            tickets = tickets.Where(t => t.CategoryId == categoryId);
        }

        if (query.Priority is { } priority)
        {
            tickets = tickets.Where(t => t.Priority == priority);
        }

        tickets = query.Assignment switch
        {
            QueueAssignment.Mine => tickets.Where(t => t.AssigneeId == viewer.UserId),
            QueueAssignment.Unassigned => tickets.Where(t => t.AssigneeId == null),
            _ => tickets,
        };

        var search = query.Search?.Trim();
        if (!string.IsNullOrEmpty(search))
        {
            var number = search.ToUpperInvariant();
            var lower = search.ToLowerInvariant();
            tickets = number.StartsWith(Tickets.TicketNumberSequence.Prefix + "-", StringComparison.Ordinal)
                ? tickets.Where(t => t.Number.StartsWith(number))
#pragma warning disable CA1862 // Translated to SQL: lower() on both sides is the provider-neutral case-insensitive match.
                : tickets.Where(t => t.Number.EndsWith(number) || t.Subject.ToLower().Contains(lower));
#pragma warning restore CA1862
        }

        return tickets;
    }

    private static IOrderedQueryable<Ticket> Sort(IQueryable<Ticket> tickets, QueueQuery query) => (query.Sort, query.Descending) switch
    {
        (QueueSort.Updated, true) => tickets.OrderByDescending(t => t.UpdatedAt).ThenByDescending(t => t.Id),
        (QueueSort.Updated, false) => tickets.OrderBy(t => t.UpdatedAt).ThenBy(t => t.Id),
        // Most urgent first means P1 first: the names sort in urgency order.
        (QueueSort.Priority, true) => tickets.OrderBy(t => t.Priority).ThenBy(t => t.CreatedAt),
        (QueueSort.Priority, false) => tickets.OrderByDescending(t => t.Priority).ThenBy(t => t.CreatedAt),
        (QueueSort.Number, true) => tickets.OrderByDescending(t => t.Number),
        (QueueSort.Number, false) => tickets.OrderBy(t => t.Number),
        (QueueSort.Status, true) => tickets.OrderByDescending(t => t.Status).ThenByDescending(t => t.CreatedAt),
        (QueueSort.Status, false) => tickets.OrderBy(t => t.Status).ThenByDescending(t => t.CreatedAt),
        (_, true) => tickets.OrderByDescending(t => t.CreatedAt).ThenByDescending(t => t.Id),
        (_, false) => tickets.OrderBy(t => t.CreatedAt).ThenBy(t => t.Id),
    };
}
