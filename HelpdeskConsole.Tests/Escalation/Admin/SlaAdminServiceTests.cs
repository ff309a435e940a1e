using HelpdeskConsole.Administration;
using HelpdeskConsole.Data.Seeding;
using HelpdeskConsole.Escalation;
using HelpdeskConsole.Escalation.Admin;
using HelpdeskConsole.Teams;
using HelpdeskConsole.Tickets;

namespace HelpdeskConsole.Tests.Escalation.Admin;

public sealed class SlaAdminServiceTests : SlaAdminServiceTestBase
{
    private const string WagesTeam = "Tim Pengupahan & THR";

    [Fact]
    public async Task ListPoliciesAsync_FreshInstall_ShowsDomainDefaultsPerPriority()
    {
        var policies = await Sla.ListPoliciesAsync(Admin);

        Assert.Equal([TicketPriority.P1, TicketPriority.P2, TicketPriority.P3, TicketPriority.P4], policies.Select(p => p.Priority));
        Assert.All(policies, p => Assert.True(p.IsGeneral));
        Assert.Equal(SlaTarget.Hours(4), policies[1].FirstResponse);
        Assert.Equal(SlaTarget.Days(5), policies[3].Resolution);
    }

    [Fact]
    public async Task SavePolicyAsync_GeneralRule_ChangesTheRulesAuditsAndAsksForRecalculation()
    {
        var p2 = (await Sla.ListPoliciesAsync(Admin)).Single(p => p.Priority == TicketPriority.P2);
        var provider = Service<SlaRulesProvider>();
        var cached = await provider.GetAsync();
        var upah = await CategoryIdAsync("UPAH");
        Assert.Equal(SlaTarget.Hours(4), cached.Target(TicketPriority.P2, upah, DeadlineKind.FirstResponse));

        // The priority and category of a general rule stay whatever the input says.
        var result = await Sla.SavePolicyAsync(Admin, p2.Id, new SlaPolicyInput(TicketPriority.P4, upah, 2, SlaUnit.WorkingHours, 10, SlaUnit.WorkingDays));

        Assert.True(result.Succeeded);
        var rules = await provider.GetAsync();
        Assert.Equal(SlaTarget.Hours(2), rules.Target(TicketPriority.P2, upah, DeadlineKind.FirstResponse));
        Assert.Equal(SlaTarget.Days(10), rules.Target(TicketPriority.P2, upah, DeadlineKind.Resolution));
        Assert.Equal(SlaTarget.Days(5), rules.Target(TicketPriority.P4, upah, DeadlineKind.Resolution));
        Assert.Equal(1, Recalculation.Requests);
        var entry = Assert.Single(await AuditEntriesAsync());
        Assert.Equal((SlaAuditAreas.SlaPolicy, AuditActions.Updated, "Ratna Kusumawardani"), (entry.Area, entry.Action, entry.ActorName));
        Assert.Equal("FirstResponse: 4 h → 2 h\nResolution: 14 d → 10 d", entry.Details);
    }

    [Theory]
    [InlineData(0, SlaUnit.WorkingHours, "Isi angka bulat 1 sampai 2000 jam kerja.")]
    [InlineData(2001, SlaUnit.WorkingHours, "Isi angka bulat 1 sampai 2000 jam kerja.")]
    [InlineData(366, SlaUnit.WorkingDays, "Isi angka bulat 1 sampai 365 hari kerja.")]
    [InlineData(-1, SlaUnit.WorkingDays, "Isi angka bulat 1 sampai 365 hari kerja.")]
    public async Task SavePolicyAsync_AmountOutsideTheUnitsRange_SaysTheRangeAndSavesNothing(int amount, SlaUnit unit, string message)
    {
        var p1 = (await Sla.ListPoliciesAsync(Admin))[0];

        var result = await Sla.SavePolicyAsync(Admin, p1.Id, new SlaPolicyInput(TicketPriority.P1, null, 1, SlaUnit.WorkingHours, amount, unit));

        Assert.Equal(message, result.ErrorFor(nameof(SlaPolicyInput.ResolutionAmount)));
        Assert.Equal(SlaTarget.Days(14), (await Sla.ListPoliciesAsync(Admin))[0].Resolution);
        Assert.Empty(await AuditEntriesAsync());
        Assert.Equal(0, Recalculation.Requests);
    }

    [Fact]
    public async Task SavePolicyAsync_CategoryOverride_WinsOverTheGeneralRuleForThatCategoryOnly()
    {
        var thr = await CategoryIdAsync("THR");
        var upah = await CategoryIdAsync("UPAH");

        var result = await Sla.SavePolicyAsync(Admin, null, new SlaPolicyInput(TicketPriority.P2, thr, 2, SlaUnit.WorkingHours, 7, SlaUnit.WorkingDays));

        Assert.True(result.Succeeded);
        var rules = await RulesAsync();
        Assert.Equal(SlaTarget.Hours(2), rules.Target(TicketPriority.P2, thr, DeadlineKind.FirstResponse));
        Assert.Equal(SlaTarget.Days(7), rules.Target(TicketPriority.P2, thr, DeadlineKind.Resolution));
        Assert.Equal(SlaTarget.Hours(4), rules.Target(TicketPriority.P2, upah, DeadlineKind.FirstResponse));
        Assert.Equal(SlaTarget.Hours(1), rules.Target(TicketPriority.P1, thr, DeadlineKind.FirstResponse));
        var row = Assert.Single(await Sla.ListPoliciesAsync(Admin), p => !p.IsGeneral);
        Assert.Equal(("THR", TicketPriority.P2), (row.CategoryCode, row.Priority));
        Assert.Equal("Priority: — → P2\nCategory: — → THR\nFirstResponse: — → 2 h\nResolution: — → 7 d", (await AuditEntriesAsync())[^1].Details);
    }

    [Fact]
    public async Task SavePolicyAsync_SecondOverrideForTheSamePriorityAndCategory_IsRefused()
    {
        var thr = await CategoryIdAsync("THR");
        await Sla.SavePolicyAsync(Admin, null, new SlaPolicyInput(TicketPriority.P2, thr, 2, SlaUnit.WorkingHours, 7, SlaUnit.WorkingDays));

        var result = await Sla.SavePolicyAsync(Admin, null, new SlaPolicyInput(TicketPriority.P2, thr, 3, SlaUnit.WorkingHours, 7, SlaUnit.WorkingDays));

        var error = Assert.Single(result.Errors);
        Assert.Equal((nameof(SlaPolicyInput.Priority), "Error_PolicyDuplicate"), (error.Field, error.Code));
        Assert.StartsWith("Sudah ada aturan untuk P2 THR.", error.Message, StringComparison.Ordinal);
        Assert.Single(await Sla.ListPoliciesAsync(Admin), p => !p.IsGeneral);
    }

    [Fact]
    public async Task SavePolicyAsync_NewRuleWithoutCategory_AsksForACategory()
    {
        var result = await Sla.SavePolicyAsync(Admin, null, new SlaPolicyInput(TicketPriority.P3, null, 1, SlaUnit.WorkingDays, 14, SlaUnit.WorkingDays));

        Assert.Equal("Error_CategoryRequired", Assert.Single(result.Errors).Code);
        Assert.Equal(4, (await Sla.ListPoliciesAsync(Admin)).Count);
    }

    [Fact]
    public async Task DeletePolicyAsync_GeneralRule_IsRefusedWithTheReason()
    {
        var p3 = (await Sla.ListPoliciesAsync(Admin)).Single(p => p.Priority == TicketPriority.P3);

        var result = await Sla.DeletePolicyAsync(Admin, p3.Id);

        Assert.Equal("Aturan umum P3 tidak dapat dihapus: setiap prioritas perlu aturan umum. Ubah targetnya saja.", Assert.Single(result.FormErrors));
        Assert.Equal(4, (await Sla.ListPoliciesAsync(Admin)).Count);
    }

    [Fact]
    public async Task DeletePolicyAsync_Override_LetsTheGeneralRuleApplyAgain()
    {
        var thr = await CategoryIdAsync("THR");
        var id = (await Sla.SavePolicyAsync(Admin, null, new SlaPolicyInput(TicketPriority.P2, thr, 2, SlaUnit.WorkingHours, 7, SlaUnit.WorkingDays))).Value;

        var result = await Sla.DeletePolicyAsync(Admin, id);

        Assert.True(result.Succeeded);
        Assert.Equal(SlaTarget.Hours(4), (await RulesAsync()).Target(TicketPriority.P2, thr, DeadlineKind.FirstResponse));
        Assert.Equal(SlaAuditActions.Deleted, (await AuditEntriesAsync())[^1].Action);
        Assert.Equal(2, Recalculation.Requests);
    }

    [Fact]
    public async Task ResetPoliciesAsync_AfterEdits_RestoresDomainDefaultsAndDropsOverrides()
    {
        var policies = await Sla.ListPoliciesAsync(Admin);
        await Sla.SavePolicyAsync(Admin, policies[0].Id, new SlaPolicyInput(TicketPriority.P1, null, 3, SlaUnit.WorkingHours, 2, SlaUnit.WorkingDays));
        await Sla.SavePolicyAsync(Admin, null, new SlaPolicyInput(TicketPriority.P2, await CategoryIdAsync("THR"), 2, SlaUnit.WorkingHours, 7, SlaUnit.WorkingDays));

        var result = await Sla.ResetPoliciesAsync(Admin);

        Assert.True(result.Succeeded);
        var reset = await Sla.ListPoliciesAsync(Admin);
        Assert.Equal(SlaPolicy.Defaults.Select(d => (d.Priority, d.FirstResponse, d.Resolution)), reset.Select(p => (p.Priority, p.FirstResponse, p.Resolution)));
        Assert.Equal((SlaAuditAreas.SlaPolicy, SlaAuditActions.Reset), ((await AuditEntriesAsync())[^1].Area, (await AuditEntriesAsync())[^1].Action));
    }

    [Fact]
    public async Task SaveSettingsAsync_ValidChange_IsWhatTheRulesUse()
    {
        var before = await Sla.GetSettingsAsync(Admin);
        Assert.Equal(new EscalationSettingsInput(true, 75, true, true, true, 120), before);

        var result = await Sla.SaveSettingsAsync(Admin, new EscalationSettingsInput(true, 50, true, false, false, 90));

        Assert.True(result.Succeeded);
        var settings = (await RulesAsync()).Settings;
        Assert.Equal((50, false, false, 90), (settings.WarningPercent, settings.RaisePriorityOnBreach, settings.SecondLevelEnabled, settings.SecondLevelAfterMinutes));
        Assert.Equal("Warning: on, 75% → on, 50%\nRaisePriority: on → off\nSecondLevel: on, 120 min → off", (await AuditEntriesAsync())[^1].Details);
        Assert.Equal(1, Recalculation.Requests);
    }

    [Theory]
    [InlineData(0, 120, nameof(EscalationSettingsInput.WarningPercent))]
    [InlineData(100, 120, nameof(EscalationSettingsInput.WarningPercent))]
    [InlineData(75, 0, nameof(EscalationSettingsInput.SecondLevelAfterMinutes))]
    [InlineData(75, SlaAdminService.MaxSecondLevelMinutes + 1, nameof(EscalationSettingsInput.SecondLevelAfterMinutes))]
    public async Task SaveSettingsAsync_OutOfRange_IsRefusedBesideTheField(int percent, int minutes, string field)
    {
        var result = await Sla.SaveSettingsAsync(Admin, new EscalationSettingsInput(true, percent, true, true, true, minutes));

        Assert.NotNull(result.ErrorFor(field));
        Assert.Equal(75, (await RulesAsync()).Settings.WarningPercent);
        Assert.Empty(await AuditEntriesAsync());
    }

    [Fact]
    public async Task SaveHolidayAsync_NewDay_ClosesEveryTeamsCalendarAndIsListedInItsYear()
    {
        var date = new DateOnly(2027, 12, 24);
        var team = await TeamIdAsync(WagesTeam);
        Assert.True((await RulesAsync()).CalendarFor(team).IsWorkingDay(date));

        var result = await Sla.SaveHolidayAsync(Admin, null, new HolidayInput(date, " Cuti Bersama Natal ", "Christmas collective leave", NonWorkingDayKind.CollectiveLeave, true));

        Assert.True(result.Succeeded);
        Assert.False((await RulesAsync()).CalendarFor(team).IsWorkingDay(date));
        var listed = await Sla.ListHolidaysAsync(Admin, 2027);
        Assert.Contains(listed, h => h.Date == date && h.NameId == "Cuti Bersama Natal" && h.Unconfirmed);
        Assert.Equal(listed.OrderBy(h => h.Date).Select(h => h.Id), listed.Select(h => h.Id));
        Assert.All(listed, h => Assert.Equal(2027, h.Date.Year));
        Assert.Equal([2026, 2027], await Sla.HolidayYearsAsync(Admin));
    }

    [Fact]
    public async Task SaveHolidayAsync_NoDateAndNoNames_SaysWhatToFillForEach()
    {
        var result = await Sla.SaveHolidayAsync(Admin, null, new HolidayInput(null, " ", "", NonWorkingDayKind.NationalHoliday, false));

        Assert.Equal("Isi tanggal, misalnya 17/08/2026.", result.ErrorFor(nameof(HolidayInput.Date)));
        Assert.Equal("Isi nama dalam bahasa Indonesia.", result.ErrorFor(nameof(HolidayInput.NameId)));
        Assert.Equal("Isi nama dalam bahasa Inggris.", result.ErrorFor(nameof(HolidayInput.NameEn)));
    }

    [Fact]
    public async Task DeleteHolidayAsync_Holiday_OpensTheDayAgain()
    {
        var independence = (await Sla.ListHolidaysAsync(Admin, 2026)).Single(h => h.Date == new DateOnly(2026, 8, 17));

        var result = await Sla.DeleteHolidayAsync(Admin, independence.Id);

        Assert.True(result.Succeeded);
        Assert.True((await RulesAsync()).CalendarFor(await TeamIdAsync(WagesTeam)).IsWorkingDay(new DateOnly(2026, 8, 17)));
        Assert.DoesNotContain(await Sla.ListHolidaysAsync(Admin, 2026), h => h.Id == independence.Id);
    }

    [Fact]
    public async Task ConfirmYearAsync_Year_ConfirmsThatYearOnly()
    {
        var result = await Sla.ConfirmYearAsync(Admin, 2026);

        Assert.True(result.Value > 0);
        Assert.All(await Sla.ListHolidaysAsync(Admin, 2026), h => Assert.False(h.Unconfirmed));
        Assert.All(await Sla.ListHolidaysAsync(Admin, 2027), h => Assert.True(h.Unconfirmed));
        Assert.Equal((SlaAuditActions.Confirmed, "2026"), ((await AuditEntriesAsync())[^1].Action, (await AuditEntriesAsync())[^1].EntityId));
        Assert.Equal(0, (await Sla.ConfirmYearAsync(Admin, 2026)).Value);
    }

    [Fact]
    public async Task SaveRamadanAsync_OverlappingAnotherPeriod_IsRefusedNamingIt()
    {
        var result = await Sla.SaveRamadanAsync(Admin, null,
            new RamadanInput(new DateOnly(2026, 3, 15), new DateOnly(2026, 4, 10), "Ramadan keliru", "Wrong Ramadan", true));

        var error = Assert.Single(result.Errors);
        Assert.Equal((nameof(RamadanInput.From), "Error_RamadanOverlap"), (error.Field, error.Code));
        Assert.Contains("Ramadan 1447 H (2026-02-19 sampai 2026-03-20)", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, (await Sla.ListRamadanAsync(Admin)).Count);
    }

    [Fact]
    public async Task SaveRamadanAsync_MovingAPeriodWithinItself_IsNotAnOverlap()
    {
        var period = (await Sla.ListRamadanAsync(Admin))[0];

        var result = await Sla.SaveRamadanAsync(Admin, period.Id,
            new RamadanInput(period.From.AddDays(-1), period.To.AddDays(-1), period.NameId, period.NameEn, false));

        Assert.True(result.Succeeded);
        var saved = (await Sla.ListRamadanAsync(Admin))[0];
        Assert.Equal((new DateOnly(2026, 2, 18), false), (saved.From, saved.Unconfirmed));
    }

    [Fact]
    public async Task SaveRamadanAsync_EndBeforeStart_IsRefused()
    {
        var result = await Sla.SaveRamadanAsync(Admin, null,
            new RamadanInput(new DateOnly(2028, 2, 20), new DateOnly(2028, 1, 28), "Ramadan 1449 H", "Ramadan 1449 AH", true));

        Assert.Equal("Tanggal selesai tidak boleh sebelum tanggal mulai.", result.ErrorFor(nameof(RamadanInput.To)));
    }

    [Fact]
    public async Task SaveRamadanAsync_NewPeriod_GivesTeamsTheirRamadanHoursOnThoseDates()
    {
        var result = await Sla.SaveRamadanAsync(Admin, null,
            new RamadanInput(new DateOnly(2028, 1, 28), new DateOnly(2028, 2, 25), "Ramadan 1449 H", "Ramadan 1449 AH", true));

        Assert.True(result.Succeeded);
        var hours = (await RulesAsync()).CalendarFor(await TeamIdAsync(WagesTeam)).WorkingHoursOn(new DateOnly(2028, 2, 1));
        Assert.Equal(new WorkingInterval(new TimeOnly(8, 0), new TimeOnly(15, 0)), Assert.Single(hours));
    }

    [Fact]
    public async Task SaveTeamHoursAsync_TwoStretchesWithALunchBreak_AreTheTeamsWorkingHours()
    {
        var team = await TeamIdAsync(WagesTeam);
        var hours = (await Sla.GetTeamHoursAsync(Admin, team))!;
        var regular = hours.Regular.Where(s => s.Day != DayOfWeek.Monday)
            .Append(new OpeningStretch(DayOfWeek.Monday, new TimeOnly(8, 0), new TimeOnly(12, 0)))
            .Append(new OpeningStretch(DayOfWeek.Monday, new TimeOnly(13, 0), new TimeOnly(16, 0)))
            .ToList();

        var result = await Sla.SaveTeamHoursAsync(Admin, team, new TeamHoursInput(IndonesianTimeZones.Wita, false, true, regular, hours.Ramadan));

        Assert.True(result.Succeeded);
        var calendar = (await RulesAsync()).CalendarFor(team);
        Assert.Equal(IndonesianTimeZones.Wita, calendar.TimeZoneId);
        Assert.Equal(["08:00–12:00", "13:00–16:00"], calendar.WorkingHoursOn(new DateOnly(2026, 11, 30)).Select(i => i.ToString()));
        var entry = (await AuditEntriesAsync())[^1];
        Assert.Equal((SlaAuditAreas.TeamHours, team.ToString(System.Globalization.CultureInfo.InvariantCulture)), (entry.Area, entry.EntityId));
        Assert.Contains("TimeZone: Asia/Jakarta → Asia/Makassar", entry.Details, StringComparison.Ordinal);
        Assert.Contains("Mon 08:00–12:00, 13:00–16:00", entry.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SaveTeamHoursAsync_OverlappingStretches_AreRefusedOnThatDay()
    {
        var team = await TeamIdAsync(WagesTeam);
        var hours = (await Sla.GetTeamHoursAsync(Admin, team))!;
        var regular = hours.Regular.Append(new OpeningStretch(DayOfWeek.Tuesday, new TimeOnly(15, 0), new TimeOnly(18, 0))).ToList();

        var result = await Sla.SaveTeamHoursAsync(Admin, team, new TeamHoursInput(IndonesianTimeZones.Wib, false, true, regular, hours.Ramadan));

        var error = Assert.Single(result.Errors);
        Assert.Equal((SlaAdminService.StretchField(ScheduleKind.Regular, DayOfWeek.Tuesday), "Error_StretchesOverlap"), (error.Field, error.Code));
        Assert.Equal(hours.Regular, (await Sla.GetTeamHoursAsync(Admin, team))!.Regular);
    }

    [Fact]
    public async Task SaveTeamHoursAsync_ThreeStretchesOrClosingBeforeOpening_AreRefused()
    {
        var team = await TeamIdAsync(WagesTeam);
        var hours = (await Sla.GetTeamHoursAsync(Admin, team))!;
        OpeningStretch[] regular =
        [
            new(DayOfWeek.Monday, new TimeOnly(7, 0), new TimeOnly(9, 0)),
            new(DayOfWeek.Monday, new TimeOnly(10, 0), new TimeOnly(11, 0)),
            new(DayOfWeek.Monday, new TimeOnly(12, 0), new TimeOnly(13, 0)),
            new(DayOfWeek.Friday, new TimeOnly(16, 0), new TimeOnly(8, 0)),
        ];

        var result = await Sla.SaveTeamHoursAsync(Admin, team, new TeamHoursInput(IndonesianTimeZones.Wib, false, true, regular, hours.Ramadan));

        Assert.Equal("Satu hari paling banyak 2 rentang jam.", result.ErrorFor(SlaAdminService.StretchField(ScheduleKind.Regular, DayOfWeek.Monday)));
        Assert.StartsWith("Jam tutup (08:00) harus sesudah jam buka (16:00).", result.ErrorFor(SlaAdminService.StretchField(ScheduleKind.Regular, DayOfWeek.Friday)),
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task SaveTeamHoursAsync_MidnightClose_RunsToTheEndOfTheDay()
    {
        var team = await TeamIdAsync(WagesTeam);
        var hours = (await Sla.GetTeamHoursAsync(Admin, team))!;
        OpeningStretch[] regular = [new(DayOfWeek.Saturday, new TimeOnly(16, 0), TimeOnly.MinValue)];

        var result = await Sla.SaveTeamHoursAsync(Admin, team, new TeamHoursInput(IndonesianTimeZones.Wib, false, false, regular, []));

        Assert.True(result.Succeeded);
        var saturday = Assert.Single((await RulesAsync()).CalendarFor(team).WorkingHoursOn(new DateOnly(2026, 12, 5)));
        Assert.True(saturday.EndsAtMidnight);
    }

    [Fact]
    public async Task SaveTeamHoursAsync_NoWorkingTime_IsRefusedUnlessOpenAllHours()
    {
        var team = await TeamIdAsync(WagesTeam);

        var closed = await Sla.SaveTeamHoursAsync(Admin, team, new TeamHoursInput(IndonesianTimeZones.Wib, false, false, [], []));
        var allHours = await Sla.SaveTeamHoursAsync(Admin, team, new TeamHoursInput(IndonesianTimeZones.Wib, true, false, [], []));

        Assert.Equal("Error_RegularWeekEmpty", Assert.Single(closed.Errors).Code);
        Assert.True(allHours.Succeeded);
        Assert.True((await RulesAsync()).CalendarFor(team).IsAlwaysOpen);
        Assert.True((await Sla.GetTeamHoursAsync(Admin, team))!.AlwaysOpen);
    }

    [Fact]
    public async Task SaveTeamHoursAsync_KeepsRamadanHoursWithAnEmptyRamadanWeek_IsRefused()
    {
        var team = await TeamIdAsync(WagesTeam);
        var hours = (await Sla.GetTeamHoursAsync(Admin, team))!;

        var result = await Sla.SaveTeamHoursAsync(Admin, team, new TeamHoursInput(IndonesianTimeZones.Wib, false, true, hours.Regular, []));

        Assert.Equal((nameof(TeamHoursInput.Ramadan), "Error_RamadanWeekEmpty"), (Assert.Single(result.Errors).Field, result.Errors[0].Code));
    }

    [Fact]
    public async Task ResetTeamHoursAsync_AfterChanges_GivesCivilServiceHoursBack()
    {
        var team = await TeamIdAsync(WagesTeam);
        await Sla.SaveTeamHoursAsync(Admin, team, new TeamHoursInput(IndonesianTimeZones.Wib, false, false,
            [new(DayOfWeek.Saturday, new TimeOnly(9, 0), new TimeOnly(12, 0))], []));

        var result = await Sla.ResetTeamHoursAsync(Admin, team);

        Assert.True(result.Succeeded);
        var hours = (await Sla.GetTeamHoursAsync(Admin, team))!;
        var expected = ReferenceDataSeeder.CivilServiceHours(team).ToList();
        Assert.Equal(expected.Count(h => h.Schedule == ScheduleKind.Regular), hours.Regular.Count);
        Assert.Equal(expected.Count(h => h.Schedule == ScheduleKind.Ramadan), hours.Ramadan.Count);
        Assert.Equal(WeeklySchedule.CivilService.WeeklyWorkingTime, (await RulesAsync()).CalendarFor(team).WeeklySchedule.WeeklyWorkingTime);
        Assert.Equal(SlaAuditActions.Reset, (await AuditEntriesAsync())[^1].Action);
    }

    [Fact]
    public async Task Service_Officer_IsRefusedEverywhere()
    {
        var team = await TeamIdAsync(WagesTeam);
        var p1 = (await Sla.ListPoliciesAsync(Admin))[0];

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Sla.ListPoliciesAsync(Officer));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() =>
            Sla.SavePolicyAsync(Officer, p1.Id, new SlaPolicyInput(TicketPriority.P1, null, 9, SlaUnit.WorkingHours, 14, SlaUnit.WorkingDays)));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Sla.ResetPoliciesAsync(Officer));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Sla.SaveSettingsAsync(Officer, new EscalationSettingsInput(false, 75, false, false, false, 120)));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() =>
            Sla.SaveHolidayAsync(Officer, null, new HolidayInput(new DateOnly(2027, 1, 2), "Libur", "Holiday", NonWorkingDayKind.NationalHoliday, false)));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Sla.ConfirmYearAsync(Officer, 2026));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Sla.DeleteRamadanAsync(Officer, 1));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Sla.SaveTeamHoursAsync(Officer, team, new TeamHoursInput(IndonesianTimeZones.Wib, true, false, [], [])));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Sla.ResetTeamHoursAsync(Officer, team));

        Assert.Equal(SlaTarget.Hours(1), (await Sla.ListPoliciesAsync(Admin))[0].FirstResponse);
        Assert.False((await Sla.GetTeamHoursAsync(Admin, team))!.AlwaysOpen);
        Assert.Empty(await AuditEntriesAsync());
        Assert.Equal(0, Recalculation.Requests);
    }
}
