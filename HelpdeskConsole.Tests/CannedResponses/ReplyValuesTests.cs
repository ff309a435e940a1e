using HelpdeskConsole.CannedResponses;
using HelpdeskConsole.Escalation;
using HelpdeskConsole.Intake;
using HelpdeskConsole.Teams;
using HelpdeskConsole.Tickets;

namespace HelpdeskConsole.Tests.CannedResponses;

public sealed class ReplyValuesTests : CannedResponseTestBase
{
    [Fact]
    public async Task ForTicket_OpenComplainant_FillsTheCitizensName()
    {
        var id = await FileAsync(identityMode: "terbuka");

        var values = await Values.ForTicketAsync(Officer, id, "id");

        Assert.NotNull(values);
        Assert.False(values.IdentityHidden);
        Assert.Equal("Yth. Budi Santoso,", Placeholders.Fill("Yth. {{pelapor.nama}},", values));
    }

    [Theory]
    [InlineData("anonim", "id", "Yth. Bapak/Ibu,")]
    [InlineData("anonim", "en", "Yth. Sir/Madam,")]
    [InlineData("rahasia", "id", "Yth. Bapak/Ibu,")]
    [InlineData("rahasia", "en", "Yth. Sir/Madam,")]
    public async Task ForTicket_HiddenIdentity_GreetsNeutrallyWithoutTheName(string identityMode, string language, string expected)
    {
        var id = await FileAsync(identityMode: identityMode);

        var values = await Values.ForTicketAsync(Lead, id, language);

        Assert.NotNull(values);
        Assert.True(values.IdentityHidden);
        Assert.Equal(expected, Placeholders.Fill("Yth. {{pelapor.nama}},", values));
    }

    [Theory]
    [InlineData("id", "Pengupahan")]
    [InlineData("en", "Wages")]
    public async Task ForTicket_Language_NamesTheCategoryInThatLanguage(string language, string category)
    {
        var id = await FileAsync();

        var values = await Values.ForTicketAsync(Officer, id, language);

        Assert.NotNull(values);
        Assert.Equal(category, Placeholders.Fill("{{tiket.kategori}}", values));
        Assert.Equal(language, values.Culture.TwoLetterISOLanguageName);
    }

    [Fact]
    public async Task ForTicket_Ticket_NamesItsTeamAsUnitAndTheViewerAsOfficer()
    {
        var id = await FileAsync();
        var ticket = await ReadAsync(id);

        var forOfficer = await Values.ForTicketAsync(Officer, id, "id");
        var forColleague = await Values.ForTicketAsync(Colleague, id, "id");

        Assert.NotNull(forOfficer);
        Assert.Equal("Tim Pengupahan & THR", Placeholders.Fill("{{unit.nama}}", forOfficer));
        Assert.Equal("Sari Wulandari", Placeholders.Fill("{{petugas.nama}}", forOfficer));
        Assert.Equal("Rina Marlina", Placeholders.Fill("{{officer.name}}", forColleague!));
        Assert.Equal(ticket.Number, Placeholders.Fill("{{tiket.nomor}}", forOfficer));
        Assert.Equal(TrackingCode.Display(ticket.TrackingCode), Placeholders.Fill("{{tiket.kode}}", forOfficer));
        Assert.Equal(IndonesianTimeZones.Wib, forOfficer.TimeZoneId);
    }

    [Theory]
    [InlineData("otherOfficer")]
    [InlineData("otherLead")]
    public async Task ForTicket_ViewerOfAnotherTeam_GetsNothing(string viewer)
    {
        var id = await FileAsync();

        var values = await Values.ForTicketAsync(viewer == "otherLead" ? OtherLead : OtherTeamOfficer, id, "id");

        Assert.Null(values);
    }

    [Fact]
    public async Task ForTicket_ConfidentialTicketForAnOfficerNotOnIt_GetsNothing()
    {
        var id = await FileAsync(identityMode: "rahasia");

        Assert.Null(await Values.ForTicketAsync(Officer, id, "id"));
        Assert.NotNull(await Values.ForTicketAsync(Lead, id, "id"));
    }

    [Fact]
    public async Task ForTicket_NewTicket_PromisesTheResolutionDeadlineNotTheFirstResponseOne()
    {
        var id = await FileAsync();
        var ticket = await ReadAsync(id);
        Assert.Equal(DeadlineKind.FirstResponse, ticket.DueKind);

        var values = await Values.ForTicketAsync(Officer, id, "id");

        Assert.NotNull(values?.DueUtc);
        Assert.True(values.DueUtc > ticket.DueAt, $"promised {values.DueUtc:O}, first response due {ticket.DueAt:O}");
        // 14 working days (the P2 resolution target) are at least 14 calendar days.
        Assert.True(values.DueUtc >= Start.UtcDateTime.AddDays(14), $"promised {values.DueUtc:O}");
        Assert.DoesNotContain("{{", Placeholders.Fill("{{tiket.tenggat}}", values), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForTicket_AfterFirstReply_PromisesTheStoredResolutionDeadline()
    {
        var id = await FileAsync();
        Clock.Advance(TimeSpan.FromHours(1));
        Assert.True((await Workspace.AddMessageAsync(Officer, await LoadAsync(Officer, id), "Selamat pagi, kami tindak lanjuti.", isPublic: true)).Succeeded);
        var ticket = await ReadAsync(id);
        Assert.Equal(DeadlineKind.Resolution, ticket.DueKind);

        var values = await Values.ForTicketAsync(Officer, id, "id");

        Assert.Equal(ticket.DueAt, values?.DueUtc);
    }

    [Fact]
    public async Task ForTicket_WaitingOnCitizen_HasNoDeadlineToPromise()
    {
        var id = await FileAsync();
        Assert.True((await Workspace.TransitionAsync(Officer, await LoadAsync(Officer, id), TicketAction.Verify, null)).Succeeded);
        Assert.True((await Workspace.TransitionAsync(Officer, await LoadAsync(Officer, id), TicketAction.StartProcessing, null)).Succeeded);
        Assert.True((await Workspace.AddMessageAsync(Officer, await LoadAsync(Officer, id), "Mohon kirim slip gaji Anda.", isPublic: true)).Succeeded);
        Assert.NotNull((await Values.ForTicketAsync(Officer, id, "id"))?.DueUtc);
        Assert.True((await Workspace.TransitionAsync(Officer, await LoadAsync(Officer, id), TicketAction.AwaitCitizen, null)).Succeeded);

        var values = await Values.ForTicketAsync(Officer, id, "id");

        Assert.NotNull(values);
        Assert.Null(values.DueUtc);
    }

    [Fact]
    public async Task ForTicket_ResolvedTicket_HasNoDeadlineToPromise()
    {
        var id = await FileAsync();
        Assert.True((await Workspace.TransitionAsync(Officer, await LoadAsync(Officer, id), TicketAction.Verify, null)).Succeeded);
        Assert.True((await Workspace.TransitionAsync(Officer, await LoadAsync(Officer, id), TicketAction.StartProcessing, null)).Succeeded);
        Assert.True((await Workspace.TransitionAsync(Officer, await LoadAsync(Officer, id), TicketAction.Resolve, "Upah sudah dibayar perusahaan.")).Succeeded);

        var values = await Values.ForTicketAsync(Officer, id, "id");

        Assert.NotNull(values);
        Assert.Null(values.DueUtc);
        Assert.Equal("{{tiket.tenggat}}", Placeholders.Fill("{{tiket.tenggat}}", values));
    }
}
