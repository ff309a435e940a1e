using HelpdeskConsole.Data;
using HelpdeskConsole.Identity;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskConsole.Tickets.MyTickets;

/// <summary>One of the officer's open tickets, as the "My tickets" list shows it.</summary>
public sealed record MyTicketRow(
    int Id, string Number, string Subject, string CategoryCode, string CategoryNameId, string CategoryNameEn,
    TicketPriority Priority, TicketStatus Status, DateTime CreatedAt)
{
    /// <summary>The ball is in the citizen's court (the SLA clock is paused): listed, but not the officer's next move.</summary>
    public bool IsWaitingOnCitizen => Status.IsWaitingOnCitizen();
}

/// <summary>The most urgent of the officer's open tickets (at most <see cref="MyTicketsService.MaxRows"/>) and how many there are.</summary>
public sealed record MyTicketsList(IReadOnlyList<MyTicketRow> Rows, int Total);

/// <summary>The signed-in officer's own open tickets, most urgent first.</summary>
public sealed class MyTicketsService(IDbContextFactory<HelpdeskDbContext> contextFactory)
{
    /// <summary>A caseload beyond this is a staffing problem, not a list to scroll: the page says how many more there are.</summary>
    public const int MaxRows = 200;

    public async Task<MyTicketsList> GetOpenAsync(Viewer viewer, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var open = TicketStatusExtensions.Open.ToList();
        // Served by the (AssigneeId, Status) index: one officer's open tickets, never a team-wide scan.
        var mine = db.Tickets.AsNoTracking().VisibleTo(viewer)
            .Where(t => t.AssigneeId == viewer.UserId && open.Contains(t.Status));

        var total = await mine.CountAsync(cancellationToken);
        var rows = await MostUrgentFirst(mine)
            .Take(MaxRows)
            .Select(t => new MyTicketRow(
                t.Id, t.Number, t.Subject, t.Category!.Code, t.Category.NameId, t.Category.NameEn,
                t.Priority, t.Status, t.CreatedAt))
            .ToListAsync(cancellationToken);
        return new MyTicketsList(rows, total);
    }

    /// <summary>
    /// What "most urgent" means, in one place: tickets the officer can act on before those waiting for the
    /// citizen (their SLA clock is paused), then priority (P1 first), then the oldest. When tickets carry an SLA
    /// due time, order by it here instead of priority and age, and the page follows.
    /// </summary>
    public static IOrderedQueryable<Ticket> MostUrgentFirst(IQueryable<Ticket> tickets) =>
        tickets.OrderBy(t => t.Status == TicketStatus.PerluKelengkapan || t.Status == TicketStatus.MenungguTanggapan)
            .ThenBy(t => t.Priority).ThenBy(t => t.CreatedAt).ThenBy(t => t.Id);
}
