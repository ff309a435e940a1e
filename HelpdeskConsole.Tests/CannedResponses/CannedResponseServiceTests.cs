using HelpdeskConsole.CannedResponses;
using HelpdeskConsole.Identity;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskConsole.Tests.CannedResponses;

public sealed class CannedResponseServiceTests : CannedResponseTestBase
{
    private static readonly ResponseFilter All = new();
    private static readonly ResponseFilter Mine = new(Scope: ResponseScope.Mine);
    private static readonly ResponseFilter AwaitingApproval = new(Scope: ResponseScope.AwaitingApproval);

    private Viewer Who(string name) => name switch
    {
        "officer" => Officer,
        "colleague" => Colleague,
        "lead" => Lead,
        "otherLead" => OtherLead,
        "otherOfficer" => OtherTeamOfficer,
        "admin" => Admin,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    /// <summary>A personal text of the officer, proposed to the UPAH team (version 2).</summary>
    private async Task<int> ProposedAsync(string shortcut = "salam-umum")
    {
        var id = await CreateAsync(Officer, Text(shortcut));
        var proposed = await Library.ProposeAsync(Principal(Officer), id, 1);
        Assert.True(proposed.Succeeded, Describe(proposed));
        return id;
    }

    private async Task<IReadOnlyList<ResponseChange>> ChangesAsync(Viewer viewer, int id) =>
        [.. (await Library.VersionsAsync(viewer, id)).Select(v => v.Change)];

    private async Task SendReplyAsync(Viewer officer, params int[] used)
    {
        var ticket = await FileAsync();
        var sent = await Workspace.AddMessageAsync(officer, await LoadAsync(officer, ticket), "Selamat pagi, Bapak Budi. Kami tindak lanjuti.",
            isPublic: true, usedResponses: used);
        Assert.True(sent.Succeeded, sent.Message);
    }

    // ---- Who may write what ------------------------------------------------------------------------------------------

    [Fact]
    public async Task Create_OfficerPersonalText_IsTheirOwnWithAFirstVersion()
    {
        var id = await CreateAsync(Officer, Text("salam-umum"));

        var item = Assert.Single(await Library.ListAsync(Officer, Mine));
        Assert.Equal(id, item.Id);
        Assert.Equal(ResponseVisibility.Personal, item.Visibility);
        Assert.Null(item.TeamId);
        Assert.Equal("Sari Wulandari", item.OwnerName);
        Assert.True(item.CanEdit);
        Assert.Equal(1, item.Version);
        var version = Assert.Single(await Library.VersionsAsync(Officer, id));
        Assert.Equal(ResponseChange.Created, version.Change);
        Assert.Equal("Sari Wulandari", version.AuthorName);
        Assert.Equal(Start.UtcDateTime, version.At);
    }

    [Theory]
    [InlineData(ResponseVisibility.Team, "Error_TeamVisibilityNotAllowed")]
    [InlineData(ResponseVisibility.Everyone, "Error_EveryoneNotAllowed")]
    public async Task Create_OfficerTeamOrEveryoneText_IsRefusedOnVisibility(ResponseVisibility visibility, string code)
    {
        var result = await Library.CreateAsync(Principal(Officer), Text("salam-umum", visibility: visibility, teamId: UpahTeamId));

        Assert.False(result.Succeeded);
        Assert.NotNull(result.ErrorFor(nameof(ResponseInput.Visibility)));
        Assert.Contains(result.Errors, e => e.Field == nameof(ResponseInput.Visibility) && e.Code == code);
        Assert.Empty(await Library.ListAsync(Admin, All));
    }

    [Fact]
    public async Task Create_LeadTeamTextWithoutTeam_IsForTheLeadsOwnTeam()
    {
        var id = await CreateAsync(Lead, Text("salam-umum", visibility: ResponseVisibility.Team));

        var item = await FindAsync(Admin, id);
        Assert.NotNull(item);
        Assert.Equal(ResponseVisibility.Team, item.Visibility);
        Assert.Equal(UpahTeamId, item.TeamId);
        Assert.Contains(await Library.PickableAsync(Colleague), p => p.Id == id);
        Assert.DoesNotContain(await Library.PickableAsync(OtherTeamOfficer), p => p.Id == id);
    }

    [Fact]
    public async Task Create_LeadTextForAnotherTeam_IsRefusedOnTeam()
    {
        var result = await Library.CreateAsync(Principal(Lead), Text("salam-umum", visibility: ResponseVisibility.Team, teamId: PhkTeamId));

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Field == nameof(ResponseInput.TeamId) && e.Code == "Error_OwnTeamOnly");
        Assert.Empty(await Library.ListAsync(Admin, All));
    }

    [Fact]
    public async Task Create_LeadEveryoneText_IsRefusedOnVisibility()
    {
        var result = await Library.CreateAsync(Principal(Lead), Text("salam-umum", visibility: ResponseVisibility.Everyone));

        Assert.Contains(result.Errors, e => e.Field == nameof(ResponseInput.Visibility) && e.Code == "Error_EveryoneNotAllowed");
        Assert.Empty(await Library.ListAsync(Admin, All));
    }

    [Fact]
    public async Task Create_AdminEveryoneAndOtherTeamTexts_AreOfferedToTheirAudience()
    {
        var desk = await CreateAsync(Admin, Text("salam-umum", visibility: ResponseVisibility.Everyone));
        var phk = await CreateAsync(Admin, Text("salam-phk", visibility: ResponseVisibility.Team, teamId: PhkTeamId));

        var officerPicks = (await Library.PickableAsync(Officer)).Select(p => p.Id).ToList();
        var otherTeamPicks = (await Library.PickableAsync(OtherTeamOfficer)).Select(p => p.Id).ToList();
        Assert.Equal([desk], officerPicks);
        Assert.Equal(new[] { desk, phk }.Order(), otherTeamPicks.Order());
        Assert.Equal(PhkTeamId, (await FindAsync(Admin, phk))!.TeamId);
    }

    [Fact]
    public async Task Create_AdminTeamTextWithoutTeam_IsRefusedOnTeam()
    {
        var result = await Library.CreateAsync(Principal(Admin), Text("salam-umum", visibility: ResponseVisibility.Team));

        Assert.Contains(result.Errors, e => e.Field == nameof(ResponseInput.TeamId) && e.Code == "Error_TeamRequired");
        Assert.Empty(await Library.ListAsync(Admin, All));
    }

    // ---- Validation --------------------------------------------------------------------------------------------------

    [Fact]
    public async Task Create_MisspelledPlaceholder_IsRefusedOnBodyNamingPositionAndSuggestion()
    {
        var result = await Library.CreateAsync(Principal(Officer), Text("salam-umum", body: "Selamat pagi,\nYth. {{pelapor.nma}}, terima kasih."));

        var error = Assert.Single(result.Errors);
        Assert.Equal(nameof(ResponseInput.Body), error.Field);
        Assert.Equal("Error_PlaceholderSuggest", error.Code);
        Assert.Contains("{{pelapor.nma}}", error.Message, StringComparison.Ordinal);
        Assert.Contains("baris 2, kolom 6", error.Message, StringComparison.Ordinal);
        Assert.Contains("{{pelapor.nama}}", error.Message, StringComparison.Ordinal);
        Assert.Empty(await Library.ListAsync(Officer, All));
    }

    [Fact]
    public async Task Create_UnknownPlaceholder_IsRefusedOnBodyWithoutSuggestion()
    {
        var result = await Library.CreateAsync(Principal(Officer), Text("rekening", body: "Rekening Anda: {{rekening.bank}}"));

        var error = Assert.Single(result.Errors);
        Assert.Equal(nameof(ResponseInput.Body), error.Field);
        Assert.Equal("Error_PlaceholderUnknown", error.Code);
        Assert.Contains("{{rekening.bank}}", error.Message, StringComparison.Ordinal);
        Assert.Contains("baris 1, kolom 16", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_UnclosedPlaceholder_IsRefusedOnBodyNamingPosition()
    {
        var result = await Library.CreateAsync(Principal(Officer), Text("salam-umum", body: "Yth. {{pelapor.nama, terima kasih."));

        var error = Assert.Single(result.Errors);
        Assert.Equal(nameof(ResponseInput.Body), error.Field);
        Assert.Equal("Error_PlaceholderUnclosed", error.Code);
        Assert.Contains("baris 1, kolom 6", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("salam!")]
    [InlineData("salam.umum")]
    [InlineData("-salam")]
    [InlineData("salam--umum")]
    [InlineData("salam-umum-untuk-pelapor-yang-baru-pertama-kali")]
    public async Task Create_BadShortcut_IsRefusedOnShortcut(string shortcut)
    {
        var result = await Library.CreateAsync(Principal(Officer), Text(shortcut));

        Assert.Contains(result.Errors, e => e.Field == nameof(ResponseInput.Shortcut) && e.Code == "Error_ShortcutFormat");
        Assert.Empty(await Library.ListAsync(Officer, All));
    }

    [Theory]
    [InlineData("Salam Umum")]
    [InlineData("::salam umum")]
    [InlineData("SALAM_UMUM")]
    [InlineData("  salam   umum ")]
    public async Task Create_ShortcutAsTyped_IsStoredNormalised(string typed)
    {
        var id = await CreateAsync(Officer, Text(typed));

        Assert.Equal("salam-umum", (await FindAsync(Officer, id))!.Shortcut);
        Assert.Equal("salam-umum", Assert.Single(await Library.PickableAsync(Officer)).Shortcut);
    }

    [Theory]
    [InlineData("officer", ResponseVisibility.Personal)]
    [InlineData("lead", ResponseVisibility.Team)]
    [InlineData("admin", ResponseVisibility.Everyone)]
    public async Task Create_ShortcutTakenInSameScopeAndLanguage_IsRefusedOnShortcut(string author, ResponseVisibility visibility)
    {
        var teamId = visibility == ResponseVisibility.Team ? UpahTeamId : (int?)null;
        await CreateAsync(Who(author), Text("salam-umum", visibility: visibility, teamId: teamId));

        var result = await Library.CreateAsync(Principal(Who(author)), Text("Salam Umum", visibility: visibility, teamId: teamId, title: "Salam lain"));

        Assert.Contains(result.Errors, e => e.Field == nameof(ResponseInput.Shortcut) && e.Code == "Error_ShortcutTaken");
        Assert.Single(await Library.ListAsync(Who(author), All));
    }

    [Fact]
    public async Task Create_ShortcutTakenElsewhere_IsAllowedInAnotherScopeOrLanguage()
    {
        await CreateAsync(Officer, Text("salam-umum"));

        await CreateAsync(Officer, Text("salam-umum", language: "en", body: "Good morning, {{citizen.name}}."));
        await CreateAsync(Colleague, Text("salam-umum"));
        await CreateAsync(Lead, Text("salam-umum", visibility: ResponseVisibility.Team));
        await CreateAsync(OtherLead, Text("salam-umum", visibility: ResponseVisibility.Team));
        await CreateAsync(Admin, Text("salam-umum", visibility: ResponseVisibility.Everyone));

        await using var db = await Db.CreateDbContextAsync();
        Assert.Equal(6, await db.CannedResponses.CountAsync(r => r.Shortcut == "salam-umum"));
    }

    [Fact]
    public async Task Create_Tags_AreLowerCasedTrimmedAndCountedOnce()
    {
        var id = await CreateAsync(Officer, Text("salam-umum", tags: [" #THR ", "A6:Attitude", "thr", " "]));

        Assert.Equal(["thr", "a6:attitude"], (await FindAsync(Officer, id))!.Tags);
        Assert.Equal(["a6:attitude", "thr"], await Library.TagsAsync(Officer));
    }

    [Theory]
    [InlineData("gaji telat")]
    [InlineData("thr!")]
    [InlineData("-thr")]
    [InlineData("label-yang-terlalu-panjang-sekali")]
    public async Task Create_InvalidTag_IsRefusedOnTagsNamingIt(string tag)
    {
        var result = await Library.CreateAsync(Principal(Officer), Text("salam-umum", tags: ["sapaan", tag]));

        var error = Assert.Single(result.Errors);
        Assert.Equal(nameof(ResponseInput.Tags), error.Field);
        Assert.Equal("Error_TagFormat", error.Code);
        Assert.Contains(tag, error.Message, StringComparison.Ordinal);
        Assert.Empty(await Library.ListAsync(Officer, All));
    }

    // ---- Proposing, approving, rejecting -------------------------------------------------------------------------------

    [Fact]
    public async Task Approve_ProposedPersonalText_BecomesTheTeamsAndLeavesTheOwnersHands()
    {
        var id = await CreateAsync(Officer, Text("salam-umum"));
        Assert.Contains(await Library.PickableAsync(Officer), p => p.Id == id);
        Assert.DoesNotContain(await Library.PickableAsync(Colleague), p => p.Id == id);

        Assert.True((await Library.ProposeAsync(Principal(Officer), id, 1)).Succeeded);
        var waiting = Assert.Single(await Library.ListAsync(Lead, AwaitingApproval));
        Assert.Equal(id, waiting.Id);
        Assert.True(waiting.IsProposed);
        Assert.True(waiting.CanReview);
        Assert.DoesNotContain(await Library.PickableAsync(Colleague), p => p.Id == id);

        var approved = await Library.ApproveAsync(Principal(Lead), id, waiting.Version);

        Assert.True(approved.Succeeded, Describe(approved));
        var item = await FindAsync(Officer, id);
        Assert.NotNull(item);
        Assert.Equal(ResponseVisibility.Team, item.Visibility);
        Assert.Equal(UpahTeamId, item.TeamId);
        Assert.False(item.IsProposed);
        Assert.False(item.CanEdit);
        Assert.Contains(await Library.PickableAsync(Colleague), p => p.Id == id);
        Assert.DoesNotContain(await Library.PickableAsync(OtherTeamOfficer), p => p.Id == id);
        Assert.Empty(await Library.ListAsync(Lead, AwaitingApproval));
        Assert.Equal([ResponseChange.Approved, ResponseChange.Proposed, ResponseChange.Created], await ChangesAsync(Lead, id));

        var edit = await Library.UpdateAsync(Principal(Officer), id, item.Version, Text("salam-umum", body: "Diubah sendiri."));

        Assert.Contains(edit.Errors, e => e.Code == "Error_NotYours");
        Assert.Equal(item.Body, (await FindAsync(Officer, id))!.Body);
    }

    [Fact]
    public async Task Approve_ByAdmin_MakesItTheProposingTeamsText()
    {
        var id = await ProposedAsync();
        Assert.Contains(await Library.ListAsync(Admin, AwaitingApproval), i => i.Id == id && i.CanReview);

        Assert.True((await Library.ApproveAsync(Principal(Admin), id, 2)).Succeeded);

        var item = await FindAsync(Colleague, id);
        Assert.Equal(ResponseVisibility.Team, item?.Visibility);
        Assert.Equal(UpahTeamId, item?.TeamId);
    }

    [Theory]
    [InlineData("otherLead")]
    [InlineData("colleague")]
    [InlineData("officer")]
    public async Task Approve_ByAnyoneButTheTeamsLead_IsRefusedAndNothingChanges(string reviewer)
    {
        var id = await ProposedAsync();
        Assert.DoesNotContain(await Library.ListAsync(Who(reviewer), AwaitingApproval), i => i.Id == id);

        var result = await Library.ApproveAsync(Principal(Who(reviewer)), id, 2);

        Assert.False(result.Succeeded);
        Assert.NotEmpty(result.FormErrors);
        var item = await FindAsync(Lead, id);
        Assert.NotNull(item);
        Assert.Equal(ResponseVisibility.Personal, item.Visibility);
        Assert.True(item.IsProposed);
        Assert.Equal(2, item.Version);
        Assert.DoesNotContain(await Library.PickableAsync(Colleague), p => p.Id == id);
    }

    [Fact]
    public async Task Approve_TeamAlreadyHasTheShortcut_IsRefusedAndStaysProposed()
    {
        await CreateAsync(Lead, Text("salam-umum", visibility: ResponseVisibility.Team));
        var id = await ProposedAsync("salam-umum");

        var result = await Library.ApproveAsync(Principal(Lead), id, 2);

        Assert.Contains(result.Errors, e => e.Code == "Error_ApproveShortcutTaken");
        Assert.Contains(await Library.ListAsync(Lead, AwaitingApproval), i => i.Id == id);
    }

    [Fact]
    public async Task Approve_BothHalvesOfALinkedPair_KeepsTheTeamsPairLinked()
    {
        var id = await CreateAsync(Officer, Text("salam-umum"));
        var en = await CreateAsync(Officer, Text("salam-umum", language: "en", body: "Good morning, {{citizen.name}}.", translationId: id));
        Assert.True((await Library.ProposeAsync(Principal(Officer), id, 1)).Succeeded);
        Assert.True((await Library.ProposeAsync(Principal(Officer), en, 1)).Succeeded);

        Assert.True((await Library.ApproveAsync(Principal(Lead), id, 2)).Succeeded);
        // The pair waits for its other half, still proposed to the same team, instead of being split.
        Assert.Equal(en, (await FindAsync(Lead, id))!.TranslationId);
        Assert.True((await Library.ApproveAsync(Principal(Lead), en, 2)).Succeeded);

        Assert.Equal(en, (await FindAsync(Colleague, id))!.TranslationId);
        Assert.Equal(id, (await FindAsync(Colleague, en))!.TranslationId);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public async Task Reject_WithoutReason_IsRefusedOnReasonAndStaysProposed(string? reason)
    {
        var id = await ProposedAsync();

        var result = await Library.RejectAsync(Principal(Lead), id, 2, reason);

        Assert.False(result.Succeeded);
        Assert.NotNull(result.ErrorFor("Reason"));
        var waiting = Assert.Single(await Library.ListAsync(Lead, AwaitingApproval));
        Assert.Equal(2, waiting.Version);
    }

    [Fact]
    public async Task Reject_WithReason_KeepsTextPersonalAndTellsTheOwnerWhy()
    {
        var id = await ProposedAsync();

        var result = await Library.RejectAsync(Principal(Lead), id, 2, "  Terlalu kaku, sapa pelapor dengan namanya.  ");

        Assert.True(result.Succeeded, Describe(result));
        var mine = Assert.Single(await Library.ListAsync(Officer, Mine));
        Assert.Equal(ResponseVisibility.Personal, mine.Visibility);
        Assert.False(mine.IsProposed);
        Assert.Null(mine.TeamId);
        Assert.True(mine.CanEdit);
        Assert.Equal("Terlalu kaku, sapa pelapor dengan namanya.", mine.ReviewNote);
        var latest = (await Library.VersionsAsync(Officer, id))[0];
        Assert.Equal(ResponseChange.Rejected, latest.Change);
        Assert.Equal("Terlalu kaku, sapa pelapor dengan namanya.", latest.Note);
        Assert.Equal("Bambang Sutrisno", latest.AuthorName);
        Assert.Empty(await Library.ListAsync(Lead, AwaitingApproval));
        Assert.DoesNotContain(await Library.PickableAsync(Colleague), p => p.Id == id);
    }

    [Fact]
    public async Task Propose_AfterRejection_WaitsAgainWithoutTheOldNote()
    {
        var id = await ProposedAsync();
        Assert.True((await Library.RejectAsync(Principal(Lead), id, 2, "Terlalu kaku.")).Succeeded);

        var again = await Library.ProposeAsync(Principal(Officer), id, 3);

        Assert.True(again.Succeeded, Describe(again));
        var waiting = Assert.Single(await Library.ListAsync(Lead, AwaitingApproval));
        Assert.Null(waiting.ReviewNote);
        Assert.Equal(4, waiting.Version);
    }

    [Fact]
    public async Task Propose_TwiceInARow_IsRefused()
    {
        var id = await ProposedAsync();

        var result = await Library.ProposeAsync(Principal(Officer), id, 2);

        Assert.Contains(result.Errors, e => e.Code == "Error_AlreadyProposed");
        Assert.Equal(2, (await FindAsync(Officer, id))!.Version);
    }

    // ---- Versions --------------------------------------------------------------------------------------------------

    [Fact]
    public async Task Update_BodyOnly_AddsAVersionWithAuthorTimeAndTheBody()
    {
        var id = await CreateAsync(Officer, Text("salam-umum", body: "Selamat pagi."));
        Clock.Advance(TimeSpan.FromHours(2));

        var result = await Library.UpdateAsync(Principal(Officer), id, 1, Text("salam-umum", body: "Selamat pagi, {{pelapor.nama}}."));

        Assert.True(result.Succeeded, Describe(result));
        var versions = await Library.VersionsAsync(Officer, id);
        Assert.Equal([2, 1], versions.Select(v => v.Number));
        var latest = versions[0];
        Assert.Equal(ResponseChange.Edited, latest.Change);
        Assert.Equal(["Body"], latest.ChangedFields);
        Assert.Equal("Sari Wulandari", latest.AuthorName);
        Assert.Equal(Start.AddHours(2).UtcDateTime, latest.At);
        Assert.Equal("Selamat pagi, {{pelapor.nama}}.", latest.Body);
        Assert.Equal("Selamat pagi.", versions[1].Body);
        var item = await FindAsync(Officer, id);
        Assert.Equal(2, item!.Version);
        Assert.Equal(Start.AddHours(2).UtcDateTime, item.UpdatedAt);
        Assert.Equal("Sari Wulandari", item.UpdatedByName);
    }

    [Fact]
    public async Task Update_SeveralFields_RecordsEachChangedField()
    {
        var id = await CreateAsync(Officer, Text("salam-umum", title: "Salam umum"));
        var upah = await CategoryIdAsync("UPAH");

        var result = await Library.UpdateAsync(Principal(Officer), id, 1, Text("salam-umum", title: "Salam untuk upah", categoryId: upah, tags: ["upah"]));

        Assert.True(result.Succeeded, Describe(result));
        Assert.Equal(["Title", "Category", "Tags"], (await Library.VersionsAsync(Officer, id))[0].ChangedFields);
    }

    [Fact]
    public async Task Update_WithoutChanges_WritesNoVersion()
    {
        var input = Text("salam-umum", tags: ["sapaan"]);
        var id = await CreateAsync(Officer, input);

        var result = await Library.UpdateAsync(Principal(Officer), id, 1, input with { Shortcut = "Salam Umum", Body = "  " + input.Body + "\n", Tags = ["Sapaan"] });

        Assert.True(result.Succeeded, Describe(result));
        Assert.Single(await Library.VersionsAsync(Officer, id));
        Assert.Equal(1, (await FindAsync(Officer, id))!.Version);
    }

    [Fact]
    public async Task Update_FromStaleVersion_IsRefusedNamingWhoChangedItAndChangesNothing()
    {
        var id = await CreateAsync(Lead, Text("salam-umum", visibility: ResponseVisibility.Team, body: "Versi pertama."));
        var byAdmin = await Library.UpdateAsync(Principal(Admin), id, 1,
            Text("salam-umum", visibility: ResponseVisibility.Team, teamId: UpahTeamId, body: "Versi admin."));
        Assert.True(byAdmin.Succeeded, Describe(byAdmin));

        var stale = await Library.UpdateAsync(Principal(Lead), id, 1, Text("salam-umum", visibility: ResponseVisibility.Team, body: "Versi koordinator."));

        var error = Assert.Single(stale.Errors);
        Assert.Equal("Error_ChangedMeanwhile", error.Code);
        Assert.Contains("Ratna Kusumawardani", error.Message, StringComparison.Ordinal);
        var item = await FindAsync(Lead, id);
        Assert.Equal("Versi admin.", item!.Body);
        Assert.Equal(2, item.Version);
        Assert.Equal(2, (await Library.VersionsAsync(Lead, id)).Count);
    }

    [Fact]
    public async Task Rollback_ApprovedTextToFirstVersion_RestoresItsWordsAsANewVersion()
    {
        var id = await CreateAsync(Officer, Text("salam-umum", title: "Salam pertama", body: "Selamat pagi."));
        Assert.True((await Library.UpdateAsync(Principal(Officer), id, 1,
            Text("salam-umum", title: "Salam kedua", body: "Selamat pagi, {{pelapor.nama}}."))).Succeeded);
        Assert.True((await Library.ProposeAsync(Principal(Officer), id, 2)).Succeeded);
        Assert.True((await Library.ApproveAsync(Principal(Lead), id, 3)).Succeeded);
        Clock.Advance(TimeSpan.FromDays(1));

        var result = await Library.RollbackAsync(Principal(Lead), id, 4, 1);

        Assert.True(result.Succeeded, Describe(result));
        var item = await FindAsync(Colleague, id);
        Assert.NotNull(item);
        Assert.Equal("Salam pertama", item.Title);
        Assert.Equal("Selamat pagi.", item.Body);
        Assert.Equal(5, item.Version);
        Assert.Equal(ResponseVisibility.Team, item.Visibility);
        Assert.Equal(UpahTeamId, item.TeamId);
        var latest = (await Library.VersionsAsync(Lead, id))[0];
        Assert.Equal(5, latest.Number);
        Assert.Equal(ResponseChange.RolledBack, latest.Change);
        Assert.Equal("1", latest.Note);
        Assert.Equal(["Title", "Body"], latest.ChangedFields);
        Assert.Equal("Bambang Sutrisno", latest.AuthorName);
        Assert.Equal(Start.AddDays(1).UtcDateTime, latest.At);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(9)]
    [InlineData(0)]
    public async Task Rollback_ToCurrentOrMissingVersion_IsRefusedAndChangesNothing(int toVersion)
    {
        var id = await CreateAsync(Officer, Text("salam-umum", body: "Selamat pagi."));
        Assert.True((await Library.UpdateAsync(Principal(Officer), id, 1, Text("salam-umum", body: "Selamat siang."))).Succeeded);

        var result = await Library.RollbackAsync(Principal(Officer), id, 2, toVersion);

        Assert.Contains(result.Errors, e => e.Code == "Error_VersionGone");
        Assert.Equal(2, (await Library.VersionsAsync(Officer, id)).Count);
        Assert.Equal("Selamat siang.", (await FindAsync(Officer, id))!.Body);
    }

    // ---- Archive ---------------------------------------------------------------------------------------------------

    [Fact]
    public async Task Archive_Text_LeavesLibraryAndPickerButKeepsItsHistory()
    {
        var id = await CreateAsync(Lead, Text("salam-umum", visibility: ResponseVisibility.Team, tags: ["sapaan"]));

        var result = await Library.ArchiveAsync(Principal(Lead), id, 1);

        Assert.True(result.Succeeded, Describe(result));
        Assert.Null(await FindAsync(Lead, id));
        Assert.DoesNotContain(await Library.PickableAsync(Officer), p => p.Id == id);
        Assert.Empty(await Library.TagsAsync(Lead));
        Assert.Equal([ResponseChange.Archived, ResponseChange.Created], await ChangesAsync(Lead, id));
    }

    [Fact]
    public async Task Archive_Text_FreesItsShortcutAndCannotBeEditedAfterwards()
    {
        var id = await CreateAsync(Officer, Text("salam-umum"));
        Assert.True((await Library.ArchiveAsync(Principal(Officer), id, 1)).Succeeded);

        var edit = await Library.UpdateAsync(Principal(Officer), id, 2, Text("salam-umum", body: "Selamat siang."));
        var replacement = await Library.CreateAsync(Principal(Officer), Text("salam-umum"));

        Assert.Contains(edit.Errors, e => e.Code == "Error_Gone");
        Assert.True(replacement.Succeeded, Describe(replacement));
        Assert.Equal([replacement.Value], (await Library.ListAsync(Officer, All)).Select(i => i.Id));
    }

    [Fact]
    public async Task Archive_TeamTextByOfficer_IsRefused()
    {
        var id = await CreateAsync(Lead, Text("salam-umum", visibility: ResponseVisibility.Team));

        var result = await Library.ArchiveAsync(Principal(Officer), id, 1);

        Assert.Contains(result.Errors, e => e.Code == "Error_NotYours");
        Assert.Contains(await Library.PickableAsync(Officer), p => p.Id == id);
    }

    // ---- Translations ----------------------------------------------------------------------------------------------

    [Fact]
    public async Task Create_TranslationInSameScope_LinksBothTexts()
    {
        var id = await CreateAsync(Officer, Text("salam-umum"));

        var en = await CreateAsync(Officer, Text("salam-umum", language: "en", body: "Good morning, {{citizen.name}}.", translationId: id));

        Assert.Equal(en, (await FindAsync(Officer, id))!.TranslationId);
        Assert.Equal(id, (await FindAsync(Officer, en))!.TranslationId);
    }

    [Fact]
    public async Task Create_TranslationOfAlreadyLinkedText_FreesItsPreviousPartner()
    {
        var id = await CreateAsync(Officer, Text("salam-umum"));
        var first = await CreateAsync(Officer, Text("salam-umum", language: "en", translationId: id));

        var second = await CreateAsync(Officer, Text("greeting", language: "en", translationId: id));

        Assert.Equal(second, (await FindAsync(Officer, id))!.TranslationId);
        Assert.Equal(id, (await FindAsync(Officer, second))!.TranslationId);
        Assert.Null((await FindAsync(Officer, first))!.TranslationId);
    }

    [Fact]
    public async Task Create_TranslationInSameLanguage_IsRefusedOnTranslation()
    {
        var id = await CreateAsync(Officer, Text("salam-umum"));

        var result = await Library.CreateAsync(Principal(Officer), Text("salam-pagi", translationId: id));

        Assert.Contains(result.Errors, e => e.Field == nameof(ResponseInput.TranslationId) && e.Code == "Error_TranslationSameLanguage");
        Assert.Null((await FindAsync(Officer, id))!.TranslationId);
    }

    [Theory]
    [InlineData("colleague", ResponseVisibility.Personal)]
    [InlineData("lead", ResponseVisibility.Team)]
    public async Task Create_TranslationInAnotherScope_IsRefusedOnTranslation(string author, ResponseVisibility visibility)
    {
        var id = await CreateAsync(Officer, Text("salam-umum"));

        var result = await Library.CreateAsync(Principal(Who(author)), Text("salam-umum", language: "en", visibility: visibility, translationId: id));

        Assert.Contains(result.Errors, e => e.Field == nameof(ResponseInput.TranslationId) && e.Code == "Error_TranslationScope");
        Assert.Null((await FindAsync(Officer, id))!.TranslationId);
    }

    // ---- Usage -----------------------------------------------------------------------------------------------------

    [Fact]
    public async Task AddMessage_WithUsedResponse_CountsTheUseInTheLibrary()
    {
        var id = await CreateAsync(Lead, Text("salam-umum", visibility: ResponseVisibility.Team));
        Clock.Advance(TimeSpan.FromMinutes(30));

        await SendReplyAsync(Officer, id);

        var item = await FindAsync(Officer, id);
        Assert.Equal(1, item!.Uses);
        Assert.Equal(Start.AddMinutes(30).UtcDateTime, item.LastUsedAt);
        Assert.Equal(1, Assert.Single(await Library.PickableAsync(Officer)).Uses);
    }

    [Fact]
    public async Task AddMessage_WithTextTheOfficerMayNotUse_RecordsNoUseOfIt()
    {
        var colleagues = await CreateAsync(Colleague, Text("salam-rina"));
        var own = await CreateAsync(Officer, Text("salam-umum"));

        await SendReplyAsync(Officer, colleagues, own);

        var theirs = await FindAsync(Colleague, colleagues);
        Assert.Equal(0, theirs!.Uses);
        Assert.Null(theirs.LastUsedAt);
        Assert.Equal(1, (await FindAsync(Officer, own))!.Uses);
    }

    [Fact]
    public async Task List_SortedByMostUsed_PutsTheUsedTextFirst()
    {
        var first = await CreateAsync(Lead, Text("aaa-salam", visibility: ResponseVisibility.Team));
        var last = await CreateAsync(Lead, Text("zzz-salam", visibility: ResponseVisibility.Team));
        var mostUsed = new ResponseFilter(Sort: ResponseSort.MostUsed);
        Assert.Equal([first, last], (await Library.ListAsync(Officer, mostUsed)).Select(i => i.Id));

        await SendReplyAsync(Officer, last);

        Assert.Equal([last, first], (await Library.ListAsync(Officer, mostUsed)).Select(i => i.Id));
    }

    // ---- Filters ---------------------------------------------------------------------------------------------------

    /// <summary>Two desk texts (a linked id/en pair), two UPAH team texts, the officer's own and the colleague's own.</summary>
    private async Task<Dictionary<string, int>> SeedLibraryAsync()
    {
        var thr = await CategoryIdAsync("THR");
        var upah = await CategoryIdAsync("UPAH");
        var ids = new Dictionary<string, int>
        {
            ["pembuka"] = await CreateAsync(Admin, Text("salam-pagi", visibility: ResponseVisibility.Everyone, title: "Salam Pembuka Pagi",
                body: "Selamat pagi, {{pelapor.nama}}.", tags: ["sapaan"])),
        };
        ids["opening"] = await CreateAsync(Admin, Text("salam-pagi", language: "en", visibility: ResponseVisibility.Everyone, title: "Morning greeting",
            body: "Good morning, {{citizen.name}}.", tags: ["sapaan"], translationId: ids["pembuka"]));
        ids["thr"] = await CreateAsync(Lead, Text("thr-cair", visibility: ResponseVisibility.Team, title: "Jadwal pencairan THR",
            body: "THR wajib dibayar paling lambat tujuh hari sebelum hari raya.", purpose: ResponsePurpose.Solusi, categoryId: thr, tags: ["thr-2026"]));
        ids["upah"] = await CreateAsync(Lead, Text("upah-minimum", visibility: ResponseVisibility.Team, title: "Upah di bawah minimum",
            body: "Upah di bawah UMP dapat dilaporkan ke pengawas; iuran BPJS tetap wajib.", purpose: ResponsePurpose.Solusi, categoryId: upah,
            tags: ["thr", "pengawasan"]));
        ids["penutup"] = await CreateAsync(Officer, Text("penutup-saya", title: "Penutup saya", body: "Terima kasih. Salam, {{petugas.nama}}.",
            purpose: ResponsePurpose.Penutup));
        ids["rina"] = await CreateAsync(Colleague, Text("penutup-rina", title: "Penutup Rina", body: "Terima kasih, salam hangat.",
            purpose: ResponsePurpose.Penutup));
        return ids;
    }

    private async Task<IReadOnlyList<string>> ListedAsync(Viewer viewer, ResponseFilter filter, Dictionary<string, int> ids)
    {
        var names = ids.ToDictionary(p => p.Value, p => p.Key);
        return [.. (await Library.ListAsync(viewer, filter)).Select(i => names[i.Id]).Order(StringComparer.Ordinal)];
    }

    [Theory]
    [InlineData("PEMBUKA", "pembuka")]
    [InlineData("Thr-Cair", "thr")]
    [InlineData("bpjs", "upah")]
    [InlineData("SALAM", "opening", "pembuka", "penutup")]
    [InlineData("tidak ada")]
    public async Task List_Search_MatchesTitleShortcutOrBodyIgnoringCase(string search, params string[] expected)
    {
        var ids = await SeedLibraryAsync();

        Assert.Equal(expected, await ListedAsync(Officer, new ResponseFilter(Search: search), ids));
    }

    [Fact]
    public async Task List_Purpose_ShowsOnlyThatStage()
    {
        var ids = await SeedLibraryAsync();

        Assert.Equal(["thr", "upah"], await ListedAsync(Officer, new ResponseFilter(Purpose: ResponsePurpose.Solusi), ids));
    }

    [Fact]
    public async Task List_Category_ShowsItsOwnTextsAndThoseForEveryCategory()
    {
        var ids = await SeedLibraryAsync();

        Assert.Equal(["opening", "pembuka", "penutup", "upah"],
            await ListedAsync(Officer, new ResponseFilter(CategoryId: await CategoryIdAsync("UPAH")), ids));
    }

    [Fact]
    public async Task List_Language_ShowsOnlyThatLanguage()
    {
        var ids = await SeedLibraryAsync();

        Assert.Equal(["opening"], await ListedAsync(Officer, new ResponseFilter(Language: "en"), ids));
    }

    [Theory]
    [InlineData("thr", "upah")]
    [InlineData("#THR-2026", "thr")]
    [InlineData("sapaan", "opening", "pembuka")]
    public async Task List_Tag_MatchesWholeTagsOnly(string tag, params string[] expected)
    {
        var ids = await SeedLibraryAsync();

        Assert.Equal(expected, await ListedAsync(Officer, new ResponseFilter(Tag: tag), ids));
    }

    [Fact]
    public async Task List_ScopeMine_ShowsOnlyTheViewersPersonalTexts()
    {
        var ids = await SeedLibraryAsync();

        Assert.Equal(["penutup"], await ListedAsync(Officer, Mine, ids));
        Assert.Empty(await ListedAsync(Lead, Mine, ids));
    }

    [Fact]
    public async Task List_All_ShowsWhatTheViewerMayReadButNotColleaguesPersonalTexts()
    {
        var ids = await SeedLibraryAsync();

        Assert.Equal(["opening", "pembuka", "penutup", "thr", "upah"], await ListedAsync(Officer, All, ids));
        Assert.Equal(["opening", "pembuka"], await ListedAsync(OtherTeamOfficer, All, ids));
        Assert.Equal(["opening", "pembuka", "thr", "upah"], await ListedAsync(Lead, All, ids));
    }

    [Fact]
    public async Task List_Admin_SeesSharedTextsAndProposalsButNotSomeonesPersonalDrafts()
    {
        var draft = await CreateAsync(Officer, Text("draf-saya"));
        var proposal = await CreateAsync(Colleague, Text("usulan-rina"));
        Assert.True((await Library.ProposeAsync(Principal(Colleague), proposal, 1)).Succeeded);

        var listed = (await Library.ListAsync(Admin, All)).Select(i => i.Id).ToList();

        Assert.DoesNotContain(draft, listed);
        Assert.Contains(proposal, listed);
    }

    [Fact]
    public async Task Export_CsvCellThatASpreadsheetWouldRun_IsEscapedAndImportsBackAsWritten()
    {
        await CreateAsync(Admin, Text("langkah", visibility: ResponseVisibility.Everyone, title: "=HYPERLINK(\"x\")",
            body: "- bawa slip gaji\n- bawa kontrak kerja"));
        var (_, _, content) = await Library.ExportAsync(Admin, All, ExportFormat.Csv);
        var text = System.Text.Encoding.UTF8.GetString(content);

        Assert.Contains("'=HYPERLINK", text, StringComparison.Ordinal);
        Assert.Contains("\"'- bawa slip gaji", text, StringComparison.Ordinal);
        var result = await Library.ImportAsync(Principal(Officer), new MemoryStream(content), ExportFormat.Csv, ResponseVisibility.Personal, null);
        Assert.True(result.Succeeded, Describe(result));
        var mine = Assert.Single(await Library.ListAsync(Officer, Mine));
        Assert.Equal("=HYPERLINK(\"x\")", mine.Title);
        Assert.Equal("- bawa slip gaji\n- bawa kontrak kerja", mine.Body);
    }

    // ---- Export and import -------------------------------------------------------------------------------------------

    /// <summary>The desk's texts: a linked Indonesian/English greeting and a THR answer.</summary>
    private async Task SeedDeskTextsAsync()
    {
        var id = await CreateAsync(Admin, Text("salam-pagi", visibility: ResponseVisibility.Everyone, title: "Salam pagi",
            body: "Selamat pagi, {{pelapor.nama}}.", tags: ["sapaan"]));
        await CreateAsync(Admin, Text("salam-pagi", language: "en", visibility: ResponseVisibility.Everyone, title: "Morning greeting",
            body: "Good morning, {{citizen.name}}.", tags: ["sapaan"], translationId: id));
        await CreateAsync(Admin, Text("thr-cair", visibility: ResponseVisibility.Everyone, title: "Jadwal pencairan THR",
            body: "THR dibayar paling lambat **tujuh hari** sebelum hari raya,\nsesuai Permenaker 6/2016.", purpose: ResponsePurpose.Solusi,
            categoryId: await CategoryIdAsync("THR"), tags: ["thr", "a6:attitude"]));
    }

    private async Task<List<ResponseListItem>> TeamTextsAsync() =>
        [.. (await Library.ListAsync(Colleague, All)).Where(i => i.Visibility == ResponseVisibility.Team)];

    [Fact]
    public async Task Import_JsonExportedByAdmin_CreatesTheTeamsOwnLinkedCopies()
    {
        await SeedDeskTextsAsync();
        var (name, type, content) = await Library.ExportAsync(Admin, All, ExportFormat.Json);
        Assert.Equal("canned-responses-20261130.json", name);
        Assert.Equal("application/json", type);

        var result = await Library.ImportAsync(Principal(Lead), new MemoryStream(content), ExportFormat.Json, ResponseVisibility.Team, null);

        Assert.True(result.Succeeded, Describe(result));
        Assert.Equal((3, 0, 0), (result.Value!.Created, result.Value.Updated, result.Value.Unchanged));
        Assert.Empty(result.Value.Problems);
        var team = await TeamTextsAsync();
        Assert.Equal(3, team.Count);
        Assert.All(team, i => Assert.Equal(UpahTeamId, i.TeamId));
        var id = team.Single(i => i.Shortcut == "salam-pagi" && i.Language == "id");
        var en = team.Single(i => i.Shortcut == "salam-pagi" && i.Language == "en");
        Assert.Equal(en.Id, id.TranslationId);
        Assert.Equal(id.Id, en.TranslationId);
        var thr = team.Single(i => i.Shortcut == "thr-cair");
        Assert.Equal("THR", thr.CategoryCode);
        Assert.Equal(ResponsePurpose.Solusi, thr.Purpose);
        Assert.Equal(["thr", "a6:attitude"], thr.Tags);
        Assert.Equal("THR dibayar paling lambat **tujuh hari** sebelum hari raya,\nsesuai Permenaker 6/2016.", thr.Body);
        var version = Assert.Single(await Library.VersionsAsync(Lead, thr.Id));
        Assert.Equal(ResponseChange.Imported, version.Change);
        Assert.Equal("Bambang Sutrisno", version.AuthorName);
    }

    [Fact]
    public async Task Import_SameFileTwice_ReportsEverythingUnchangedAndWritesNoVersions()
    {
        await SeedDeskTextsAsync();
        var (_, _, content) = await Library.ExportAsync(Admin, All, ExportFormat.Json);
        Assert.True((await Library.ImportAsync(Principal(Lead), new MemoryStream(content), ExportFormat.Json, ResponseVisibility.Team, null)).Succeeded);

        var again = await Library.ImportAsync(Principal(Lead), new MemoryStream(content), ExportFormat.Json, ResponseVisibility.Team, null);

        Assert.True(again.Succeeded, Describe(again));
        Assert.Equal((0, 0, 3), (again.Value!.Created, again.Value.Updated, again.Value.Unchanged));
        Assert.Empty(again.Value.Problems);
        var team = await TeamTextsAsync();
        Assert.Equal(3, team.Count);
        foreach (var item in team)
        {
            Assert.Equal(1, item.Version);
            Assert.Single(await Library.VersionsAsync(Lead, item.Id));
        }
    }

    [Fact]
    public async Task Import_CsvExport_RoundTripsIntoPersonalTexts()
    {
        await SeedDeskTextsAsync();
        var (name, type, content) = await Library.ExportAsync(Admin, All, ExportFormat.Csv);
        Assert.Equal("canned-responses-20261130.csv", name);
        Assert.Equal("text/csv", type);

        var result = await Library.ImportAsync(Principal(Officer), new MemoryStream(content), ExportFormat.Csv, ResponseVisibility.Personal, null);

        Assert.True(result.Succeeded, Describe(result));
        Assert.Equal(3, result.Value!.Created);
        Assert.Empty(result.Value.Problems);
        var mine = await Library.ListAsync(Officer, Mine);
        Assert.Equal(3, mine.Count);
        Assert.Equal("THR dibayar paling lambat **tujuh hari** sebelum hari raya,\nsesuai Permenaker 6/2016.",
            mine.Single(i => i.Shortcut == "thr-cair").Body);
        Assert.Equal(["thr", "a6:attitude"], mine.Single(i => i.Shortcut == "thr-cair").Tags);
        Assert.Equal(mine.Single(i => i.Language == "en").Id, mine.Single(i => i.Shortcut == "salam-pagi" && i.Language == "id").TranslationId);
    }

    [Fact]
    public async Task Import_CsvWithChangedBody_UpdatesTheTextAsAnImportedVersion()
    {
        var id = await CreateAsync(Lead, Text("salam-pagi", visibility: ResponseVisibility.Team, title: "Salam pagi", body: "Selamat pagi."));
        Clock.Advance(TimeSpan.FromHours(1));
        const string csv = "shortcut,language,title,category,purpose,tags,translation,body\n"
            + "salam-pagi,id,Salam pagi,,Salam,,,\"Selamat pagi, {{pelapor.nama}}.\"\n";

        var result = await Library.ImportAsync(Principal(Lead), Utf8(csv), ExportFormat.Csv, ResponseVisibility.Team, null);

        Assert.True(result.Succeeded, Describe(result));
        Assert.Equal((0, 1, 0), (result.Value!.Created, result.Value.Updated, result.Value.Unchanged));
        var item = await FindAsync(Officer, id);
        Assert.Equal("Selamat pagi, {{pelapor.nama}}.", item!.Body);
        Assert.Equal(2, item.Version);
        var latest = (await Library.VersionsAsync(Lead, id))[0];
        Assert.Equal(ResponseChange.Imported, latest.Change);
        Assert.Equal(["Body"], latest.ChangedFields);
        Assert.Equal(Start.AddHours(1).UtcDateTime, latest.At);
    }

    [Fact]
    public async Task Import_CsvWithoutRequiredColumns_IsRefusedOnFileNamingThem()
    {
        const string csv = "shortcut,title,body\nsalam-pagi,Salam pagi,Selamat pagi.\n";

        var result = await Library.ImportAsync(Principal(Lead), Utf8(csv), ExportFormat.Csv, ResponseVisibility.Team, null);

        Assert.False(result.Succeeded);
        var error = result.ErrorFor("File");
        Assert.NotNull(error);
        Assert.Contains("language, purpose", error, StringComparison.Ordinal);
        Assert.Empty(await Library.ListAsync(Admin, All));
    }

    [Fact]
    public async Task Import_RowsWithProblems_AreListedByRowWhileTheOthersLand()
    {
        const string csv = """
            shortcut,language,title,category,purpose,tags,translation,body
            salam-pagi,id,Salam pagi,UPAH,Salam,sapaan,,Selamat pagi.
            thr-cair,id,Jadwal THR,GAJI,Solusi,,,THR dibayar paling lambat H-7.
            salam-nama,id,Salam dengan nama,,Salam,,,Yth. {{pelapor.nma}}
            penutup,id,Penutup,,Penutup,,,Terima kasih.
            """;

        var result = await Library.ImportAsync(Principal(Lead), Utf8(csv), ExportFormat.Csv, ResponseVisibility.Team, null);

        Assert.True(result.Succeeded, Describe(result));
        Assert.Equal(2, result.Value!.Created);
        Assert.Equal([(2, "thr-cair"), (3, "salam-nama")], result.Value.Problems.Select(p => (p.Row, p.Shortcut)));
        Assert.Contains("GAJI", result.Value.Problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("{{pelapor.nama}}", result.Value.Problems[1].Message, StringComparison.Ordinal);
        Assert.Equal(["penutup", "salam-pagi"], (await TeamTextsAsync()).Select(i => i.Shortcut).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Import_DuplicateShortcutAndLanguageRows_ReportsTheDuplicate()
    {
        const string csv = """
            shortcut,language,title,category,purpose,tags,translation,body
            salam-pagi,id,Salam pagi,,Salam,,,Selamat pagi.
            Salam Pagi,id,Salam pagi lagi,,Salam,,,Selamat pagi sekali lagi.
            salam-pagi,en,Morning greeting,,Salam,,,Good morning.
            """;

        var result = await Library.ImportAsync(Principal(Lead), Utf8(csv), ExportFormat.Csv, ResponseVisibility.Team, null);

        Assert.True(result.Succeeded, Describe(result));
        Assert.Equal(2, result.Value!.Created);
        var problem = Assert.Single(result.Value.Problems);
        Assert.Equal(2, problem.Row);
        Assert.Equal("salam-pagi", problem.Shortcut);
        Assert.Contains("salam-pagi", problem.Message, StringComparison.Ordinal);
        Assert.Equal("Selamat pagi.", (await TeamTextsAsync()).Single(i => i.Language == "id").Body);
    }

    [Fact]
    public async Task Import_SemicolonCsvWithCapitalisedHeader_IsRead()
    {
        // What a spreadsheet set to Indonesian (decimal comma) saves: semicolons, and a comma inside a field.
        const string csv = """
            Shortcut;Language;Title;Category;Purpose;Tags;Translation;Body
            salam-pagi;id;Salam pagi;upah;salam;Sapaan;;Selamat pagi, {{pelapor.nama}}.
            penutup;id;Penutup;;Penutup;;;Terima kasih, salam hangat.
            """;

        var result = await Library.ImportAsync(Principal(Lead), Utf8(csv), ExportFormat.Csv, ResponseVisibility.Team, null);

        Assert.True(result.Succeeded, Describe(result));
        Assert.Empty(result.Value!.Problems);
        var greeting = (await TeamTextsAsync()).Single(i => i.Shortcut == "salam-pagi");
        Assert.Equal("Selamat pagi, {{pelapor.nama}}.", greeting.Body);
        Assert.Equal("UPAH", greeting.CategoryCode);
        Assert.Equal(["sapaan"], greeting.Tags);
    }

    [Theory]
    [InlineData(ExportFormat.Csv, "shortcut,language,title,category,purpose,tags,translation,body\n", "Import_Empty")]
    [InlineData(ExportFormat.Json, "{ \"responses\": [ ", "Import_BadJson")]
    [InlineData(ExportFormat.Json, "{ \"texts\": [] }", "Import_JsonShape")]
    public async Task Import_UnreadableFile_IsRefusedOnFile(ExportFormat format, string content, string code)
    {
        var result = await Library.ImportAsync(Principal(Lead), Utf8(content), format, ResponseVisibility.Team, null);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Field == "File" && e.Code == code);
    }

    [Fact]
    public async Task Import_HandWrittenJsonArray_CreatesTheTexts()
    {
        const string json = """
            [
              { "shortcut": "salam-pagi", "language": "id", "title": "Salam pagi", "purpose": "salam", "tags": ["Sapaan"], "body": "Selamat pagi.", "translation": "salam-pagi" },
              { "shortcut": "salam-pagi", "language": "en", "title": "Morning greeting", "purpose": "Salam", "body": "Good morning." }
            ]
            """;

        var result = await Library.ImportAsync(Principal(Officer), Utf8(json), ExportFormat.Json, ResponseVisibility.Personal, null);

        Assert.True(result.Succeeded, Describe(result));
        Assert.Equal(2, result.Value!.Created);
        var mine = await Library.ListAsync(Officer, Mine);
        var id = mine.Single(i => i.Language == "id");
        Assert.Equal(["sapaan"], id.Tags);
        Assert.Equal(mine.Single(i => i.Language == "en").Id, id.TranslationId);
    }

    [Fact]
    public async Task Import_OfficerIntoTeam_SkipsEveryRow()
    {
        const string csv = "shortcut,language,title,purpose,body\nsalam-pagi,id,Salam pagi,Salam,Selamat pagi.\n";

        var result = await Library.ImportAsync(Principal(Officer), Utf8(csv), ExportFormat.Csv, ResponseVisibility.Team, UpahTeamId);

        Assert.Equal(0, result.Value!.Created);
        Assert.Equal(1, Assert.Single(result.Value.Problems).Row);
        Assert.Empty(await Library.ListAsync(Admin, All));
    }
}
