using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskConsole.Tests.Data.Seeding;

/// <summary>
/// A canonical text of everything the seeders write, row by row in id order: two databases hold the same data
/// exactly when their dumps are equal. Password hashes and security stamps are left out (they are random by design).
/// </summary>
public static class SeedDump
{
    public static async Task<string> CreateAsync(SeedingDatabase database)
    {
        await using var db = database.CreateDbContext();
        var sb = new StringBuilder();

        var roles = await db.Roles.AsNoTracking().ToDictionaryAsync(r => r.Id, r => r.Name);
        var memberships = await db.UserRoles.AsNoTracking().ToListAsync();
        foreach (var u in await db.Users.AsNoTracking().OrderBy(u => u.Email).ToListAsync())
        {
            var userRoles = string.Join(",", memberships.Where(m => m.UserId == u.Id).Select(m => roles[m.RoleId]).Order(StringComparer.Ordinal));
            Line(sb, "user", u.Id, u.Email, u.NormalizedEmail, u.UserName, u.DisplayName, u.TeamId, u.EmailConfirmed, u.LockoutEnabled, u.CreatedAt, userRoles);
        }

        foreach (var t in await db.Teams.AsNoTracking().OrderBy(t => t.Id).ToListAsync())
        {
            Line(sb, "team", t.Id, t.Name, t.LeadId);
        }

        foreach (var c in await db.Complainants.AsNoTracking().OrderBy(c => c.Id).ToListAsync())
        {
            Line(sb, "complainant", c.Id, c.IdentityMode, c.Name, c.Nik, c.Phone, c.Email, c.Address, c.CreatedAt);
        }

        foreach (var t in await db.Tickets.AsNoTracking().OrderBy(t => t.Id).ToListAsync())
        {
            Line(sb, "ticket", t.Id, t.Number, t.TrackingCode, t.Kind, t.Channel, t.Priority, t.Status, t.Subject, t.CategoryId, t.TeamId,
                t.AssigneeId, t.ComplainantId, t.CreatedAt, t.UpdatedAt, t.FirstResponseAt, t.ResolvedAt, t.ClosedAt, t.Version);
        }

        foreach (var m in await db.TicketMessages.AsNoTracking().OrderBy(m => m.Id).ToListAsync())
        {
            Line(sb, "message", m.Id, m.TicketId, m.Type, m.AuthorId, m.CreatedAt, m.Body);
        }

        foreach (var h in await db.TicketHistory.AsNoTracking().OrderBy(h => h.Id).ToListAsync())
        {
            Line(sb, "history", h.Id, h.TicketId, h.At, h.ActorId, h.Action, h.FromValue, h.ToValue, h.Note);
        }

        foreach (var s in await db.TicketNumberSequences.AsNoTracking().OrderBy(s => s.Year).ToListAsync())
        {
            Line(sb, "sequence", s.Year, s.LastValue);
        }

        return sb.ToString();
    }

    private static void Line(StringBuilder sb, string kind, params object?[] values)
    {
        sb.Append(kind);
        foreach (var value in values)
        {
            sb.Append('|').Append(value switch
            {
                null => "∅",
                DateTime d => d.ToString("O", CultureInfo.InvariantCulture),
                IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                _ => value.ToString(),
            });
        }

        sb.Append('\n');
    }
}
