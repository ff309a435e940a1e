using System.Security.Cryptography;
using HelpdeskConsole.Identity;
using HelpdeskConsole.Tickets;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HelpdeskConsole.Data.Seeding;

/// <summary>
/// Demo accounts and a few hundred realistic tickets for Development (the caller checks the environment).
/// Deterministic: the same <see cref="HelpdeskOptions.DemoSeed"/> and the same clock give the same tickets,
/// complainants, messages and history, row for row; only password hashes and security stamps differ.
/// A no-op once demo data exists.
/// </summary>
public sealed partial class DemoDataSeeder(
    IDbContextFactory<HelpdeskDbContext> contextFactory,
    IPasswordHasher<ApplicationUser> passwordHasher,
    TimeProvider clock,
    IOptions<HelpdeskOptions> options,
    ILogger<DemoDataSeeder> logger)
{
    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        var started = clock.GetTimestamp();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);

        var demoLogins = DemoStaff.All.Select(s => s.Email.ToUpperInvariant()).ToList();
        if (await db.Tickets.AnyAsync(cancellationToken)
            || await db.Users.AnyAsync(u => demoLogins.Contains(u.NormalizedEmail!), cancellationToken))
        {
            LogAlreadySeeded(logger);
            return;
        }

        var settings = options.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        var random = new Random(settings.DemoSeed);

        var roleIds = await db.Roles.AsNoTracking()
            .Where(r => r.Name != null && Roles.All.Contains(r.Name))
            .ToDictionaryAsync(r => r.Name!, r => r.Id, cancellationToken);
        var missingRole = Roles.All.FirstOrDefault(r => !roleIds.ContainsKey(r));
        if (missingRole is not null)
        {
            throw new InvalidOperationException($"The role {missingRole} does not exist: run AccountBootstrapper.EnsureRolesAsync before seeding demo data.");
        }

        var teams = await db.Teams.OrderBy(t => t.Id).ToListAsync(cancellationToken);
        var categories = await db.Categories.AsNoTracking().Where(c => c.IsActive)
            .OrderBy(c => c.SortOrder).ThenBy(c => c.Id).ToListAsync(cancellationToken);
        if (teams.Count == 0 || categories.Count == 0)
        {
            throw new InvalidOperationException("Teams and categories must exist before demo data: run ReferenceDataSeeder.SeedAsync first.");
        }

        // Accounts: one PBKDF2 hash for all of them (44 hashes would take seconds and prove nothing).
        var periodStart = SeedCalendar.DemoPeriodStart(now);
        var users = new List<ApplicationUser>();
        var roleOf = new List<string>();
        var position = 0;
        foreach (var member in DemoStaff.All)
        {
            position++;
            var teamId = member.TeamCategory is null ? null : categories.FirstOrDefault(c => c.Code == member.TeamCategory)?.TeamId;
            var email = member.Email;
            users.Add(new ApplicationUser
            {
                Id = random.NextGuid().ToString(),
                UserName = email,
                NormalizedUserName = email.ToUpperInvariant(),
                Email = email,
                NormalizedEmail = email.ToUpperInvariant(),
                EmailConfirmed = true,
                LockoutEnabled = true,
                DisplayName = member.DisplayName,
                TeamId = teamId,
                CreatedAt = periodStart.AddDays(-random.Next(30, 720)).AddMinutes(-random.Next(0, 600)),
                // A desk mid-shift: most colleagues available, a few on a break or gone home, capacities that differ. The
                // well-known logins start offline and become available when they open the console, as anyone does.
                Availability = DemoStaff.IsWellKnown(email) ? Teams.Availability.Offline
                    : position % 5 == 0 ? Teams.Availability.OnBreak : position % 7 == 0 ? Teams.Availability.Offline : Teams.Availability.Available,
                Capacity = 12 + (position * 5 % 9),
                // Not data but secrets: deliberately random, and the only columns that differ between two runs.
                SecurityStamp = Convert.ToHexString(RandomNumberGenerator.GetBytes(20)),
                ConcurrencyStamp = new Guid(RandomNumberGenerator.GetBytes(16)).ToString(),
            });
            roleOf.Add(member.Role);
        }

        var hash = passwordHasher.HashPassword(users[0], DemoStaff.Password);
        foreach (var user in users)
        {
            user.PasswordHash = hash;
        }

        db.Users.AddRange(users);
        for (var i = 0; i < users.Count; i++)
        {
            db.UserRoles.Add(new IdentityUserRole<string> { UserId = users[i].Id, RoleId = roleIds[roleOf[i]] });
        }

        var seedTeams = new Dictionary<int, SeedTeam>();
        foreach (var team in teams)
        {
            var members = users.Select((u, i) => (User: u, Role: roleOf[i])).Where(m => m.User.TeamId == team.Id).ToList();
            var lead = members.FirstOrDefault(m => m.Role == Roles.TeamLead).User;
            if (lead is not null)
            {
                team.LeadId = lead.Id;
            }

            var officers = members.Where(m => m.Role == Roles.Officer)
                .Select(m => new SeedOfficer(m.User.Id, m.User.DisplayName, m.User.Email is DemoStaff.OfficerEmail or DemoStaff.PhkOfficerEmail ? 2.5 : 1))
                .ToList();
            seedTeams[team.Id] = new SeedTeam(team.Id, team.Name, SeedCalendar.Offset(team.TimeZoneId),
                lead is null ? null : new SeedOfficer(lead.Id, lead.DisplayName), officers);
        }

        // Tickets, numbered on from whatever sequence rows exist.
        var sequences = await db.TicketNumberSequences.OrderBy(s => s.Year).ToListAsync(cancellationToken);
        var lastNumbers = sequences.ToDictionary(s => s.Year, s => s.LastValue);
        var shares = ReferenceDataSeeder.Categories.ToDictionary(c => c.Code, c => (double)c.SharePercent);
        var seedCategories = categories
            .Select(c => new SeedCategory(c.Id, c.Code, seedTeams[c.TeamId], shares.GetValueOrDefault(c.Code, 2)))
            .ToList();
        var tickets = new DemoTicketGenerator(random, now, seedCategories, new SeedTrackingCodes(), lastNumbers)
            .Generate(settings.DemoTicketCount);
        var rules = await Escalation.SlaRulesProvider.LoadAsync(db, cancellationToken);
        foreach (var ticket in tickets)
        {
            Escalation.SlaClock.Replay(ticket, rules);
        }

        db.Tickets.AddRange(tickets);

        foreach (var year in lastNumbers.Keys.Order())
        {
            var row = sequences.FirstOrDefault(s => s.Year == year);
            if (row is null)
            {
                db.TicketNumberSequences.Add(new TicketNumberSequence { Year = year, LastValue = lastNumbers[year] });
            }
            else
            {
                row.LastValue = lastNumbers[year];
            }
        }

        await db.SaveChangesAsync(cancellationToken);

        var messages = tickets.Sum(t => t.Messages.Count);
        var historyEntries = tickets.Sum(t => t.History.Count);
        var elapsed = (long)clock.GetElapsedTime(started).TotalMilliseconds;
        LogSeeded(logger, users.Count, tickets.Count, messages, historyEntries, elapsed);
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Demo data seeded: {Accounts} accounts, {Tickets} tickets, {Messages} messages, {HistoryEntries} history entries in {ElapsedMilliseconds} ms")]
    private static partial void LogSeeded(ILogger logger, int accounts, int tickets, int messages, int historyEntries, long elapsedMilliseconds);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Demo data already present; nothing seeded")]
    private static partial void LogAlreadySeeded(ILogger logger);
}
