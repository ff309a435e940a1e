using System.Security.Claims;
using HelpdeskConsole.Administration;
using HelpdeskConsole.Data.Seeding;
using HelpdeskConsole.Teams;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskConsole.Escalation.Admin;

/// <summary>The working calendars: holidays, Ramadan periods and each team's hours.</summary>
public sealed partial class SlaAdminService
{
    // ---------- Holidays ----------

    /// <summary>The years that have holidays, newest last.</summary>
    public async Task<IReadOnlyList<int>> HolidayYearsAsync(ClaimsPrincipal principal, CancellationToken cancellationToken = default)
    {
        await gate.RequireAdminAsync(principal, cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var dates = await db.Holidays.AsNoTracking().Select(h => h.Date).ToListAsync(cancellationToken);
        return [.. dates.Select(d => d.Year).Distinct().Order()];
    }

    /// <summary>The holidays of one year (all when null), by date.</summary>
    public async Task<IReadOnlyList<HolidayRow>> ListHolidaysAsync(ClaimsPrincipal principal, int? year, CancellationToken cancellationToken = default)
    {
        await gate.RequireAdminAsync(principal, cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var query = db.Holidays.AsNoTracking();
        if (year is { } y)
        {
            var (first, last) = YearRange(y);
            query = query.Where(h => h.Date >= first && h.Date <= last);
        }

        return await query.OrderBy(h => h.Date).ThenBy(h => h.Id)
            .Select(h => new HolidayRow(h.Id, h.Date, h.NameId, h.NameEn, h.Kind, h.Unconfirmed))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Adds a holiday (<paramref name="holidayId"/> null) or changes one.</summary>
    public async Task<AdminResult<int>> SaveHolidayAsync(ClaimsPrincipal principal, int? holidayId, HolidayInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var actor = await gate.RequireAdminAsync(principal, cancellationToken);
        var errors = new AdminErrors(localizer);
        if (input.Date is null)
        {
            errors.Add(nameof(HolidayInput.Date), "Error_DateRequired");
        }

        var (nameId, nameEn) = errors.Names(input.NameId, input.NameEn, nameof(HolidayInput.NameId), nameof(HolidayInput.NameEn), MaxNameLength);
        if (!Enum.IsDefined(input.Kind))
        {
            errors.Add(nameof(HolidayInput.Kind), "Error_KindRequired");
        }

        if (errors.Any)
        {
            return errors.Fail<int>();
        }

        int id;
        using (await writeGate.EnterAsync(cancellationToken))
        {
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            var holiday = holidayId is null ? null : await db.Holidays.SingleOrDefaultAsync(h => h.Id == holidayId, cancellationToken);
            if (holidayId is not null && holiday is null)
            {
                errors.Add(AdminError.Form, "Error_HolidayGone");
                return errors.Fail<int>();
            }

            var date = input.Date!.Value;
            var details = new AuditDetails()
                .Change(SlaAuditFields.Date, holiday is null ? null : Show(holiday.Date), Show(date))
                .Change(SlaAuditFields.NameId, holiday?.NameId, nameId)
                .Change(SlaAuditFields.NameEn, holiday?.NameEn, nameEn)
                .Change(SlaAuditFields.Kind, holiday?.Kind.ToString(), input.Kind.ToString())
                .Change(SlaAuditFields.Unconfirmed, holiday is null ? null : YesNo(holiday.Unconfirmed), YesNo(input.Unconfirmed));
            if (holiday is not null && details.IsEmpty)
            {
                return AdminResult.Ok(holiday.Id);
            }

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            holiday ??= db.Holidays.Add(new Holiday { NameId = nameId, NameEn = nameEn }).Entity;
            holiday.Date = date;
            holiday.NameId = nameId;
            holiday.NameEn = nameEn;
            holiday.Kind = input.Kind;
            holiday.Unconfirmed = input.Unconfirmed;
            await db.SaveChangesAsync(cancellationToken);
            db.AuditEntries.Add(details.ToEntry(actor, clock.GetUtcNow(), SlaAuditAreas.Holiday, Key(holiday.Id),
                holidayId is null ? AuditActions.Created : AuditActions.Updated));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            id = holiday.Id;
        }

        RulesChanged();
        return AdminResult.Ok(id);
    }

    public async Task<AdminResult> DeleteHolidayAsync(ClaimsPrincipal principal, int holidayId, CancellationToken cancellationToken = default)
    {
        var actor = await gate.RequireAdminAsync(principal, cancellationToken);
        using (await writeGate.EnterAsync(cancellationToken))
        {
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            var holiday = await db.Holidays.SingleOrDefaultAsync(h => h.Id == holidayId, cancellationToken);
            if (holiday is null)
            {
                var errors = new AdminErrors(localizer);
                errors.Add(AdminError.Form, "Error_HolidayGone");
                return errors.Fail();
            }

            db.Holidays.Remove(holiday);
            db.AuditEntries.Add(new AuditDetails()
                .Change(SlaAuditFields.Date, Show(holiday.Date), null)
                .Change(SlaAuditFields.NameId, holiday.NameId, null)
                .Change(SlaAuditFields.Kind, holiday.Kind.ToString(), null)
                .ToEntry(actor, clock.GetUtcNow(), SlaAuditAreas.Holiday, Key(holiday.Id), SlaAuditActions.Deleted));
            await db.SaveChangesAsync(cancellationToken);
        }

        RulesChanged();
        return AdminResult.Ok();
    }

    /// <summary>Marks every holiday of <paramref name="year"/> as checked against the decree; returns how many changed.</summary>
    public async Task<AdminResult<int>> ConfirmYearAsync(ClaimsPrincipal principal, int year, CancellationToken cancellationToken = default)
    {
        var actor = await gate.RequireAdminAsync(principal, cancellationToken);
        if (year is < 1 or > 9999)
        {
            var errors = new AdminErrors(localizer);
            errors.Add(AdminError.Form, "Error_YearRequired");
            return errors.Fail<int>();
        }

        var (first, last) = YearRange(year);
        int changed;
        using (await writeGate.EnterAsync(cancellationToken))
        {
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            changed = await db.Holidays.Where(h => h.Date >= first && h.Date <= last && h.Unconfirmed)
                .ExecuteUpdateAsync(s => s.SetProperty(h => h.Unconfirmed, false), cancellationToken);
            if (changed == 0)
            {
                return AdminResult.Ok(0);
            }

            db.AuditEntries.Add(new AuditDetails()
                .Change(SlaAuditFields.Year, null, Key(year))
                .Change(SlaAuditFields.Unconfirmed, Key(changed), "0")
                .ToEntry(actor, clock.GetUtcNow(), SlaAuditAreas.Holiday, Key(year), SlaAuditActions.Confirmed));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        RulesChanged();
        return AdminResult.Ok(changed);
    }

    // ---------- Ramadan periods ----------

    public async Task<IReadOnlyList<RamadanRow>> ListRamadanAsync(ClaimsPrincipal principal, CancellationToken cancellationToken = default)
    {
        await gate.RequireAdminAsync(principal, cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.RamadanPeriods.AsNoTracking().OrderBy(r => r.From)
            .Select(r => new RamadanRow(r.Id, r.From, r.To, r.NameId, r.NameEn, r.Unconfirmed))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Adds a Ramadan period or changes one; refuses one that overlaps another (a date follows one schedule).</summary>
    public async Task<AdminResult<int>> SaveRamadanAsync(ClaimsPrincipal principal, int? periodId, RamadanInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var actor = await gate.RequireAdminAsync(principal, cancellationToken);
        var errors = new AdminErrors(localizer);
        if (input.From is null)
        {
            errors.Add(nameof(RamadanInput.From), "Error_FromRequired");
        }

        if (input.To is null)
        {
            errors.Add(nameof(RamadanInput.To), "Error_ToRequired");
        }
        else if (input.From is { } start && input.To < start)
        {
            errors.Add(nameof(RamadanInput.To), "Error_ToBeforeFrom");
        }
        else if (input.From is { } begin && input.To.Value.DayNumber - begin.DayNumber + 1 > MaxRamadanDays)
        {
            errors.Add(nameof(RamadanInput.To), "Error_RamadanTooLong", MaxRamadanDays);
        }

        var (nameId, nameEn) = errors.Names(input.NameId, input.NameEn, nameof(RamadanInput.NameId), nameof(RamadanInput.NameEn), MaxNameLength);
        if (errors.Any)
        {
            return errors.Fail<int>();
        }

        var from = input.From!.Value;
        var to = input.To!.Value;
        int id;
        using (await writeGate.EnterAsync(cancellationToken))
        {
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            var period = periodId is null ? null : await db.RamadanPeriods.SingleOrDefaultAsync(r => r.Id == periodId, cancellationToken);
            if (periodId is not null && period is null)
            {
                errors.Add(AdminError.Form, "Error_RamadanGone");
                return errors.Fail<int>();
            }

            var overlapping = await db.RamadanPeriods.AsNoTracking()
                .Where(r => r.Id != periodId && r.From <= to && r.To >= from)
                .OrderBy(r => r.From).FirstOrDefaultAsync(cancellationToken);
            if (overlapping is not null)
            {
                errors.Add(nameof(RamadanInput.From), "Error_RamadanOverlap", overlapping.NameId, Show(overlapping.From), Show(overlapping.To));
                return errors.Fail<int>();
            }

            // The calendar is the judge: build every team's with the new set, so nothing it would reject is stored.
            var others = await db.RamadanPeriods.AsNoTracking().Where(r => r.Id != periodId).ToListAsync(cancellationToken);
            var periods = others.Select(r => r.ToDatePeriod()).Append(new DatePeriod(from, to, nameId, nameEn, input.Unconfirmed)).ToList();
            if (await CalendarProblemAsync(db, periods, null, cancellationToken) is { } problem)
            {
                errors.Add(AdminError.Form, "Error_CalendarRejected", problem);
                return errors.Fail<int>();
            }

            var details = new AuditDetails()
                .Change(SlaAuditFields.From, period is null ? null : Show(period.From), Show(from))
                .Change(SlaAuditFields.To, period is null ? null : Show(period.To), Show(to))
                .Change(SlaAuditFields.NameId, period?.NameId, nameId)
                .Change(SlaAuditFields.NameEn, period?.NameEn, nameEn)
                .Change(SlaAuditFields.Unconfirmed, period is null ? null : YesNo(period.Unconfirmed), YesNo(input.Unconfirmed));
            if (period is not null && details.IsEmpty)
            {
                return AdminResult.Ok(period.Id);
            }

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            period ??= db.RamadanPeriods.Add(new RamadanPeriod { NameId = nameId, NameEn = nameEn }).Entity;
            period.From = from;
            period.To = to;
            period.NameId = nameId;
            period.NameEn = nameEn;
            period.Unconfirmed = input.Unconfirmed;
            await db.SaveChangesAsync(cancellationToken);
            db.AuditEntries.Add(details.ToEntry(actor, clock.GetUtcNow(), SlaAuditAreas.Ramadan, Key(period.Id),
                periodId is null ? AuditActions.Created : AuditActions.Updated));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            id = period.Id;
        }

        RulesChanged();
        return AdminResult.Ok(id);
    }

    public async Task<AdminResult> DeleteRamadanAsync(ClaimsPrincipal principal, int periodId, CancellationToken cancellationToken = default)
    {
        var actor = await gate.RequireAdminAsync(principal, cancellationToken);
        using (await writeGate.EnterAsync(cancellationToken))
        {
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            var period = await db.RamadanPeriods.SingleOrDefaultAsync(r => r.Id == periodId, cancellationToken);
            if (period is null)
            {
                var errors = new AdminErrors(localizer);
                errors.Add(AdminError.Form, "Error_RamadanGone");
                return errors.Fail();
            }

            db.RamadanPeriods.Remove(period);
            db.AuditEntries.Add(new AuditDetails()
                .Change(SlaAuditFields.From, Show(period.From), null)
                .Change(SlaAuditFields.To, Show(period.To), null)
                .Change(SlaAuditFields.NameId, period.NameId, null)
                .ToEntry(actor, clock.GetUtcNow(), SlaAuditAreas.Ramadan, Key(period.Id), SlaAuditActions.Deleted));
            await db.SaveChangesAsync(cancellationToken);
        }

        RulesChanged();
        return AdminResult.Ok();
    }

    // ---------- Team hours ----------

    public async Task<IReadOnlyList<SlaTeamOption>> ListTeamsAsync(ClaimsPrincipal principal, CancellationToken cancellationToken = default)
    {
        await gate.RequireAdminAsync(principal, cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Teams.AsNoTracking().OrderBy(t => t.Name).Select(t => new SlaTeamOption(t.Id, t.Name)).ToListAsync(cancellationToken);
    }

    /// <summary>A team's time zone, switches and both weekly schedules; null when the team is gone.</summary>
    public async Task<TeamHours?> GetTeamHoursAsync(ClaimsPrincipal principal, int teamId, CancellationToken cancellationToken = default)
    {
        await gate.RequireAdminAsync(principal, cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var team = await db.Teams.AsNoTracking().Where(t => t.Id == teamId)
            .Select(t => new { t.Id, t.Name, t.TimeZoneId, t.AlwaysOpen, t.KeepsRamadanHours })
            .SingleOrDefaultAsync(cancellationToken);
        if (team is null)
        {
            return null;
        }

        var rows = await db.TeamWorkingHours.AsNoTracking().Where(h => h.TeamId == teamId).ToListAsync(cancellationToken);
        return new TeamHours(team.Id, team.Name, team.TimeZoneId, team.AlwaysOpen, team.KeepsRamadanHours,
            Stretches(rows, ScheduleKind.Regular), Stretches(rows, ScheduleKind.Ramadan));
    }

    /// <summary>
    /// Saves a team's time zone, switches and hours. Each day has at most two stretches that do not overlap, the regular
    /// week needs working time unless the team is open 24/7, and the team's calendar must build from the result.
    /// </summary>
    public async Task<AdminResult> SaveTeamHoursAsync(ClaimsPrincipal principal, int teamId, TeamHoursInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var actor = await gate.RequireAdminAsync(principal, cancellationToken);
        var errors = new AdminErrors(localizer);
        if (!IndonesianTimeZones.All.Contains(input.TimeZoneId))
        {
            errors.Add(nameof(TeamHoursInput.TimeZoneId), "Error_TimeZone");
        }

        IReadOnlyList<OpeningStretch> regularStretches = input.Regular ?? [];
        IReadOnlyList<OpeningStretch> ramadanStretches = input.Ramadan ?? [];
        var regular = ValidateSchedule(errors, ScheduleKind.Regular, regularStretches);
        var ramadan = ValidateSchedule(errors, ScheduleKind.Ramadan, ramadanStretches);
        if (!input.AlwaysOpen && regular is { HasWorkingTime: false })
        {
            errors.Add(nameof(TeamHoursInput.Regular), "Error_RegularWeekEmpty");
        }

        if (!input.AlwaysOpen && input.KeepsRamadanHours && ramadan is { HasWorkingTime: false })
        {
            errors.Add(nameof(TeamHoursInput.Ramadan), "Error_RamadanWeekEmpty");
        }

        if (errors.Any)
        {
            return errors.Fail();
        }

        var rows = ToRows(teamId, ScheduleKind.Regular, regularStretches).Concat(ToRows(teamId, ScheduleKind.Ramadan, ramadanStretches)).ToList();
        return await ReplaceTeamHoursAsync(actor, teamId, input.TimeZoneId, input.AlwaysOpen, input.KeepsRamadanHours, rows, AuditActions.Updated, cancellationToken);
    }

    /// <summary>Gives the team the civil service's regular and Ramadan hours again; its time zone and switches stay.</summary>
    public async Task<AdminResult> ResetTeamHoursAsync(ClaimsPrincipal principal, int teamId, CancellationToken cancellationToken = default)
    {
        var actor = await gate.RequireAdminAsync(principal, cancellationToken);
        string? timeZoneId;
        bool alwaysOpen, keepsRamadan;
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            var team = await db.Teams.AsNoTracking().Where(t => t.Id == teamId)
                .Select(t => new { t.TimeZoneId, t.AlwaysOpen, t.KeepsRamadanHours }).SingleOrDefaultAsync(cancellationToken);
            (timeZoneId, alwaysOpen, keepsRamadan) = (team?.TimeZoneId, team?.AlwaysOpen ?? false, team?.KeepsRamadanHours ?? false);
        }

        if (timeZoneId is null)
        {
            var errors = new AdminErrors(localizer);
            errors.Add(AdminError.Form, "Error_TeamGone");
            return errors.Fail();
        }

        return await ReplaceTeamHoursAsync(actor, teamId, timeZoneId, alwaysOpen, keepsRamadan,
            [.. ReferenceDataSeeder.CivilServiceHours(teamId)], SlaAuditActions.Reset, cancellationToken);
    }

    private async Task<AdminResult> ReplaceTeamHoursAsync(AdminActor actor, int teamId, string timeZoneId, bool alwaysOpen, bool keepsRamadan,
        List<TeamWorkingHours> rows, string action, CancellationToken cancellationToken)
    {
        var errors = new AdminErrors(localizer);
        using (await writeGate.EnterAsync(cancellationToken))
        {
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            var team = await db.Teams.SingleOrDefaultAsync(t => t.Id == teamId, cancellationToken);
            if (team is null)
            {
                errors.Add(AdminError.Form, "Error_TeamGone");
                return errors.Fail();
            }

            var periods = (await db.RamadanPeriods.AsNoTracking().ToListAsync(cancellationToken)).Select(r => r.ToDatePeriod()).ToList();
            if (await CalendarProblemAsync(db, periods, (teamId, timeZoneId, alwaysOpen, keepsRamadan, rows), cancellationToken) is { } problem)
            {
                errors.Add(AdminError.Form, "Error_CalendarRejected", problem);
                return errors.Fail();
            }

            var before = await db.TeamWorkingHours.AsNoTracking().Where(h => h.TeamId == teamId).ToListAsync(cancellationToken);
            var details = new AuditDetails()
                .Change(SlaAuditFields.TimeZone, team.TimeZoneId, timeZoneId)
                .Change(SlaAuditFields.AlwaysOpen, YesNo(team.AlwaysOpen), YesNo(alwaysOpen))
                .Change(SlaAuditFields.KeepsRamadanHours, YesNo(team.KeepsRamadanHours), YesNo(keepsRamadan))
                .Change(SlaAuditFields.RegularHours, Summary(before, ScheduleKind.Regular), Summary(rows, ScheduleKind.Regular))
                .Change(SlaAuditFields.RamadanHours, Summary(before, ScheduleKind.Ramadan), Summary(rows, ScheduleKind.Ramadan));
            if (details.IsEmpty)
            {
                return AdminResult.Ok();
            }

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.TeamWorkingHours.Where(h => h.TeamId == teamId).ExecuteDeleteAsync(cancellationToken);
            team.TimeZoneId = timeZoneId;
            team.AlwaysOpen = alwaysOpen;
            team.KeepsRamadanHours = keepsRamadan;
            db.TeamWorkingHours.AddRange(rows);
            db.AuditEntries.Add(details.ToEntry(actor, clock.GetUtcNow(), SlaAuditAreas.TeamHours, Key(teamId), action));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        RulesChanged();
        return AdminResult.Ok();
    }
}
