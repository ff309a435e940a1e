using Bunit;
using HelpdeskConsole.CannedResponses;
using HelpdeskConsole.Identity;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace HelpdeskConsole.Tests.CannedResponses;

public sealed class ResponseLibraryPageTests : LibraryPageTestBase
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await WriteAsync(Admin, "salam-umum", "Salam pembuka", "Selamat pagi {{pelapor.nama}}, terima kasih telah menghubungi kami.");
        await WriteAsync(Admin, "empati-gaji", "Gaji belum dibayar", "Kami memahami beratnya gaji yang belum dibayar.", ResponsePurpose.Empati);
        await WriteAsync(Admin, "penutup-umum", "Penutup", "Salam hormat,\n{{petugas.nama}}", ResponsePurpose.Penutup);
    }

    private static string[] Shortcuts(IRenderedComponent<ResponseLibraryPage> cut) =>
        [.. cut.FindAll("td[data-shortcut]").Select(td => td.GetAttribute("data-shortcut")!).Order(StringComparer.Ordinal)];

    private static string[] Tabs(IRenderedComponent<ResponseLibraryPage> cut) =>
        [.. cut.FindAll(".mud-tab").Select(t => t.TextContent.Trim())];

    [Fact]
    public void Library_Officer_ListsTheDesksTextsWithTheirShortcuts()
    {
        SignInAsOfficer();

        var cut = Context.Render<ResponseLibraryPage>();

        cut.WaitForAssertion(() => Assert.Equal(["empati-gaji", "penutup-umum", "salam-umum"], Shortcuts(cut)));
        var row = cut.Find("td[data-shortcut='empati-gaji']");
        Assert.Contains("Gaji belum dibayar", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("::empati-gaji", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("3 teks", cut.Find("#library-count").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Library_Search_NarrowsTheList()
    {
        SignInAsOfficer();
        var cut = Context.Render<ResponseLibraryPage>();
        cut.WaitForAssertion(() => Assert.Equal(3, Shortcuts(cut).Length));

        await cut.Find("input#library-search").InputAsync(new ChangeEventArgs { Value = "gaji" });

        cut.WaitForAssertion(() => Assert.Equal(["empati-gaji"], Shortcuts(cut)));
    }

    [Fact]
    public async Task Library_OfficersOwnProposal_ShownAsProposedWithoutApproveButtonOrAwaitingTab()
    {
        await ProposeAsync(Officer, "usul-sari", "Usulan Sari", "Kami mohon maaf atas ketidaknyamanan ini.");
        SignInAsOfficer();

        var cut = Context.Render<ResponseLibraryPage>();

        cut.WaitForAssertion(() => Assert.Contains("usul-sari", Shortcuts(cut)));
        Assert.NotEmpty(cut.FindAll("[data-proposed='true']"));
        Assert.Empty(cut.FindAll("[id^=response-approve-]"));
        Assert.Equal(["Semua", "Teks saya"], Tabs(cut));
    }

    [Fact]
    public async Task Library_LeadWithAColleaguesProposal_SeesAwaitingTabAndApproveButton()
    {
        var proposal = await ProposeAsync(Colleague, "usul-rina", "Usulan Rina", "Kami mohon maaf atas ketidaknyamanan ini.");
        SignInAs(Lead, "Bambang Sutrisno", Roles.TeamLead);

        var cut = Context.Render<ResponseLibraryPage>();

        cut.WaitForAssertion(() => Assert.Contains("usul-rina", Shortcuts(cut)));
        Assert.Equal(["Semua", "Teks saya", "Menunggu persetujuan"], Tabs(cut).Select(t => t.TrimEnd('1').Trim()));
        var approve = Assert.Single(cut.FindAll("[id^=response-approve-]"));
        Assert.Equal($"response-approve-{proposal}", approve.Id);
        Assert.Equal("Setujui Usulan Rina untuk tim", approve.GetAttribute("aria-label"));

        await cut.FindAll(".mud-tab").Single(t => t.TextContent.Contains("Menunggu persetujuan", StringComparison.Ordinal)).ClickAsync(new MouseEventArgs());

        cut.WaitForAssertion(() => Assert.Equal(["usul-rina"], Shortcuts(cut)));
    }

    [Fact]
    public async Task Library_SearchMatchingNothing_ShowsEmptyStateAndClearingRestoresTheList()
    {
        SignInAsOfficer();
        var cut = Context.Render<ResponseLibraryPage>();
        cut.WaitForAssertion(() => Assert.Equal(3, Shortcuts(cut).Length));

        await cut.Find("input#library-search").InputAsync(new ChangeEventArgs { Value = "pesangon" });

        cut.WaitForAssertion(() =>
        {
            Assert.Contains("Tidak ada teks yang cocok dengan saringan ini.", cut.Find("#library-empty").TextContent, StringComparison.Ordinal);
            Assert.Empty(Shortcuts(cut));
        });

        await cut.Find("#library-clear").ClickAsync(new MouseEventArgs());

        cut.WaitForAssertion(() =>
        {
            Assert.Equal(["empati-gaji", "penutup-umum", "salam-umum"], Shortcuts(cut));
            Assert.Empty(cut.FindAll("#library-empty"));
        });
    }
}
