using Bunit;
using HelpdeskConsole.CannedResponses;
using HelpdeskConsole.CannedResponses.Picker;
using HelpdeskConsole.Tests.TestSupport;
using Microsoft.AspNetCore.Components.Web;

namespace HelpdeskConsole.Tests.CannedResponses;

public sealed class ScriptPanelTests : ComponentTestBase
{
    private const int Wages = 5;
    private const int Dismissal = 7;

    private static readonly PickableResponse[] Library =
    [
        Text(1, "salam-umum", "Greeting", ResponsePurpose.Salam, "en", uses: 10),
        Text(2, "salam-gaji", "Greeting on wages", ResponsePurpose.Salam, "en", Wages),
        Text(3, "salam-umum", "Salam umum", ResponsePurpose.Salam, "id", uses: 30),
        Text(4, "empati-umum", "Empathy", ResponsePurpose.Empati, "en"),
        Text(5, "empati-phk", "Empathy on dismissal", ResponsePurpose.Empati, "en", Dismissal),
        Text(6, "klarifikasi", "Clarify the facts", ResponsePurpose.Klarifikasi, "en"),
        Text(7, "solusi", "Next steps", ResponsePurpose.Solusi, "en"),
        Text(8, "komitmen", "Our commitment", ResponsePurpose.Komitmen, "en"),
        Text(9, "penutup", "Closing", ResponsePurpose.Penutup, "en"),
        Text(10, "penutup", "Penutup", ResponsePurpose.Penutup, "id"),
        Text(11, "redakan", "Calm down", ResponsePurpose.DeEscalation, "en"),
    ];

    private readonly List<IReadOnlyList<PickableResponse>> inserts = [];

    private static PickableResponse Text(int id, string shortcut, string title, ResponsePurpose purpose, string language, int? categoryId = null,
        int uses = 0) => new(id, shortcut, title, $"Isi {title}.", language, categoryId, purpose, [], uses);

    private IRenderedComponent<ScriptPanel> RenderPanel(params ResponsePurpose[] covered) =>
        Context.Render<ScriptPanel>(p => p
            .Add(x => x.Responses, Library)
            .Add(x => x.CategoryId, Wages)
            .Add(x => x.Language, "en")
            .Add(x => x.Covered, covered.ToHashSet())
            .Add(x => x.OnInsert, r => inserts.Add(r)));

    private static int[] Ids(IEnumerable<PickableResponse> texts) => [.. texts.Select(t => t.Id)];

    [Fact]
    public void Panel_Ticket_ShowsTheSixStagesInOrderWithSuggestionsInTheTicketsLanguage()
    {
        var cut = RenderPanel();

        var stages = cut.FindAll("li[data-stage]");
        Assert.Equal(["Salam", "Empati", "Klarifikasi", "Solusi", "Komitmen", "Penutup"], stages.Select(s => s.GetAttribute("data-stage")));
        Assert.Equal(["Greeting on wages", "Greeting"], stages[0].QuerySelectorAll("button.hc-script-text").Select(b => b.TextContent.Trim()));
        Assert.Equal(["Empathy"], stages[1].QuerySelectorAll("button.hc-script-text").Select(b => b.TextContent.Trim()));
        Assert.Equal(["Closing"], stages[5].QuerySelectorAll("button.hc-script-text").Select(b => b.TextContent.Trim()));
        Assert.DoesNotContain("Salam umum", cut.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("Calm down", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Panel_StageAlreadyInTheDraft_IsMarkedCovered()
    {
        var cut = RenderPanel(ResponsePurpose.Salam, ResponsePurpose.Solusi);

        Assert.Equal(["true", "false", "false", "true", "false", "false"],
            cut.FindAll("li[data-stage]").Select(s => s.GetAttribute("data-covered")));
    }

    [Fact]
    public async Task Panel_ClickASuggestion_AsksToInsertThatText()
    {
        var cut = RenderPanel();

        await cut.Find("li[data-stage='Klarifikasi'] button.hc-script-text").ClickAsync(new MouseEventArgs());

        Assert.Equal([6], Ids(Assert.Single(inserts)));
    }

    [Fact]
    public async Task Panel_InsertWholeScript_OneTextPerUncoveredStageGreetingToClosing()
    {
        var cut = RenderPanel(ResponsePurpose.Empati);

        await cut.Find("#script-insert-all").ClickAsync(new MouseEventArgs());

        Assert.Equal([2, 6, 7, 8, 9], Ids(Assert.Single(inserts)));
    }
}
