using HelpdeskConsole.Teams;
using HelpdeskConsole.Tickets;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskConsole.Data.Seeding;

/// <summary>
/// The teams and the categories of domain.md, created in every environment when the database has none,
/// so a fresh install routes complaints from its first minute. Admins edit them afterwards.
/// </summary>
public sealed class ReferenceDataSeeder(IDbContextFactory<HelpdeskDbContext> contextFactory)
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
