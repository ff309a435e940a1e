using HelpdeskConsole.CannedResponses;

namespace HelpdeskConsole.Tests.CannedResponses;

public sealed class ResponseSearchTests
{
    private const int Wages = 5;
    private const int Dismissal = 7;

    private static PickableResponse Text(int id, string shortcut, string title = "Teks", string body = "Isi teks.", string language = "id",
        int? categoryId = null, ResponsePurpose purpose = ResponsePurpose.Salam, int uses = 0) =>
        new(id, shortcut, title, body, language, categoryId, purpose, [], uses);

    private static int[] Ids(IEnumerable<PickableResponse> ranked) => [.. ranked.Select(r => r.Id)];

    [Fact]
    public void Rank_QueryMatchingInDifferentPlaces_ExactShortcutThenPrefixThenTitleThenBody()
    {
        PickableResponse[] texts =
        [
            Text(1, "buka", title: "Pembuka", body: "Salam sejahtera untuk Bapak/Ibu."),
            Text(2, "sapa", title: "Salam hangat"),
            Text(3, "salam-pagi", title: "Pagi"),
            Text(4, "salam", title: "Umum"),
        ];

        var ranked = ResponseSearch.Rank(texts, "salam", null, "id");

        Assert.Equal([4, 3, 2, 1], Ids(ranked));
    }

    [Fact]
    public void Rank_QueryWithSeveralWords_EveryWordMustBeFoundSomewhere()
    {
        PickableResponse[] texts =
        [
            Text(1, "empati-gaji", title: "Gaji belum dibayar", body: "Kami memahami gaji Anda belum dibayar."),
            Text(2, "empati-upah", title: "Upah lembur", body: "Gaji Anda terlambat, kami memahami."),
            Text(3, "penutup", title: "Penutup", body: "Terima kasih."),
        ];

        Assert.Equal([2], Ids(ResponseSearch.Rank(texts, "gaji terlambat", null, "id")));
        Assert.Empty(ResponseSearch.Rank(texts, "gaji pesangon", null, "id"));
    }

    [Fact]
    public void Rank_TextForTheTicketsCategory_ComesBeforeAMoreUsedGeneralOne()
    {
        PickableResponse[] texts =
        [
            Text(1, "gaji-umum", title: "Gaji umum", uses: 40),
            Text(2, "gaji-upah", title: "Gaji pengupahan", categoryId: Wages, uses: 0),
        ];

        Assert.Equal([1, 2], Ids(ResponseSearch.Rank(texts, "gaji", Dismissal, "id")));
        Assert.Equal([2, 1], Ids(ResponseSearch.Rank(texts, "gaji", Wages, "id")));
    }

    [Fact]
    public void Rank_TextInTheReplyLanguage_ComesBeforeAMoreUsedOneInTheOther()
    {
        PickableResponse[] texts =
        [
            Text(1, "salam", title: "Salam", language: "id", uses: 40),
            Text(2, "salam", title: "Greeting", language: "en", uses: 0),
        ];

        Assert.Equal([1, 2], Ids(ResponseSearch.Rank(texts, "salam", null, "id")));
        Assert.Equal([2, 1], Ids(ResponseSearch.Rank(texts, "salam", null, "en")));
    }

    [Fact]
    public void Rank_EqualMatches_MostUsedFirstThenShorterShortcut()
    {
        PickableResponse[] texts =
        [
            Text(1, "salam-siang-hari", uses: 2),
            Text(2, "salam-pagi", uses: 2),
            Text(3, "salam-malam-hari", uses: 9),
        ];

        Assert.Equal([3, 2, 1], Ids(ResponseSearch.Rank(texts, "sal", null, "id")));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Rank_EmptyQuery_ListsEveryTextUpToMax(string? query)
    {
        var texts = Enumerable.Range(1, 10).Select(i => Text(i, $"teks-{i}", uses: i)).ToList();

        Assert.Equal([10, 9, 8, 7, 6, 5, 4, 3], Ids(ResponseSearch.Rank(texts, query, null, "id")));
        Assert.Equal([10, 9, 8], Ids(ResponseSearch.Rank(texts, query, null, "id", max: 3)));
        Assert.Equal(10, ResponseSearch.Rank(texts, query, null, "id", max: 20).Count);
    }

    [Fact]
    public void Script_AnyLibrary_GivesTheSixStagesInOrder()
    {
        PickableResponse[] texts =
        [
            Text(1, "penutup", purpose: ResponsePurpose.Penutup),
            Text(2, "redakan", purpose: ResponsePurpose.DeEscalation),
            Text(3, "salam", purpose: ResponsePurpose.Salam),
        ];

        var script = ResponseSearch.Script(texts, null, "id");

        Assert.Equal(
            [ResponsePurpose.Salam, ResponsePurpose.Empati, ResponsePurpose.Klarifikasi, ResponsePurpose.Solusi, ResponsePurpose.Komitmen, ResponsePurpose.Penutup],
            script.Select(s => s.Stage));
        Assert.Equal([3], Ids(script[0].Suggestions));
        Assert.Empty(script[1].Suggestions);
        Assert.Equal([1], Ids(script[5].Suggestions));
        Assert.DoesNotContain(script, s => s.Suggestions.Any(r => r.Id == 2));
    }

    [Fact]
    public void Script_CategoryAndGeneralTexts_CategorysOwnFirstOtherCategoriesLeftOut()
    {
        PickableResponse[] texts =
        [
            Text(1, "empati-umum", purpose: ResponsePurpose.Empati, uses: 50),
            Text(2, "empati-gaji", purpose: ResponsePurpose.Empati, categoryId: Wages, uses: 0),
            Text(3, "empati-phk", purpose: ResponsePurpose.Empati, categoryId: Dismissal, uses: 90),
            Text(4, "empati-singkat", purpose: ResponsePurpose.Empati, uses: 70),
        ];

        var empathy = ResponseSearch.Script(texts, Wages, "id").Single(s => s.Stage == ResponsePurpose.Empati).Suggestions;

        Assert.Equal([2, 4, 1], Ids(empathy));
    }

    [Fact]
    public void Script_TextsInBothLanguages_OnlyTheRequestedOne()
    {
        PickableResponse[] texts =
        [
            Text(1, "salam", language: "id"),
            Text(2, "salam", language: "en"),
            Text(3, "penutup", language: "en", purpose: ResponsePurpose.Penutup),
        ];

        var english = ResponseSearch.Script(texts, null, "en");
        var indonesian = ResponseSearch.Script(texts, null, "id");

        Assert.Equal([2, 3], Ids(english.SelectMany(s => s.Suggestions)));
        Assert.Equal([1], Ids(indonesian.SelectMany(s => s.Suggestions)));
    }
}
