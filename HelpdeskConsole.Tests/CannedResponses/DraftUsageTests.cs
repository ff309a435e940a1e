using HelpdeskConsole.CannedResponses;

namespace HelpdeskConsole.Tests.CannedResponses;

public sealed class DraftUsageTests
{
    private static readonly InsertedResponse Greeting =
        new(1, ResponsePurpose.Salam, "Selamat pagi Bapak Budi Santoso,\nterima kasih telah menghubungi kami.");

    // One line longer than the 40 characters the draft is searched for.
    private static readonly InsertedResponse Empathy =
        new(2, ResponsePurpose.Empati, "Kami memahami betapa beratnya keadaan Anda ketika gaji belum dibayar dua bulan.");

    private static readonly InsertedResponse Calming =
        new(3, ResponsePurpose.DeEscalation, "Kami mohon Bapak tetap tenang, laporan Anda kami tangani.");

    [Fact]
    public void StillUses_FirstLineKeptRestEdited_True() =>
        Assert.True(DraftUsage.StillUses("Selamat pagi Bapak Budi Santoso,\nlaporan Anda sudah kami terima dan sedang diperiksa.", Greeting));

    [Fact]
    public void StillUses_FirstLineRewritten_False() =>
        Assert.False(DraftUsage.StillUses("Halo Pak Budi,\nterima kasih telah menghubungi kami.", Greeting));

    [Fact]
    public void StillUses_LongLineWithItsFirst40CharactersKept_True() =>
        Assert.True(DraftUsage.StillUses("Kami memahami betapa beratnya keadaan Anda. Kami segera menghubungi perusahaan.", Empathy));

    [Fact]
    public void StillUses_LongLineEditedWithinItsFirst40Characters_False() =>
        Assert.False(DraftUsage.StillUses("Kami paham betapa beratnya keadaan Anda ketika gaji belum dibayar dua bulan.", Empathy));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void StillUses_EmptyDraft_False(string? draft) => Assert.False(DraftUsage.StillUses(draft, Greeting));

    [Fact]
    public void Used_TextInsertedTwiceAndAnotherRemoved_EachRemainingIdOnce()
    {
        var draft = Greeting.Filled + "\n\n" + Greeting.Filled;

        Assert.Equal([1], DraftUsage.Used(draft, [Greeting, Empathy, Greeting]));
    }

    [Fact]
    public void CoveredStages_StageAndSituationBothInDraft_OnlyTheStage()
    {
        var draft = Greeting.Filled + "\n\n" + Calming.Filled;

        var covered = DraftUsage.CoveredStages(draft, [Greeting, Calming, Empathy]);

        Assert.Equal([ResponsePurpose.Salam], covered);
    }

    [Fact]
    public void Guess_IndonesianColloquialComplaint_Indonesian() => Assert.Equal("id", ReplyLanguage.Guess("gaji blm dibayar 2 bulan"));

    [Fact]
    public void Guess_EnglishComplaint_English() =>
        Assert.Equal("en", ReplyLanguage.Guess("My salary has not been paid for two months and the company is not answering."));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  \n ")]
    public void Guess_NoText_Indonesian(string? text) => Assert.Equal("id", ReplyLanguage.Guess(text));
}
