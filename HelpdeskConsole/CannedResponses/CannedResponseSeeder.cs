using HelpdeskConsole.Data;
using HelpdeskConsole.Data.Seeding;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskConsole.CannedResponses;

/// <summary>
/// The demo library (Development only): <see cref="DemoResponses"/> for the whole desk, written and approved by the demo
/// admin, each pair linked; plus a team text of the wages team's lead and a proposal of its demo officer waiting for
/// approval, so the governance has something to show. A no-op once the library has any text.
/// </summary>
public sealed partial class CannedResponseSeeder(IDbContextFactory<HelpdeskDbContext> contextFactory, TimeProvider clock, ILogger<CannedResponseSeeder> logger)
{
    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (await db.CannedResponses.AnyAsync(cancellationToken))
        {
            return;
        }

        var people = await db.Users.AsNoTracking()
            .Where(u => u.Email == DemoStaff.AdminEmail || u.Email == DemoStaff.LeadEmail || u.Email == DemoStaff.OfficerEmail)
            .ToDictionaryAsync(u => u.Email!, u => (u.Id, u.TeamId), cancellationToken);
        if (!people.TryGetValue(DemoStaff.AdminEmail, out var admin))
        {
            return;
        }

        var categories = await db.Categories.AsNoTracking().ToDictionaryAsync(c => c.Code, c => c.Id, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var created = now.AddDays(-120);
        var all = DemoResponses.All.Select(d => New(d, admin.Id, ResponseVisibility.Everyone, null, created)).ToList();

        if (people.TryGetValue(DemoStaff.LeadEmail, out var lead) && lead.TeamId is { } wagesTeam)
        {
            all.Add(New(new DemoResponse("solusi-upah-lembur", "id", "UPAH", ResponsePurpose.Solusi, "Perhitungan upah lembur",
                "Sesuai ketentuan, upah lembur dihitung dari **upah sejam = 1/173 × upah sebulan**:\n\n- jam lembur pertama: 1,5 × upah sejam;\n- jam berikutnya: 2 × upah sejam.\n\nMohon lampirkan catatan jam kerja agar kami dapat memeriksa perhitungan perusahaan.",
                ["a6:ability", "lembur"]), lead.Id, ResponseVisibility.Team, wagesTeam, created.AddDays(30)));
        }

        if (people.TryGetValue(DemoStaff.OfficerEmail, out var officer) && officer.TeamId is { } officerTeam)
        {
            var proposal = New(new DemoResponse("salam-whatsapp", "id", null, ResponsePurpose.Salam, "Salam singkat untuk WhatsApp",
                "Halo {{pelapor.nama}}, selamat siang 🙏 Saya {{petugas.nama}} dari Layanan Pengaduan Kemnaker, izin membantu laporan {{tiket.nomor}} ya.",
                ["5s", "whatsapp"]), officer.Id, ResponseVisibility.Personal, null, now.AddDays(-2));
            proposal.ProposedAt = now.AddDays(-1);
            proposal.TeamId = officerTeam;
            proposal.Version = 2;
            all.Add(proposal);
        }

        db.CannedResponses.AddRange(all);
        await db.SaveChangesAsync(cancellationToken);

        foreach (var group in all.Where(r => r.Visibility == ResponseVisibility.Everyone).GroupBy(r => r.Shortcut).Where(g => g.Count() == 2))
        {
            var (first, second) = (group.First(), group.Last());
            first.TranslationId = second.Id;
            second.TranslationId = first.Id;
        }

        foreach (var r in all)
        {
            if (r.ProposedAt is { } proposed)
            {
                var first = CannedResponseService.VersionOf(r, ResponseChange.Created, r.OwnerId, r.CreatedAt);
                first.Number = 1;
                db.CannedResponseVersions.Add(first);
                db.CannedResponseVersions.Add(CannedResponseService.VersionOf(r, ResponseChange.Proposed, r.OwnerId, proposed));
            }
            else
            {
                db.CannedResponseVersions.Add(CannedResponseService.VersionOf(r, ResponseChange.Created, r.OwnerId, r.CreatedAt));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        var uses = await SeedUsageAsync(db, all, created, cancellationToken);
        LogSeeded(logger, all.Count, uses);

        CannedResponse New(DemoResponse d, string ownerId, ResponseVisibility visibility, int? teamId, DateTime at) => new()
        {
            Title = d.Title, Shortcut = d.Shortcut, Body = d.Body, Language = d.Language,
            CategoryId = d.CategoryCode is null ? null : categories.GetValueOrDefault(d.CategoryCode),
            Purpose = d.Purpose, Tags = ResponseTags.Join(d.Tags), Visibility = visibility, TeamId = teamId, OwnerId = ownerId,
            ApprovedById = visibility == ResponseVisibility.Personal ? null : ownerId, ApprovedAt = visibility == ResponseVisibility.Personal ? null : at,
            Version = 1, CreatedAt = at, UpdatedAt = at, UpdatedById = ownerId,
        };
    }

    /// <summary>
    /// Gives the demo library a usage history, so "most used" means something on first start: each officer's public
    /// reply since the texts exist is recorded as answered with a script in Indonesian (a greeting, often an empathy
    /// text, the category's solution when there is one, usually a closing). Chosen from the reply's id, so the same
    /// demo data gives the same history.
    /// </summary>
    private static async Task<int> SeedUsageAsync(HelpdeskDbContext db, List<CannedResponse> library, DateTime since, CancellationToken cancellationToken)
    {
        var replies = await db.TicketMessages.AsNoTracking()
            .Where(m => m.Type == Tickets.MessageType.PublicReply && m.AuthorId != null && m.CreatedAt >= since)
            .OrderBy(m => m.Id)
            .Select(m => new { m.Id, m.TicketId, AuthorId = m.AuthorId!, m.CreatedAt, m.Ticket!.CategoryId })
            .ToListAsync(cancellationToken);
        var shared = library.Where(r => r.Visibility == ResponseVisibility.Everyone && r.Language == "id").ToList();
        // Greetings, empathy and closings of the whole desk (not the category-specific ones).
        List<CannedResponse> Of(ResponsePurpose purpose) => [.. shared.Where(r => r.Purpose == purpose && r.CategoryId == null)];
        var greetings = Of(ResponsePurpose.Salam);
        var empathy = Of(ResponsePurpose.Empati);
        var closings = Of(ResponsePurpose.Penutup);
        var solutions = shared.Where(r => r.Purpose == ResponsePurpose.Solusi && r.CategoryId is not null).ToLookup(r => r.CategoryId!.Value);

        var usages = new List<CannedResponseUsage>();
        foreach (var reply in replies)
        {
            var random = new Random((int)(reply.Id % int.MaxValue));
            var script = new List<CannedResponse>();
            // The first greeting of the library is the everyday one: it is picked most.
            if (greetings.Count > 0)
            {
                script.Add(random.Next(3) == 0 ? greetings[random.Next(greetings.Count)] : greetings[0]);
            }

            if (empathy.Count > 0 && random.Next(10) < 6)
            {
                script.Add(empathy[random.Next(empathy.Count)]);
            }

            var fitting = solutions[reply.CategoryId].ToList();
            if (fitting.Count > 0 && random.Next(10) < 7)
            {
                script.Add(fitting[random.Next(fitting.Count)]);
            }

            if (closings.Count > 0 && random.Next(10) < 8)
            {
                script.Add(closings[random.Next(closings.Count)]);
            }

            usages.AddRange(script.Select(r => new CannedResponseUsage
            {
                ResponseId = r.Id, TicketId = reply.TicketId, OfficerId = reply.AuthorId, MessageId = reply.Id, At = reply.CreatedAt,
            }));
        }

        db.CannedResponseUsages.AddRange(usages);
        await db.SaveChangesAsync(cancellationToken);
        return usages.Count;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo canned responses seeded: {Count} texts, {Uses} uses")]
    private static partial void LogSeeded(ILogger logger, int count, int uses);
}
