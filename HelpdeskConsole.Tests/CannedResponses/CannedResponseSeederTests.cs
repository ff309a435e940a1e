using HelpdeskConsole.CannedResponses;
using HelpdeskConsole.Data;
using HelpdeskConsole.Tests.Data.Seeding;
using HelpdeskConsole.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace HelpdeskConsole.Tests.CannedResponses;

/// <summary>The demo library as a desk meets it on first start, over the default demo tickets.</summary>
public sealed class CannedResponseSeederTests : IAsyncLifetime
{
    private SeedingDatabase database = null!;

    public async Task InitializeAsync()
    {
        database = await SeedingDatabase.CreateAsync();
        await database.SeedDemoAsync();
        await Seeder().SeedAsync();
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task SeedAsync_DemoLibrary_HasAboutSixtyTextsForEveryStageAndSituationInBothLanguages()
    {
        await using var db = database.CreateDbContext();
        var shared = await db.CannedResponses.AsNoTracking().Where(r => r.Visibility == ResponseVisibility.Everyone).ToListAsync();

        Assert.InRange(shared.Count, 55, 80);
        foreach (var purpose in Enum.GetValues<ResponsePurpose>())
        {
            Assert.Contains(shared, r => r.Purpose == purpose && r.Language == "id");
            Assert.Contains(shared, r => r.Purpose == purpose && r.Language == "en");
        }

        Assert.All(shared, r =>
        {
            Assert.Empty(Placeholders.Problems(r.Body));
            var partner = Assert.Single(shared, o => o.Id == r.TranslationId);
            Assert.Equal(r.Shortcut, partner.Shortcut);
            Assert.NotEqual(r.Language, partner.Language);
        });
        Assert.True(shared.Select(r => r.CategoryId).Distinct().Count() >= 3, "Texts for the common categories, not only general ones.");
    }

    [Fact]
    public async Task SeedAsync_DemoLibrary_HasUsageOfOfficersRepliesSoMostUsedMeansSomething()
    {
        await using var db = database.CreateDbContext();
        var uses = await db.CannedResponseUsages.AsNoTracking()
            .Select(u => new { u.ResponseId, u.OfficerId, u.TicketId, Message = u.Message!, u.At })
            .ToListAsync();

        Assert.NotEmpty(uses);
        Assert.All(uses, u =>
        {
            Assert.Equal(MessageType.PublicReply, u.Message.Type);
            Assert.Equal(u.Message.AuthorId, u.OfficerId);
            Assert.Equal(u.Message.TicketId, u.TicketId);
            Assert.Equal(u.Message.CreatedAt, u.At);
        });

        var counts = uses.GroupBy(u => u.ResponseId).ToDictionary(g => g.Key, g => g.Count());
        var library = await db.CannedResponses.AsNoTracking().ToDictionaryAsync(r => r.Id);
        var mostUsed = library[counts.MaxBy(c => c.Value).Key];
        Assert.Equal(ResponsePurpose.Salam, mostUsed.Purpose);
        Assert.True(counts.Count > 10, "Several texts are in use, not one.");
        Assert.Contains(counts.Keys, id => library[id].Purpose == ResponsePurpose.Solusi && library[id].CategoryId is not null);
    }

    [Fact]
    public async Task SeedAsync_Twice_AddsNothing()
    {
        await using var before = database.CreateDbContext();
        var (texts, uses) = (await before.CannedResponses.CountAsync(), await before.CannedResponseUsages.CountAsync());

        await Seeder().SeedAsync();

        await using var after = database.CreateDbContext();
        Assert.Equal(texts, await after.CannedResponses.CountAsync());
        Assert.Equal(uses, await after.CannedResponseUsages.CountAsync());
    }

    private CannedResponseSeeder Seeder() => new(
        database.Services.GetRequiredService<IDbContextFactory<HelpdeskDbContext>>(), database.Clock, NullLogger<CannedResponseSeeder>.Instance);
}
