using System.Text.RegularExpressions;
using HelpdeskConsole.Data.Seeding;
using HelpdeskConsole.Identity;
using HelpdeskConsole.Tickets;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HelpdeskConsole.Tests.Data.Seeding;

public sealed partial class DemoDataSeederTests(SeededDemoDatabase seeded) : IClassFixture<SeededDemoDatabase>
{
    private const string Password = "Helpdesk#2026";

    [Fact]
    public async Task SeedAsync_SameSeedAndClock_WritesIdenticalRows()
    {
        await using var other = await SeedingDatabase.CreateAsync();
        await other.SeedDemoAsync();

        var dump = await SeedDump.CreateAsync(other);

        Assert.Contains("ticket|", dump, StringComparison.Ordinal);
        Assert.Equal(seeded.Dump, dump);
    }

    [Fact]
    public async Task SeedAsync_DifferentSeed_WritesDifferentTickets()
    {
        await using var other = await SeedingDatabase.CreateAsync(seed: 42);
        await other.SeedDemoAsync();

        var dump = await SeedDump.CreateAsync(other);

        var tickets = Lines(seeded.Dump, "ticket|");
        var otherTickets = Lines(dump, "ticket|");
        Assert.Equal(tickets.Count, otherTickets.Count);
        Assert.True(tickets.Zip(otherTickets).Count(p => p.First == p.Second) < tickets.Count / 20,
            "Most tickets should differ when the seed differs.");
    }

    [Fact]
    public async Task SeedAsync_AlreadySeeded_AddsNothing()
    {
        await seeded.Database.SeedDemoAsync();

        Assert.Equal(seeded.Dump, await SeedDump.CreateAsync(seeded.Database));
    }

    [Fact]
    public async Task SeedAsync_DemoAccountAlreadyExists_SeedsNothing()
    {
        await using var database = await SeedingDatabase.CreateAsync();
        await using (var scope = database.Services.CreateAsyncScope())
        {
            var result = await scope.ServiceProvider.GetRequiredService<AccountBootstrapper>()
                .CreateAdminAsync("admin@helpdesk.test", "Existing Admin", "Another#Password1");
            Assert.True(result.Succeeded);
        }

        await database.SeedDemoAsync();

        await using var db = database.CreateDbContext();
        Assert.Equal(1, await db.Users.CountAsync());
        Assert.Equal(0, await db.Tickets.CountAsync());
    }

    [Fact]
    public async Task SeedAsync_DefaultCount_CreatesEveryStatusAndCategory()
    {
        await using var db = seeded.Database.CreateDbContext();

        var statuses = await db.Tickets.Select(t => t.Status).Distinct().ToListAsync();
        var categories = await db.Tickets.Select(t => t.CategoryId).Distinct().CountAsync();

        Assert.Equal(400, await db.Tickets.CountAsync());
        Assert.Equal(Enum.GetValues<TicketStatus>().Order(), statuses.Order());
        Assert.Equal(await db.Categories.CountAsync(), categories);
    }

    [Theory]
    [InlineData("admin@helpdesk.test", Roles.Admin)]
    [InlineData("lead@helpdesk.test", Roles.TeamLead)]
    [InlineData("officer@helpdesk.test", Roles.Officer)]
    [InlineData("officer.phk@helpdesk.test", Roles.Officer)]
    public async Task SeedAsync_DemoAccount_HasItsRoleAndTheDemoPassword(string email, string role)
    {
        await using var scope = seeded.Database.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();

        var user = await users.FindByEmailAsync(email);

        Assert.NotNull(user);
        Assert.Equal(new[] { role }, await users.GetRolesAsync(user));
        Assert.True(await users.CheckPasswordAsync(user, Password));
        Assert.False(await users.CheckPasswordAsync(user, "helpdesk#2026"));
        Assert.True(user.EmailConfirmed);
        Assert.True(user.LockoutEnabled);
        Assert.False(string.IsNullOrEmpty(user.SecurityStamp));
        Assert.False(string.IsNullOrWhiteSpace(user.DisplayName));
    }

    [Fact]
    public async Task SeedAsync_LeadAndOfficers_SitOnTheTeamsOwningTheirCategories()
    {
        await using var db = seeded.Database.CreateDbContext();
        var wagesTeam = await db.Categories.Where(c => c.Code == "UPAH").Select(c => c.TeamId).SingleAsync();
        var phkTeam = await db.Categories.Where(c => c.Code == "PHK").Select(c => c.TeamId).SingleAsync();

        var lead = await db.Users.SingleAsync(u => u.Email == "lead@helpdesk.test");
        var officer = await db.Users.SingleAsync(u => u.Email == "officer@helpdesk.test");
        var phkOfficer = await db.Users.SingleAsync(u => u.Email == "officer.phk@helpdesk.test");
        var admin = await db.Users.SingleAsync(u => u.Email == "admin@helpdesk.test");

        Assert.Equal(wagesTeam, await db.Categories.Where(c => c.Code == "THR").Select(c => c.TeamId).SingleAsync());
        Assert.Equal("Tim Pengupahan & THR", await db.Teams.Where(t => t.Id == wagesTeam).Select(t => t.Name).SingleAsync());
        Assert.Equal(wagesTeam, lead.TeamId);
        Assert.Equal(wagesTeam, officer.TeamId);
        Assert.Equal(phkTeam, phkOfficer.TeamId);
        Assert.Null(admin.TeamId);
        Assert.Equal(lead.Id, await db.Teams.Where(t => t.Id == wagesTeam).Select(t => t.LeadId).SingleAsync());
    }

    [Fact]
    public async Task SeedAsync_EveryTeam_HasOneLeadAndFourToSixOfficersWithUniqueLogins()
    {
        await using var db = seeded.Database.CreateDbContext();
        var roleNames = await db.Roles.ToDictionaryAsync(r => r.Id, r => r.Name!);
        var roleOf = (await db.UserRoles.ToListAsync()).ToLookup(m => m.UserId, m => roleNames[m.RoleId]);
        var users = await db.Users.ToListAsync();

        Assert.InRange(users.Count, 40, 50);
        Assert.All(users, u => Assert.Single(roleOf[u.Id]));
        Assert.All(users, u => Assert.Matches(EmailPattern(), u.Email!));
        Assert.All(users, u => Assert.Equal(u.Email!.ToUpperInvariant(), u.NormalizedEmail));
        Assert.All(users, u => Assert.Equal(u.Email, u.UserName));
        Assert.Equal(users.Count, users.Select(u => u.Email).Distinct().Count());
        foreach (var team in await db.Teams.ToListAsync())
        {
            var members = users.Where(u => u.TeamId == team.Id).ToList();
            var lead = Assert.Single(members, u => roleOf[u.Id].Contains(Roles.TeamLead));
            Assert.Equal(lead.Id, team.LeadId);
            Assert.InRange(members.Count(u => roleOf[u.Id].Contains(Roles.Officer)), 4, 6);
        }
    }

    [Fact]
    public async Task SeedAsync_Tickets_AreNumberedInCreationOrderAndTheSequenceContinuesFromThere()
    {
        await using var db = seeded.Database.CreateDbContext();
        var tickets = await db.Tickets.AsNoTracking().OrderBy(t => t.CreatedAt).ThenBy(t => t.Id).ToListAsync();
        var sequences = await db.TicketNumberSequences.AsNoTracking().ToDictionaryAsync(s => s.Year, s => s.LastValue);

        foreach (var year in tickets.GroupBy(t => t.CreatedAt.Year))
        {
            var expected = Enumerable.Range(1, year.Count()).Select(n => TicketNumberSequence.Format(year.Key, n));
            Assert.Equal(expected, year.Select(t => t.Number));
            Assert.Equal(year.Count(), sequences[year.Key]);
        }

        Assert.All(tickets, t => Assert.Matches(TrackingCodePattern(), t.TrackingCode));
        Assert.Equal(tickets.Count, tickets.Select(t => t.TrackingCode).Distinct().Count());
    }

    [Fact]
    public async Task SeedAsync_TicketLives_AreConsistentWithTheirStatusAndClock()
    {
        await using var db = seeded.Database.CreateDbContext();
        var now = seeded.Database.Clock.GetUtcNow().UtcDateTime;
        var officers = await (from u in db.Users
                              join m in db.UserRoles on u.Id equals m.UserId
                              join r in db.Roles on m.RoleId equals r.Id
                              where r.Name == Roles.Officer
                              select new { u.Id, u.TeamId }).ToDictionaryAsync(o => o.Id, o => o.TeamId);
        var tickets = await db.Tickets.AsNoTracking().Include(t => t.Messages).Include(t => t.History).ToListAsync();

        Assert.All(tickets, t =>
        {
            var messages = t.Messages.OrderBy(m => m.Id).ToList();
            var history = t.History.OrderBy(h => h.Id).ToList();

            Assert.Equal(MessageType.CitizenMessage, messages[0].Type);
            Assert.Equal(t.CreatedAt, messages[0].CreatedAt);
            Assert.Equal(TicketHistoryAction.Created, history[0].Action);
            Assert.InRange(t.CreatedAt, now.AddDays(-300), now);
            Assert.All(messages, m => Assert.InRange(m.CreatedAt, t.CreatedAt, now));
            Assert.All(history, h => Assert.InRange(h.At, t.CreatedAt, now));
            Assert.True(messages.Zip(messages.Skip(1)).All(p => p.First.CreatedAt <= p.Second.CreatedAt), t.Number + ": messages out of order");
            Assert.True(history.Zip(history.Skip(1)).All(p => p.First.At <= p.Second.At), t.Number + ": history out of order");
            Assert.Equal(messages.Max(m => m.CreatedAt) > history.Max(h => h.At) ? messages.Max(m => m.CreatedAt) : history.Max(h => h.At), t.UpdatedAt);
            Assert.Equal(messages.FirstOrDefault(m => m.Type == MessageType.PublicReply)?.CreatedAt, t.FirstResponseAt);
            Assert.Equal(messages.Count(m => m.Type == MessageType.PublicReply), history.Count(h => h.Action == TicketHistoryAction.Replied));
            Assert.Equal(messages.Count(m => m.Type == MessageType.InternalNote), history.Count(h => h.Action == TicketHistoryAction.NoteAdded));

            var lastStatus = history.LastOrDefault(h => h.Action is TicketHistoryAction.StatusChanged or TicketHistoryAction.Reopened)?.ToValue
                             ?? nameof(TicketStatus.Baru);
            Assert.Equal(t.Status.ToString(), lastStatus);
            if (t.Status == TicketStatus.Baru)
            {
                Assert.Null(t.AssigneeId);
            }
            else
            {
                Assert.NotNull(t.AssigneeId);
                Assert.Equal(t.TeamId, officers[t.AssigneeId]);
                Assert.Equal(t.AssigneeId, history.Single(h => h.Action == TicketHistoryAction.Assigned).ToValue);
            }

            Assert.Equal(t.Status.IsOpen(), t.ResolvedAt is null);
            Assert.Equal(t.ResolvedAt, t.ClosedAt);
            Assert.Equal(t.Status == TicketStatus.Diteruskan, history.Any(h => h.Action == TicketHistoryAction.Forwarded && h.Note is { Length: > 0 }));
        });
    }

    [Fact]
    public async Task SeedAsync_Complainants_HaveRealisticIdentities()
    {
        await using var db = seeded.Database.CreateDbContext();
        var complainants = await db.Complainants.AsNoTracking().ToListAsync();

        Assert.All(complainants.Where(c => c.Nik is not null), c =>
        {
            Assert.Matches(NikPattern(), c.Nik!);
            var day = int.Parse(c.Nik![6..8], System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(day is >= 1 and <= 31 or >= 41 and <= 71, c.Nik);
        });
        Assert.All(complainants.Where(c => c.Phone is not null), c => Assert.Matches(PhonePattern(), c.Phone!));
        Assert.All(complainants.Where(c => c.IdentityMode == IdentityMode.Terbuka), c => Assert.False(string.IsNullOrWhiteSpace(c.Name)));
        Assert.InRange(complainants.Count(c => c.IdentityMode == IdentityMode.Anonim), 20, 70);
        Assert.InRange(complainants.Count(c => c.IdentityMode == IdentityMode.Rahasia), 4, 30);
        Assert.True(complainants.Select(c => c.Name).Distinct().Count() > complainants.Count / 2, "Names should vary.");
    }

    [Fact]
    public async Task SeedAsync_Texts_AreVariedAndMostlyIndonesian()
    {
        await using var db = seeded.Database.CreateDbContext();
        var complaints = await db.TicketMessages.AsNoTracking()
            .Where(m => m.Type == MessageType.CitizenMessage && m.Ticket!.Messages.Min(x => x.Id) == m.Id)
            .Select(m => m.Body).ToListAsync();
        var subjects = await db.Tickets.Select(t => t.Subject).ToListAsync();

        var english = complaints.Count(b => b.Contains(" the ", StringComparison.Ordinal));
        Assert.Equal(400, complaints.Count);
        Assert.InRange(english, 12, 60);
        Assert.True(complaints.Distinct().Count() > 380, "Complaints should not repeat.");
        Assert.True(subjects.Distinct().Count() > 200, "Subjects should vary.");
        Assert.Contains(complaints, b => b.Contains("blm", StringComparison.Ordinal) || b.Contains("udh", StringComparison.Ordinal));
        Assert.Contains(complaints, b => b.Contains("nuwun", StringComparison.OrdinalIgnoreCase) || b.Contains("punten", StringComparison.OrdinalIgnoreCase));
        Assert.All(subjects, s => Assert.InRange(s.Length, 5, 200));
    }

    [Fact]
    public async Task SeedAsync_ThrComplaints_PeakInTheWeeksBeforeEid()
    {
        await using var db = seeded.Database.CreateDbContext();
        var thr = await db.Categories.Where(c => c.Code == "THR").Select(c => c.Id).SingleAsync();
        var eid = new DateTime(2026, 3, 20, 0, 0, 0, DateTimeKind.Utc);
        var created = await db.Tickets.Where(t => t.CategoryId == thr).Select(t => t.CreatedAt).ToListAsync();

        var peakPerDay = created.Count(c => c >= eid.AddDays(-21) && c < eid.AddDays(5)) / 26.0;
        var laterPerDay = created.Count(c => c >= eid.AddDays(40) && c < eid.AddDays(200)) / 160.0;

        Assert.True(peakPerDay > 2.5 * laterPerDay, $"THR per day: {peakPerDay:F2} before Eid, {laterPerDay:F2} afterwards.");
    }

    [Fact]
    public async Task SeedAsync_RecentWeeks_HoldMoreTicketsThanOlderOnes()
    {
        await using var db = seeded.Database.CreateDbContext();
        var now = seeded.Database.Clock.GetUtcNow().UtcDateTime;

        var lastMonth = await db.Tickets.CountAsync(t => t.CreatedAt >= now.AddDays(-30));
        var monthFourMonthsAgo = await db.Tickets.CountAsync(t => t.CreatedAt >= now.AddDays(-150) && t.CreatedAt < now.AddDays(-120));
        var open = await db.Tickets.CountAsync(t => TicketStatusExtensions.Open.Contains(t.Status));

        Assert.True(lastMonth > 1.5 * monthFourMonthsAgo, $"{lastMonth} tickets in the last 30 days, {monthFourMonthsAgo} four months ago.");
        Assert.InRange(open, 40, 160);
    }

    [Fact]
    public void DemoCorpus_EveryTemplate_UsesOnlyKnownSlots()
    {
        var slots = new TextSlots();
        foreach (var name in TextSlots.Names)
        {
            typeof(TextSlots).GetProperties().Single(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)).SetValue(slots, "x");
        }

        var templates = DemoCorpus.AllTemplates().ToList();

        Assert.True(templates.Count > 300);
        Assert.All(templates, t => Assert.DoesNotContain("{", slots.Fill(t), StringComparison.Ordinal));
        Assert.All(DemoCorpus.Categories.SelectMany(c => c.Cities), city => DemoCorpus.City(city));
        Assert.Equal(ReferenceDataSeeder.Categories.Select(c => c.Code).Order(), DemoCorpus.Categories.Select(c => c.Code).Order());
    }

    private static List<string> Lines(string dump, string prefix) =>
        [.. dump.Split('\n').Where(l => l.StartsWith(prefix, StringComparison.Ordinal))];

    [GeneratedRegex(@"^[a-z]+(\.[a-z]+)?@helpdesk\.test$")]
    private static partial Regex EmailPattern();

    [GeneratedRegex("^[23456789ABCDEFGHJKMNPQRSTVWXYZ]{10}$")]
    private static partial Regex TrackingCodePattern();

    [GeneratedRegex(@"^\d{16}$")]
    private static partial Regex NikPattern();

    [GeneratedRegex(@"^08\d{9,11}$")]
    private static partial Regex PhonePattern();
}
