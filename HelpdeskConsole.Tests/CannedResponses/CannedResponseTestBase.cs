using System.Security.Claims;
using System.Text;
using HelpdeskConsole.Administration;
using HelpdeskConsole.CannedResponses;
using HelpdeskConsole.Identity;
using HelpdeskConsole.Tests.TestSupport;
using HelpdeskConsole.Tests.Tickets.Workspace;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace HelpdeskConsole.Tests.CannedResponses;

/// <summary>
/// The canned-response library and the reply values on the workspace's real services (in-memory SQLite with the real
/// migrations), on a fake clock that starts Monday 30 November 2026 at 08:00 WIB. Adds a lead of the PHK team to the
/// workspace's people, so "the lead of another team" exists.
/// </summary>
public abstract class CannedResponseTestBase : WorkspaceTestBase
{
    protected static readonly DateTimeOffset Start = new(2026, 11, 30, 1, 0, 0, TimeSpan.Zero); // 08:00 WIB

    protected CannedResponseTestBase()
    {
        Context.Services.AddSingleton<TimeProvider>(Clock);
        Context.Services.AddScoped<CannedResponseService>();
        Context.Services.AddSingleton<ReplyValues>();
    }

    protected FakeTimeProvider Clock { get; } = new(Start);

    protected CannedResponseService Library => Context.Services.GetRequiredService<CannedResponseService>();

    protected ReplyValues Values => Context.Services.GetRequiredService<ReplyValues>();

    /// <summary>The lead of the PHK team (the officer's team is UPAH's).</summary>
    protected Viewer OtherLead { get; private set; } = default!;

    protected int UpahTeamId => Officer.TeamId!.Value;

    protected int PhkTeamId => OtherTeamOfficer.TeamId!.Value;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var otherLead = await TestData.AddAccountAsync(Db, "Hendra Gunawan", Roles.TeamLead, "PHK");
        OtherLead = new Viewer(otherLead.Id, otherLead.TeamId, false, true);
    }

    /// <summary>The signed-in user the library's write methods resolve (from the database) into a viewer.</summary>
    protected static ClaimsPrincipal Principal(Viewer viewer) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, viewer.UserId)], "Test"));

    protected static ResponseInput Text(string shortcut, string language = "id", ResponseVisibility visibility = ResponseVisibility.Personal,
        int? teamId = null, string? title = null, string body = "Selamat pagi, {{pelapor.nama}}. Terima kasih telah menghubungi kami.",
        ResponsePurpose purpose = ResponsePurpose.Salam, int? categoryId = null, IReadOnlyList<string>? tags = null, int? translationId = null) =>
        new()
        {
            Title = title ?? "Teks " + shortcut,
            Shortcut = shortcut,
            Body = body,
            Language = language,
            CategoryId = categoryId,
            Purpose = purpose,
            Tags = tags ?? [],
            Visibility = visibility,
            TeamId = teamId,
            TranslationId = translationId,
        };

    /// <summary>Creates a text that must be accepted, and returns its id.</summary>
    protected async Task<int> CreateAsync(Viewer author, ResponseInput input)
    {
        var result = await Library.CreateAsync(Principal(author), input);
        Assert.True(result.Succeeded, Describe(result));
        return result.Value;
    }

    /// <summary>A text as the viewer's library lists it, or null when it is not listed for them.</summary>
    protected async Task<ResponseListItem?> FindAsync(Viewer viewer, int id) =>
        (await Library.ListAsync(viewer, new ResponseFilter())).SingleOrDefault(i => i.Id == id);

    protected async Task<int> CategoryIdAsync(string code)
    {
        await using var db = await Db.CreateDbContextAsync();
        return await db.Categories.Where(c => c.Code == code).Select(c => c.Id).SingleAsync();
    }

    protected static MemoryStream Utf8(string text) => new(Encoding.UTF8.GetBytes(text));

    protected static string Describe(AdminResult result) =>
        string.Join("; ", result.Errors.Select(e => $"{e.Field}/{e.Code}: {e.Message}"));
}
