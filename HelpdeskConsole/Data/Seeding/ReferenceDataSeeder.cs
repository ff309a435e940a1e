using HelpdeskConsole.Escalation;
using HelpdeskConsole.Teams;
using HelpdeskConsole.Tickets;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskConsole.Data.Seeding;

/// <summary>
/// The teams and the categories of domain.md, created in every environment when the database has none,
/// so a fresh install routes complaints from its first minute. Admins edit them afterwards.
/// </summary>
public sealed class ReferenceDataSeeder(IDbContextFactory<HelpdeskDbContext> contextFactory, TimeProvider clock)
{
    /// <summary>Team name, time zone and the category codes it owns.</summary>
    public static readonly IReadOnlyList<(string Name, string TimeZoneId, string[] Categories)> Teams =
    [
        ("Tim Pengupahan & THR", IndonesianTimeZones.Wib, ["UPAH", "THR"]),
        ("Tim Hubungan Industrial & PHK", IndonesianTimeZones.Wib, ["PHK"]),
        ("Tim Jaminan Sosial", IndonesianTimeZones.Wib, ["JAMSOS"]),
        ("Tim Norma Kerja & K3", IndonesianTimeZones.Wib, ["K3"]),
        ("Tim Pelindungan Pekerja Migran", IndonesianTimeZones.Wib, ["PMI"]),
        ("Desk Regional Sulawesi (Pelatihan & TKA)", IndonesianTimeZones.Wita, ["PELATIHAN", "TKA"]),
        ("Tim Kualitas Layanan", IndonesianTimeZones.Wib, ["LAYANAN"]),
        ("Desk Regional Papua (Informasi Umum)", IndonesianTimeZones.Wit, ["INFO"]),
    ];

    /// <summary>Code, Indonesian name, English name, and share of volume (domain.md).</summary>
    public static readonly IReadOnlyList<(string Code, string NameId, string NameEn, int SharePercent)> Categories =
    [
        ("UPAH", "Pengupahan", "Wages", 22),
        ("THR", "THR Keagamaan", "Religious holiday allowance", 15),
        ("PHK", "PHK & Perselisihan Hubungan Industrial", "Termination and industrial disputes", 15),
        ("JAMSOS", "Jaminan Sosial (BPJS Ketenagakerjaan)", "Social security", 15),
        ("K3", "Norma Kerja & K3", "Labour standards and occupational safety", 9),
        ("PMI", "Pekerja Migran", "Migrant workers", 7),
        ("PELATIHAN", "Pelatihan & Pemagangan", "Training and apprenticeship", 5),
        ("LAYANAN", "Kualitas Layanan", "Service quality", 5),
        ("INFO", "Informasi Umum", "General information", 4),
        ("TKA", "Tenaga Kerja Asing", "Foreign workers", 3),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        await SeedTeamsAsync(cancellationToken);
        await SeedSlaAsync(cancellationToken);
    }

    /// <summary>
    /// domain.md's SLA defaults, the holidays and Ramadan periods of the current and next year (unconfirmed), and
    /// civil-service hours for every team: each table only while it is empty, so admins' edits stay.
    /// </summary>
    private async Task SeedSlaAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        if (!await db.SlaPolicies.AnyAsync(cancellationToken))
        {
            db.SlaPolicies.AddRange(SlaPolicy.Defaults.Select(d => new SlaPolicy
            {
                Priority = d.Priority, FirstResponse = d.FirstResponse, Resolution = d.Resolution, UpdatedAt = now,
            }));
        }

        if (!await db.Holidays.AnyAsync(cancellationToken))
        {
            db.Holidays.AddRange(IndonesianHolidays.All.Select(h => new Holiday
            {
                Date = h.Date, NameId = h.NameId, NameEn = h.NameEn, Kind = h.Kind, Unconfirmed = h.Unconfirmed,
            }));
        }

        if (!await db.RamadanPeriods.AnyAsync(cancellationToken))
        {
            db.RamadanPeriods.AddRange(IndonesianHolidays.Ramadan.Select(p => new RamadanPeriod
            {
                From = p.From, To = p.To, NameId = p.NameId, NameEn = p.NameEn, Unconfirmed = p.Unconfirmed,
            }));
        }

        if (!await db.TeamWorkingHours.AnyAsync(cancellationToken))
        {
            foreach (var teamId in await db.Teams.Select(t => t.Id).ToListAsync(cancellationToken))
            {
                db.TeamWorkingHours.AddRange(CivilServiceHours(teamId));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The civil service's regular and Ramadan hours as rows for one team.</summary>
    public static IEnumerable<TeamWorkingHours> CivilServiceHours(int teamId) =>
        new[] { (ScheduleKind.Regular, WeeklySchedule.CivilService), (ScheduleKind.Ramadan, WeeklySchedule.CivilServiceRamadan) }
            .SelectMany(s => Enum.GetValues<DayOfWeek>().SelectMany(day => s.Item2[day].Select(i => new TeamWorkingHours
            {
                TeamId = teamId, Schedule = s.Item1, Day = day, Opens = i.Start, Closes = i.End,
            })));

    private async Task SeedTeamsAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (await db.Teams.AnyAsync(cancellationToken) || await db.Categories.AnyAsync(cancellationToken))
        {
            return;
        }

        var teams = Teams.Select(t => new Team { Name = t.Name, TimeZoneId = t.TimeZoneId }).ToList();
        db.Teams.AddRange(teams);
        var order = 0;
        foreach (var (code, nameId, nameEn, _) in Categories)
        {
            var owner = teams[Teams.ToList().FindIndex(t => t.Categories.Contains(code))];
            db.Categories.Add(new Category { Code = code, NameId = nameId, NameEn = nameEn, Team = owner, SortOrder = ++order });
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
