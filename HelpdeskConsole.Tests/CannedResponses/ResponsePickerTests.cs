using System.Globalization;
using Bunit;
using HelpdeskConsole.CannedResponses;
using HelpdeskConsole.CannedResponses.Picker;
using HelpdeskConsole.Teams;
using HelpdeskConsole.Tests.TestSupport;
using Microsoft.AspNetCore.Components.Web;

namespace HelpdeskConsole.Tests.CannedResponses;

/// <summary>The <c>::</c> picker driven through its JS-invokable methods, as the browser side drives it.</summary>
public sealed class ResponsePickerTests : ComponentTestBase
{
    private const int Wages = 5;

    private static readonly PickableResponse GreetingMorning = new(11, "salam-pagi", "Salam pagi",
        "Selamat pagi {{pelapor.nama}}, terima kasih telah menghubungi kami.", "id", null, ResponsePurpose.Salam, [], 3);

    private static readonly PickableResponse Greeting = new(12, "salam", "Salam pembuka",
        "Yth. {{pelapor.nama}}, laporan {{tiket.nomor}} telah kami terima.", "id", null, ResponsePurpose.Salam, [], 1);

    private static readonly PickableResponse GreetingEnglish = new(13, "salam-en", "Greeting",
        "Dear {{citizen.name}}, we have received report {{ticket.number}}.", "en", null, ResponsePurpose.Salam, [], 9);

    private static readonly PickableResponse Empathy = new(14, "empati-gaji", "Gaji belum dibayar",
        "Kami memahami betapa beratnya keadaan Anda.", "id", Wages, ResponsePurpose.Empati, [], 0);

    private static readonly PickableResponse Closing = new(15, "penutup", "Penutup",
        "Salam hormat,\n{{petugas.nama}}", "id", null, ResponsePurpose.Penutup, [], 0);

    private static readonly PickableResponse[] Library = [GreetingMorning, Greeting, GreetingEnglish, Empathy, Closing];

    private readonly List<InsertedResponse> inserted = [];

    private static PlaceholderValues Ticket(string citizen = "Budi Santoso", bool hidden = false) =>
        new(citizen, hidden, "ADU-2026-000001", "7K3QF-9XW2M", "Pengupahan", new DateTime(2026, 11, 30, 5, 0, 0, DateTimeKind.Utc),
            IndonesianTimeZones.Wib, "Sari Wulandari", "Tim Pengupahan", CultureInfo.GetCultureInfo("id-ID"));

    private IRenderedComponent<ResponsePicker> RenderPicker(PlaceholderValues? values = null) =>
        Context.Render<ResponsePicker>(p => p
            .Add(x => x.TextAreaId, "workspace-draft")
            .Add(x => x.Responses, Library)
            .Add(x => x.Values, values ?? Ticket())
            .Add(x => x.CategoryId, Wages)
            .Add(x => x.Language, "id")
            .Add(x => x.OnInserted, r => inserted.Add(r)));

    private static Task QueryAsync(IRenderedComponent<ResponsePicker> cut, string text) =>
        cut.InvokeAsync(() => cut.Instance.OnQueryAsync(text, 0, text.Length + 2));

    private static Task KeyAsync(IRenderedComponent<ResponsePicker> cut, string key) => cut.InvokeAsync(() => cut.Instance.OnKeyAsync(key));

    private static string[] Shortcuts(IRenderedComponent<ResponsePicker> cut) =>
        [.. cut.FindAll("li[data-shortcut]").Select(li => li.GetAttribute("data-shortcut")!)];

    private static string? Selected(IRenderedComponent<ResponsePicker> cut) =>
        cut.FindAll("li[aria-selected='true']").SingleOrDefault()?.GetAttribute("data-shortcut");

    private static string Preview(IRenderedComponent<ResponsePicker> cut) => cut.Find("#picker-preview").TextContent;

    [Fact]
    public void Picker_BeforeAnyQuery_ShowsNothing()
    {
        var cut = RenderPicker();

        Assert.Empty(cut.FindAll("#response-picker"));
        Assert.Equal("", cut.Markup.Trim());
    }

    [Fact]
    public async Task Picker_Query_ListsOnlyMatchingTextsBestFirst()
    {
        var cut = RenderPicker();

        await QueryAsync(cut, "salam");

        cut.WaitForAssertion(() => Assert.Equal(["salam", "salam-pagi", "salam-en", "penutup"], Shortcuts(cut)));
        Assert.Equal("salam", Selected(cut));
    }

    [Fact]
    public async Task Picker_SelectedText_PreviewIsFilledForTheTicket()
    {
        var cut = RenderPicker();

        await QueryAsync(cut, "salam");

        cut.WaitForAssertion(() =>
        {
            var preview = Preview(cut);
            Assert.Contains("Yth. Budi Santoso, laporan ADU-2026-000001 telah kami terima.", preview, StringComparison.Ordinal);
            Assert.DoesNotContain("{{", preview, StringComparison.Ordinal);
        });
    }

    [Theory]
    [InlineData("{{tiket.kode}}")]
    [InlineData("<script>alert(1)</script>")]
    public async Task Picker_CitizenNameThatLooksLikeCode_PreviewShowsItAsWritten(string citizen)
    {
        var cut = RenderPicker(Ticket(citizen));

        await QueryAsync(cut, "salam");

        cut.WaitForAssertion(() => Assert.Contains($"Yth. {citizen}, laporan ADU-2026-000001", Preview(cut), StringComparison.Ordinal));
        Assert.DoesNotContain("7K3QF-9XW2M", Preview(cut), StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("script"));
        Assert.DoesNotContain("<script>", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Picker_AnonymousComplainant_PreviewGreetsBapakIbu()
    {
        var cut = RenderPicker(Ticket(hidden: true));

        await QueryAsync(cut, "salam");

        cut.WaitForAssertion(() => Assert.Contains("Yth. Bapak/Ibu, laporan ADU-2026-000001", Preview(cut), StringComparison.Ordinal));
        Assert.DoesNotContain("Budi Santoso", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Picker_ArrowKeys_MoveTheSelectionAndWrapAround()
    {
        var cut = RenderPicker();
        await QueryAsync(cut, "salam");
        cut.WaitForAssertion(() => Assert.Equal("salam", Selected(cut)));

        await KeyAsync(cut, "ArrowDown");
        cut.WaitForAssertion(() => Assert.Equal("salam-pagi", Selected(cut)));
        Assert.Contains("Selamat pagi Budi Santoso", Preview(cut), StringComparison.Ordinal);

        await KeyAsync(cut, "ArrowUp");
        await KeyAsync(cut, "ArrowUp");
        cut.WaitForAssertion(() => Assert.Equal("penutup", Selected(cut)));

        await KeyAsync(cut, "ArrowDown");
        cut.WaitForAssertion(() => Assert.Equal("salam", Selected(cut)));
    }

    [Fact]
    public async Task Picker_Enter_InsertsTheSelectedTextFilledWhereTheQueryWas()
    {
        var cut = RenderPicker();
        await cut.InvokeAsync(() => cut.Instance.OnQueryAsync("salam", 6, 13));
        await KeyAsync(cut, "ArrowDown");
        cut.WaitForAssertion(() => Assert.Equal("salam-pagi", Selected(cut)));

        await KeyAsync(cut, "Enter");

        var expected = "Selamat pagi Budi Santoso, terima kasih telah menghubungi kami.";
        Assert.Equal([new InsertedResponse(GreetingMorning.Id, ResponsePurpose.Salam, expected)], inserted);
        // The typed "::salam" is what the text replaces.
        var insert = Context.JSInterop.VerifyInvoke("insert");
        Assert.Equal(expected, insert.Arguments[0]);
        Assert.Equal(6, insert.Arguments[1]);
        Assert.Equal(13, insert.Arguments[2]);
    }

    [Fact]
    public async Task Picker_Enter_ClosesThePicker()
    {
        var cut = RenderPicker();
        await QueryAsync(cut, "salam");
        cut.WaitForElement("#picker-list");

        await KeyAsync(cut, "Enter");

        Assert.Single(inserted);
        Assert.False(cut.Instance.IsOpen);
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("#response-picker")));
    }

    [Fact]
    public async Task Picker_Escape_ClosesWithoutInserting()
    {
        var cut = RenderPicker();
        await QueryAsync(cut, "salam");
        cut.WaitForElement("#picker-list");

        await KeyAsync(cut, "Escape");

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("#response-picker")));
        Assert.Empty(inserted);
        Assert.False(cut.Instance.IsOpen);
    }

    [Fact]
    public async Task Picker_BrowserCloses_PickerDisappears()
    {
        var cut = RenderPicker();
        await QueryAsync(cut, "salam");
        cut.WaitForElement("#picker-list");

        await cut.InvokeAsync(() => cut.Instance.OnCloseAsync());

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("#response-picker")));
        Assert.Empty(inserted);
    }

    [Fact]
    public async Task Picker_QueryMatchingNothing_SaysSoAndEnterInsertsNothing()
    {
        var cut = RenderPicker();

        await QueryAsync(cut, "pesangon");

        cut.WaitForAssertion(() =>
        {
            Assert.Contains("::pesangon", cut.Find("#picker-empty").TextContent, StringComparison.Ordinal);
            Assert.Empty(cut.FindAll("li[data-shortcut]"));
        });
        await KeyAsync(cut, "Enter");
        Assert.Empty(inserted);
    }

    [Fact]
    public async Task Picker_ClickOnAnItem_InsertsThatTextAndCloses()
    {
        var cut = RenderPicker();
        await QueryAsync(cut, "gaji");
        cut.WaitForAssertion(() => Assert.Equal(["empati-gaji"], Shortcuts(cut)));

        await cut.Find("li[data-shortcut='empati-gaji']").ClickAsync(new MouseEventArgs());

        Assert.Equal([new InsertedResponse(Empathy.Id, ResponsePurpose.Empati, "Kami memahami betapa beratnya keadaan Anda.")], inserted);
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("#response-picker")));
    }
}
