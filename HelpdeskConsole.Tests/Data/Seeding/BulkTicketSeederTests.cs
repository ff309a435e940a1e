using System.Globalization;
using System.Text.RegularExpressions;
using HelpdeskConsole.Data.Seeding;
using HelpdeskConsole.Identity;
using HelpdeskConsole.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HelpdeskConsole.Tests.Data.Seeding;

public sealed partial class BulkTicketSeederTests
{
    [Fact]
    public async Task SeedAsync_FiveThousand_AddsExactlyThatManyCompleteTickets()
    {
        await using var database = await SeedingDatabase.CreateAsync(demoTickets: 60);
        await database.SeedDemoAsync();
        var before = await CountsAsync(database);

        var added = await database.SeedBulkAsync(5_000);

        var after = await CountsAsync(database);
        Assert.Equal(5_000, added);
        Assert.Equal(before.Tickets + 5_000, after.Tickets);
        Assert.Equal(before.Complainants + 5_000, after.Complainants);
        Assert.Equal(before.Messages + 5_000, after.Messages);
        Assert.Equal(before.History + 5_000, after.History);
    }

    [Fact]
    public async Task SeedAsync_AfterDemoData_ContinuesEveryYearsNumberSequence()
    {
        await using var database = await SeedingDatabase.CreateAsync(demoTickets: 60);
        await database.SeedDemoAsync();
        var seeder = database.Services.GetRequiredService<BulkTicketSeeder>();
        seeder.BatchSize = 1_000;
        var progress = new StringWriter();

        await seeder.SeedAsync(5_000, seed: 7, progress);

        await using var db = database.CreateDbContext();
        var numbers = await db.Tickets.Select(t => t.Number).ToListAsync();
        var sequences = await db.TicketNumberSequences.ToListAsync();
        Assert.Equal(numbers.Count, numbers.Distinct().Count());
        Assert.Equal(2, sequences.Count);
        foreach (var sequence in sequences)
        {
            var ofYear = numbers.Where(n => n.StartsWith($"ADU-{sequence.Year}-", StringComparison.Ordinal))
                .Select(n => int.Parse(n[^6..], CultureInfo.InvariantCulture)).Order().ToList();
            Assert.Equal(Enumerable.Range(1, sequence.LastValue), ofYear);
        }

        Assert.Equal(5, progress.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task SeedAsync_Rows_ReadBackThroughEfWithTheirEnumsAndUtcTimes()
    {
        await using var database = await SeedingDatabase.CreateAsync(demoTickets: 30);
        await database.SeedDemoAsync();
        var now = database.Clock.GetUtcNow().UtcDateTime;

        await database.SeedBulkAsync(5_000, seed: 3);

        await using var db = database.CreateDbContext();
        var tickets = await db.Tickets.AsNoTracking().Include(t => t.Complainant).Include(t => t.Messages).Include(t => t.History)
            .OrderByDescending(t => t.Id).Take(5_000).ToListAsync();
        Assert.All(tickets, t =>
        {
            Assert.Equal(DateTimeKind.Utc, t.CreatedAt.Kind);
            Assert.InRange(t.CreatedAt, now.AddDays(-366), now);
            Assert.InRange(t.UpdatedAt, t.CreatedAt, now);
            Assert.True(t.FirstResponseAt is null || (t.FirstResponseAt >= t.CreatedAt && t.FirstResponseAt <= now), t.Number);
            Assert.Equal(t.Status.IsOpen(), t.ResolvedAt is null);
            Assert.Equal(t.CreatedAt, t.Complainant!.CreatedAt);
            var message = Assert.Single(t.Messages);
            Assert.Equal(MessageType.CitizenMessage, message.Type);
            Assert.Null(message.AuthorId);
            Assert.Equal(t.CreatedAt, message.CreatedAt);
            Assert.False(string.IsNullOrWhiteSpace(message.Body));
            var created = Assert.Single(t.History);
            Assert.Equal(TicketHistoryAction.Created, created.Action);
            Assert.Equal(t.CreatedAt, created.At);
        });
        Assert.Equal(Enum.GetValues<TicketStatus>().Order(), tickets.Select(t => t.Status).Distinct().Order());
        Assert.True(tickets.Count(t => t.Status == TicketStatus.Selesai) > tickets.Count / 2);
        Assert.Contains(tickets, t => t.Status.IsOpen());

        // Stored exactly as EF stores its own rows: enum names and "yyyy-MM-dd HH:mm:ss.FFFFFFF".
        var demo = await RawAsync(db, "SELECT Status, Priority, CreatedAt FROM Tickets ORDER BY Id LIMIT 1");
        var bulk = await RawAsync(db, "SELECT Status, Priority, CreatedAt FROM Tickets ORDER BY Id DESC LIMIT 1");
        foreach (var row in new[] { demo, bulk })
        {
            Assert.True(Enum.TryParse<TicketStatus>(row[0], out _), row[0]);
            Assert.Matches(PriorityPattern(), row[1]);
            Assert.Matches(StoredDateTimePattern(), row[2]);
        }
    }

    [Fact]
    public async Task SeedAsync_TrackingCodes_AreUniqueAndUnambiguous()
    {
        await using var database = await SeedingDatabase.CreateAsync(demoTickets: 30);
        await database.SeedDemoAsync();

        await database.SeedBulkAsync(5_000, seed: 11);

        await using var db = database.CreateDbContext();
        var codes = await db.Tickets.Select(t => t.TrackingCode).ToListAsync();
        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.All(codes, c => Assert.Matches(TrackingCodePattern(), c));
    }

    [Fact]
    public async Task SeedAsync_WithDemoOfficers_AssignsWorkOnlyToOfficersOfTheOwningTeam()
    {
        await using var database = await SeedingDatabase.CreateAsync(demoTickets: 30);
        await database.SeedDemoAsync();

        await database.SeedBulkAsync(5_000, seed: 5);

        await using var db = database.CreateDbContext();
        var officers = await (from u in db.Users
                              join m in db.UserRoles on u.Id equals m.UserId
                              join r in db.Roles on m.RoleId equals r.Id
                              where r.Name == Roles.Officer
                              select new { u.Id, u.TeamId }).ToDictionaryAsync(o => o.Id, o => o.TeamId);
        var tickets = await db.Tickets.AsNoTracking().OrderByDescending(t => t.Id).Take(5_000).ToListAsync();
        Assert.All(tickets.Where(t => t.Status == TicketStatus.Baru), t => Assert.Null(t.AssigneeId));
        Assert.All(tickets.Where(t => t.Status != TicketStatus.Baru), t => Assert.Equal(t.TeamId, officers[t.AssigneeId!]));
    }

    [Fact]
    public async Task SeedAsync_WithoutAccounts_LeavesTicketsUnassigned()
    {
        await using var database = await SeedingDatabase.CreateAsync();

        await database.SeedBulkAsync(2_000, seed: 9);

        await using var db = database.CreateDbContext();
        Assert.Equal(2_000, await db.Tickets.CountAsync());
        Assert.False(await db.Tickets.AnyAsync(t => t.AssigneeId != null));
        Assert.Equal(2_000, await db.Tickets.Select(t => t.Number).Distinct().CountAsync());
    }

    private static async Task<(int Tickets, int Complainants, int Messages, int History)> CountsAsync(SeedingDatabase database)
    {
        await using var db = database.CreateDbContext();
        return (await db.Tickets.CountAsync(), await db.Complainants.CountAsync(), await db.TicketMessages.CountAsync(),
            await db.TicketHistory.CountAsync());
    }

    private static async Task<string[]> RawAsync(DbContext db, string sql)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        return [.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetString)];
    }

    [GeneratedRegex("^[23456789ABCDEFGHJKMNPQRSTVWXYZ]{10}$")]
    private static partial Regex TrackingCodePattern();

    [GeneratedRegex("^P[1-4]$")]
    private static partial Regex PriorityPattern();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,7})?$")]
    private static partial Regex StoredDateTimePattern();
}
