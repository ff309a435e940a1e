using System.Globalization;
using HelpdeskConsole.CannedResponses;
using HelpdeskConsole.Teams;

namespace HelpdeskConsole.Tests.CannedResponses;

public sealed class PlaceholdersTests
{
    // Monday 30 November 2026 05:00 UTC = 12:00 WIB = 13:00 WITA = 14:00 WIT.
    private static readonly DateTime Due = new(2026, 11, 30, 5, 0, 0, DateTimeKind.Utc);

    private static PlaceholderValues Values(string? name = "Budi Santoso", bool hidden = false, string culture = "id-ID",
        string timeZone = IndonesianTimeZones.Wib, DateTime? due = null) =>
        new(name, hidden, "ADU-2026-000123", "7K3QF9XW2M", "Pengupahan", due ?? Due, timeZone, "Dewi Anggraini",
            "Tim Pengupahan & THR", CultureInfo.GetCultureInfo(culture));

    [Theory]
    [InlineData("{{pelapor.nama}}", "Budi Santoso")]
    [InlineData("{{citizen.name}}", "Budi Santoso")]
    [InlineData("{{tiket.nomor}}", "ADU-2026-000123")]
    [InlineData("{{ticket.number}}", "ADU-2026-000123")]
    [InlineData("{{tiket.kode}}", "7K3QF9XW2M")]
    [InlineData("{{ticket.code}}", "7K3QF9XW2M")]
    [InlineData("{{tiket.kategori}}", "Pengupahan")]
    [InlineData("{{ticket.category}}", "Pengupahan")]
    [InlineData("{{tiket.tenggat}}", "Senin, 30 November 2026 pukul 12.00 WIB")]
    [InlineData("{{ticket.deadline}}", "Senin, 30 November 2026 pukul 12.00 WIB")]
    [InlineData("{{petugas.nama}}", "Dewi Anggraini")]
    [InlineData("{{officer.name}}", "Dewi Anggraini")]
    [InlineData("{{unit.nama}}", "Tim Pengupahan & THR")]
    [InlineData("{{unit.name}}", "Tim Pengupahan & THR")]
    [InlineData("{{ Pelapor.Nama }}", "Budi Santoso")]
    public void Fill_EveryAllowedName_GivesItsValue(string template, string expected) =>
        Assert.Equal(expected, Placeholders.Fill(template, Values()));

    [Fact]
    public void Fill_AllowList_CoversEveryPlaceholderInBothLanguages() =>
        Assert.Equal(Enum.GetValues<Placeholder>().Order(), Placeholders.AllowList.Select(p => p.Placeholder).Order());

    [Fact]
    public void Fill_ASentence_ReplacesEachPlaceholderAndKeepsTheRest() =>
        Assert.Equal("Yth. Bapak/Ibu Budi Santoso, laporan ADU-2026-000123 kami tangani paling lambat Senin, 30 November 2026 pukul 12.00 WIB.",
            Placeholders.Fill("Yth. Bapak/Ibu {{pelapor.nama}}, laporan {{tiket.nomor}} kami tangani paling lambat {{tiket.tenggat}}.", Values()));

    [Theory]
    [InlineData("{{tiket.kode}}")]
    [InlineData("{{petugas.nama}} **tebal** <script>alert(1)</script>")]
    public void Fill_ValueThatLooksLikeATemplate_IsNeverReadAgain(string citizenName)
    {
        var filled = Placeholders.Fill("Halo {{pelapor.nama}}, kode Anda {{tiket.kode}}.", Values(name: citizenName));

        Assert.Equal($"Halo {citizenName}, kode Anda 7K3QF9XW2M.", filled);
    }

    [Fact]
    public void Unfilled_CitizenNamedLikeAPlaceholder_IsTheirNameNotAForgottenPlaceholder()
    {
        var filled = Placeholders.Fill("Halo {{pelapor.nama}}, paling lambat {{tiket.tenggat}}.", Values(name: "{{tiket.kode}}") with { DueUtc = null });

        var unfilled = Placeholders.Unfilled(filled, "{{tiket.kode}}");

        // Only the deadline the officer still has to write is left, at its place in the reply.
        var token = Assert.Single(unfilled);
        Assert.Equal("{{tiket.tenggat}}", filled.Substring(token.Start, token.Length));
        Assert.Empty(Placeholders.Unfilled("Halo {{tiket.kode}}.", "{{tiket.kode}}"));
    }

    [Theory]
    [InlineData("id-ID", "Yth. Bapak/Ibu")]
    [InlineData("en-GB", "Yth. Sir/Madam")]
    public void Fill_AnonymousComplainant_GetsANeutralGreetingNeverTheName(string culture, string expected) =>
        Assert.Equal(expected, Placeholders.Fill("Yth. {{pelapor.nama}}", Values(name: "Budi Santoso", hidden: true, culture: culture)));

    [Theory]
    [InlineData(IndonesianTimeZones.Wib, "id-ID", "Senin, 30 November 2026 pukul 12.00 WIB")]
    [InlineData(IndonesianTimeZones.Wita, "id-ID", "Senin, 30 November 2026 pukul 13.00 WITA")]
    [InlineData(IndonesianTimeZones.Wit, "id-ID", "Senin, 30 November 2026 pukul 14.00 WIT")]
    [InlineData(IndonesianTimeZones.Wib, "en-GB", "Monday, 30 November 2026 at 12:00 WIB")]
    [InlineData(IndonesianTimeZones.Wit, "en-GB", "Monday, 30 November 2026 at 14:00 WIT")]
    public void Fill_Deadline_IsInTheTeamsTimeZoneAndTheRepliesLanguage(string timeZone, string culture, string expected) =>
        Assert.Equal(expected, Placeholders.Fill("{{tiket.tenggat}}", Values(timeZone: timeZone, culture: culture)));

    [Fact]
    public void Fill_DeadlineUnknownWhilePaused_StaysUnfilledSoTheReplyCannotBeSent()
    {
        var filled = Placeholders.Fill("Paling lambat {{tiket.tenggat}}.", Values() with { DueUtc = null });

        Assert.Equal("Paling lambat {{tiket.tenggat}}.", filled);
        Assert.Single(Placeholders.Unfilled(filled));
    }

    [Theory]
    [InlineData("Halo {{pelapor.nma}}", "pelapor.nma", "pelapor.nama")]
    [InlineData("Halo {{citizen.nam}}", "citizen.nam", "citizen.name")]
    [InlineData("Halo {{warga.alamat}}", "warga.alamat", null)]
    public void Problems_UnknownOrMisspelledName_IsPointedAtWithASuggestion(string template, string written, string? suggestion)
    {
        var problem = Assert.Single(Placeholders.Problems(template));

        Assert.Equal((5, written, suggestion), (problem.Start, problem.Written, problem.Suggestion));
    }

    [Fact]
    public void Problems_UnclosedBraces_AreAProblem() =>
        Assert.Equal(5, Assert.Single(Placeholders.Problems("Halo {{pelapor.nama, terima kasih")).Start);

    [Fact]
    public void Problems_ValidTemplate_HasNone() =>
        Assert.Empty(Placeholders.Problems("Halo {{pelapor.nama}} ({{tiket.nomor}}), salam {{petugas.nama}}"));
}
