using System.Globalization;
using System.Security.Claims;
using HelpdeskConsole.Data;
using HelpdeskConsole.Escalation.Admin;
using HelpdeskConsole.Teams;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskConsole.Administration;

/// <summary>One audit entry as the audit page shows it; <see cref="EntityName"/> is the thing's current name, if it still exists.</summary>
public sealed record AuditListItem(
    long Id,
    DateTime At,
    string ActorName,
    string Area,
    string EntityId,
    string? EntityName,
    string Action,
    string? Details);

/// <summary>A page of the audit trail, newest first; <see cref="TimeZoneId"/> is the zone to show times in.</summary>
public sealed record AuditLogPage(IReadOnlyList<AuditListItem> Items, int TotalCount, string TimeZoneId);

/// <summary>Reads the audit trail. The trail only grows, so it is paged in the database.</summary>
public sealed class AuditLogService(AdminGate gate, IDbContextFactory<HelpdeskDbContext> contextFactory)
{
    public const int MaxPageSize = 100;

    /// <summary>Every area the trail records, in the order the filter offers them: accounts, teams and categories, then the SLA rules and calendars.</summary>
    public static IReadOnlyList<string> Areas { get; } =
    [
        .. AuditAreas.All,
        SlaAuditAreas.SlaPolicy,
        SlaAuditAreas.Escalation,
        SlaAuditAreas.Holiday,
        SlaAuditAreas.Ramadan,
        SlaAuditAreas.TeamHours,
    ];

    /// <param name="area">One of <see cref="Areas"/>, or null for all.</param>
    /// <param name="page">Zero-based.</param>
    public async Task<AuditLogPage> ListAsync(
        ClaimsPrincipal principal, string? area, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        var actor = await gate.RequireAdminAsync(principal, cancellationToken);
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        page = Math.Max(page, 0);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);

        var entries = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrEmpty(area))
        {
            entries = entries.Where(e => e.Area == area);
        }

        var total = await entries.CountAsync(cancellationToken);
        var rows = await entries
            .OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Skip(page * pageSize).Take(pageSize)
            .ToListAsync(cancellationToken);

        var names = await NamesAsync(db, rows, cancellationToken);
        var items = rows.Select(e => new AuditListItem(e.Id, e.At, e.ActorName, e.Area, e.EntityId,
                names.GetValueOrDefault((e.Area, e.EntityId)), e.Action, e.Details))
            .ToList();

        // Times read as the admin's own desk clock, like the rest of the console.
        var timeZoneId = await db.Users.Where(u => u.Id == actor.UserId && u.Team != null)
            .Select(u => u.Team!.TimeZoneId).SingleOrDefaultAsync(cancellationToken) ?? IndonesianTimeZones.Wib;
        return new AuditLogPage(items, total, timeZoneId);
    }

    /// <summary>Current names of the accounts, teams (and their hours) and categories on the page: a handful of ids, one query per area.</summary>
    private static async Task<Dictionary<(string Area, string Id), string>> NamesAsync(
        HelpdeskDbContext db, List<AuditEntry> rows, CancellationToken cancellationToken)
    {
        var names = new Dictionary<(string, string), string>();
        var accountIds = IdsOf(rows, AuditAreas.Account).ToList();
        if (accountIds.Count > 0)
        {
            foreach (var u in await db.Users.AsNoTracking().Where(u => accountIds.Contains(u.Id))
                         .Select(u => new { u.Id, u.DisplayName }).ToListAsync(cancellationToken))
            {
                names[(AuditAreas.Account, u.Id)] = u.DisplayName;
            }
        }

        // A team's working hours are recorded under the team's id: both read as the team's name.
        var teamIds = NumericIdsOf(rows, AuditAreas.Team).Union(NumericIdsOf(rows, SlaAuditAreas.TeamHours)).ToList();
        if (teamIds.Count > 0)
        {
            foreach (var t in await db.Teams.AsNoTracking().Where(t => teamIds.Contains(t.Id))
                         .Select(t => new { t.Id, t.Name }).ToListAsync(cancellationToken))
            {
                names[(AuditAreas.Team, Key(t.Id))] = t.Name;
                names[(SlaAuditAreas.TeamHours, Key(t.Id))] = t.Name;
            }
        }

        var categoryIds = NumericIdsOf(rows, AuditAreas.Category);
        if (categoryIds.Count > 0)
        {
            foreach (var c in await db.Categories.AsNoTracking().Where(c => categoryIds.Contains(c.Id))
                         .Select(c => new { c.Id, c.Code }).ToListAsync(cancellationToken))
            {
                names[(AuditAreas.Category, Key(c.Id))] = c.Code;
            }
        }

        return names;
    }

    private static IEnumerable<string> IdsOf(List<AuditEntry> rows, string area) =>
        rows.Where(r => r.Area == area).Select(r => r.EntityId).Distinct();

    private static List<int> NumericIdsOf(List<AuditEntry> rows, string area) =>
        [.. IdsOf(rows, area)
            .Select(id => int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : (int?)null)
            .OfType<int>()];

    private static string Key(int id) => id.ToString(CultureInfo.InvariantCulture);
}
