using System.Globalization;
using System.Security.Claims;
using HelpdeskConsole.Administration;
using HelpdeskConsole.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HelpdeskConsole.Escalation.Admin;

/// <summary>
/// The SLA policies, the escalation settings and the working calendars (holidays, Ramadan periods, team hours), as
/// admins edit them. Every change is validated, written with its audit entry under the write gate, and then drops the
/// cached rules and asks for open tickets' deadlines to be recomputed. Nothing is saved that the working calendar
/// would reject: a team's hours and the Ramadan periods are checked by building the calendar they would make.
/// </summary>
public sealed partial class SlaAdminService(
    AdminGate gate,
    IDbContextFactory<HelpdeskDbContext> contextFactory,
    IStringLocalizer<SlaAdminStrings> localizer,
    TimeProvider clock,
    WriteGate writeGate,
    SlaRulesProvider rulesProvider,
    IDeadlineRecalculation recalculation)
{
    public const int MaxNameLength = 120;
    public const int MaxStretchesPerDay = 2;
    public const int MaxRamadanDays = 31;
    public const int MaxSecondLevelMinutes = 7 * 24 * 60;
    public const int DefaultWarningPercent = 75;
    public const int DefaultSecondLevelMinutes = 120;

    /// <summary>Monday first, as the desk reads a week.</summary>
    public static IReadOnlyList<DayOfWeek> Week { get; } =
    [
        DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday,
        DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday,
    ];

    /// <summary>The error field of one day of one schedule in <see cref="SaveTeamHoursAsync"/>.</summary>
    public static string StretchField(ScheduleKind schedule, DayOfWeek day) => $"{schedule}.{day}";

    // ---------- SLA policies ----------

    /// <summary>The general rule of each priority first, then the categories' overrides by category code.</summary>
    public async Task<IReadOnlyList<SlaPolicyRow>> ListPoliciesAsync(ClaimsPrincipal principal, CancellationToken cancellationToken = default)
    {
        await gate.RequireAdminAsync(principal, cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.SlaPolicies.AsNoTracking()
            .Select(p => new
            {
                p.Id, p.Priority, p.CategoryId, Code = p.Category != null ? p.Category.Code : null,
                p.FirstResponseAmount, p.FirstResponseUnit, p.ResolutionAmount, p.ResolutionUnit,
            })
            .ToListAsync(cancellationToken);
        return [.. rows
            .OrderBy(r => r.CategoryId is null ? 0 : 1).ThenBy(r => r.Code, StringComparer.Ordinal).ThenBy(r => r.Priority)
            .Select(r => new SlaPolicyRow(r.Id, r.Priority, r.CategoryId, r.Code,
                new SlaTarget(r.FirstResponseAmount, r.FirstResponseUnit), new SlaTarget(r.ResolutionAmount, r.ResolutionUnit)))];
    }

    /// <summary>The categories an override can be set for.</summary>
    public async Task<IReadOnlyList<SlaCategoryOption>> ListCategoriesAsync(ClaimsPrincipal principal, CancellationToken cancellationToken = default)
    {
        await gate.RequireAdminAsync(principal, cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Categories.AsNoTracking()
            .OrderBy(c => c.SortOrder).ThenBy(c => c.Code)
            .Select(c => new SlaCategoryOption(c.Id, c.Code, c.NameId, c.NameEn, c.IsActive))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Adds a category's override (<paramref name="policyId"/> null) or changes a rule.</summary>
    /// <remarks>A general rule keeps its priority and stays general; only its targets change.</remarks>
    public async Task<AdminResult<int>> SavePolicyAsync(ClaimsPrincipal principal, int? policyId, SlaPolicyInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var actor = await gate.RequireAdminAsync(principal, cancellationToken);
        var errors = new AdminErrors(localizer);
        int id;
        using (await writeGate.EnterAsync(cancellationToken))
        {
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            var policy = policyId is null ? null : await db.SlaPolicies.SingleOrDefaultAsync(p => p.Id == policyId, cancellationToken);
            if (policyId is not null && policy is null)
            {
                errors.Add(AdminError.Form, "Error_PolicyGone");
                return errors.Fail<int>();
            }

            var priority = policy is { CategoryId: null } ? policy.Priority : input.Priority;
            var categoryId = policy is { CategoryId: null } ? null : input.CategoryId;
            if (!Enum.IsDefined(priority))
            {
                errors.Add(nameof(SlaPolicyInput.Priority), "Error_PriorityRequired");
            }

            string? categoryCode = null;
            if (policy is null && categoryId is null)
            {
                // A new rule is always an override: the general rules exist from the start and stay.
                errors.Add(nameof(SlaPolicyInput.CategoryId), "Error_CategoryRequired");
            }
            else if (categoryId is not null)
            {
                categoryCode = await db.Categories.Where(c => c.Id == categoryId).Select(c => c.Code).SingleOrDefaultAsync(cancellationToken);
                if (categoryCode is null)
                {
                    errors.Add(nameof(SlaPolicyInput.CategoryId), "Error_CategoryNotFound");
                }
            }

            var firstResponse = ValidateTarget(errors, nameof(SlaPolicyInput.FirstResponseAmount), input.FirstResponseAmount, input.FirstResponseUnit);
            var resolution = ValidateTarget(errors, nameof(SlaPolicyInput.ResolutionAmount), input.ResolutionAmount, input.ResolutionUnit);
            if (!errors.Has(nameof(SlaPolicyInput.Priority)) && !errors.Has(nameof(SlaPolicyInput.CategoryId))
                && await db.SlaPolicies.AnyAsync(p => p.Id != policyId && p.Priority == priority && p.CategoryId == categoryId, cancellationToken))
            {
                errors.Add(nameof(SlaPolicyInput.Priority), "Error_PolicyDuplicate", priority, categoryCode ?? "");
            }

            if (errors.Any)
            {
                return errors.Fail<int>();
            }

            var oldCode = policy?.CategoryId is { } oldCategory
                ? await db.Categories.Where(c => c.Id == oldCategory).Select(c => c.Code).SingleOrDefaultAsync(cancellationToken)
                : null;
            var details = new AuditDetails()
                .Change(SlaAuditFields.Priority, policy?.Priority.ToString(), priority.ToString())
                .Change(SlaAuditFields.Category, oldCode, categoryCode)
                .Change(SlaAuditFields.FirstResponse, policy is null ? null : Show(policy.FirstResponse), Show(firstResponse))
                .Change(SlaAuditFields.Resolution, policy is null ? null : Show(policy.Resolution), Show(resolution));
            if (policy is not null && details.IsEmpty)
            {
                return AdminResult.Ok(policy.Id);
            }

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (policy is null)
            {
                policy = new SlaPolicy();
                db.SlaPolicies.Add(policy);
            }

            policy.Priority = priority;
            policy.CategoryId = categoryId;
            policy.FirstResponse = firstResponse;
            policy.Resolution = resolution;
            policy.UpdatedAt = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(cancellationToken);
            db.AuditEntries.Add(details.ToEntry(actor, clock.GetUtcNow(), SlaAuditAreas.SlaPolicy, Key(policy.Id),
                policyId is null ? AuditActions.Created : AuditActions.Updated));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            id = policy.Id;
        }

        RulesChanged();
        return AdminResult.Ok(id);
    }

    /// <summary>Deletes a category's override; the general rule of the priority applies again. General rules stay.</summary>
    public async Task<AdminResult> DeletePolicyAsync(ClaimsPrincipal principal, int policyId, CancellationToken cancellationToken = default)
    {
        var actor = await gate.RequireAdminAsync(principal, cancellationToken);
        var errors = new AdminErrors(localizer);
        using (await writeGate.EnterAsync(cancellationToken))
        {
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            var policy = await db.SlaPolicies.Include(p => p.Category).SingleOrDefaultAsync(p => p.Id == policyId, cancellationToken);
            if (policy is null)
            {
                errors.Add(AdminError.Form, "Error_PolicyGone");
                return errors.Fail();
            }

            if (policy.CategoryId is null)
            {
                errors.Add(AdminError.Form, "Error_GeneralPolicyKept", policy.Priority);
                return errors.Fail();
            }

            db.SlaPolicies.Remove(policy);
            db.AuditEntries.Add(new AuditDetails()
                .Change(SlaAuditFields.Priority, policy.Priority.ToString(), null)
                .Change(SlaAuditFields.Category, policy.Category?.Code, null)
                .Change(SlaAuditFields.FirstResponse, Show(policy.FirstResponse), null)
                .Change(SlaAuditFields.Resolution, Show(policy.Resolution), null)
                .ToEntry(actor, clock.GetUtcNow(), SlaAuditAreas.SlaPolicy, Key(policy.Id), SlaAuditActions.Deleted));
            await db.SaveChangesAsync(cancellationToken);
        }

        RulesChanged();
        return AdminResult.Ok();
    }

    /// <summary>Back to domain.md's table: the general rules get the default targets and every override goes.</summary>
    public async Task<AdminResult> ResetPoliciesAsync(ClaimsPrincipal principal, CancellationToken cancellationToken = default)
    {
        var actor = await gate.RequireAdminAsync(principal, cancellationToken);
        using (await writeGate.EnterAsync(cancellationToken))
        {
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            var before = await db.SlaPolicies.AsNoTracking().Include(p => p.Category).ToListAsync(cancellationToken);
            var now = clock.GetUtcNow();
            var defaults = SlaPolicy.Defaults.Select(d => new SlaPolicy
            {
                Priority = d.Priority, FirstResponse = d.FirstResponse, Resolution = d.Resolution, UpdatedAt = now.UtcDateTime,
            }).ToList();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.SlaPolicies.ExecuteDeleteAsync(cancellationToken);
            db.SlaPolicies.AddRange(defaults);
            db.AuditEntries.Add(new AuditDetails()
                .Change(SlaAuditFields.Policies, Summary(before), Summary(defaults))
                .ToEntry(actor, now, SlaAuditAreas.SlaPolicy, "*", SlaAuditActions.Reset));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        RulesChanged();
        return AdminResult.Ok();
    }

    // ---------- Escalation settings ----------

    public async Task<EscalationSettingsInput> GetSettingsAsync(ClaimsPrincipal principal, CancellationToken cancellationToken = default)
    {
        await gate.RequireAdminAsync(principal, cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var s = await db.EscalationSettings.AsNoTracking().SingleOrDefaultAsync(cancellationToken) ?? new EscalationSettings();
        return new EscalationSettingsInput(s.WarningEnabled, s.WarningPercent, s.BreachEnabled, s.RaisePriorityOnBreach,
            s.SecondLevelEnabled, s.SecondLevelAfterMinutes);
    }

    public async Task<AdminResult> SaveSettingsAsync(ClaimsPrincipal principal, EscalationSettingsInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var actor = await gate.RequireAdminAsync(principal, cancellationToken);
        var errors = new AdminErrors(localizer);
        if (input.WarningPercent is < 1 or > 99)
        {
            errors.Add(nameof(EscalationSettingsInput.WarningPercent), "Error_WarningPercent", DefaultWarningPercent);
        }

        if (input.SecondLevelAfterMinutes < 1 || input.SecondLevelAfterMinutes > MaxSecondLevelMinutes)
        {
            errors.Add(nameof(EscalationSettingsInput.SecondLevelAfterMinutes), "Error_SecondLevelMinutes", MaxSecondLevelMinutes, DefaultSecondLevelMinutes);
        }

        if (errors.Any)
        {
            return errors.Fail();
        }

        using (await writeGate.EnterAsync(cancellationToken))
        {
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            var settings = await db.EscalationSettings.SingleOrDefaultAsync(s => s.Id == EscalationSettings.SingletonId, cancellationToken);
            var created = settings is null;
            settings ??= db.EscalationSettings.Add(new EscalationSettings()).Entity;
            var details = new AuditDetails()
                .Change(SlaAuditFields.Warning, created ? null : Level(settings.WarningEnabled, $"{settings.WarningPercent}%"), Level(input.WarningEnabled, $"{input.WarningPercent}%"))
                .Change(SlaAuditFields.Breach, created ? null : OnOff(settings.BreachEnabled), OnOff(input.BreachEnabled))
                .Change(SlaAuditFields.RaisePriority, created ? null : OnOff(settings.RaisePriorityOnBreach), OnOff(input.RaisePriorityOnBreach))
                .Change(SlaAuditFields.SecondLevel, created ? null : Level(settings.SecondLevelEnabled, $"{settings.SecondLevelAfterMinutes} min"),
                    Level(input.SecondLevelEnabled, $"{input.SecondLevelAfterMinutes} min"));
            if (details.IsEmpty)
            {
                return AdminResult.Ok();
            }

            settings.WarningEnabled = input.WarningEnabled;
            settings.WarningPercent = input.WarningPercent;
            settings.BreachEnabled = input.BreachEnabled;
            settings.RaisePriorityOnBreach = input.RaisePriorityOnBreach;
            settings.SecondLevelEnabled = input.SecondLevelEnabled;
            settings.SecondLevelAfterMinutes = input.SecondLevelAfterMinutes;
            settings.UpdatedAt = clock.GetUtcNow().UtcDateTime;
            db.AuditEntries.Add(details.ToEntry(actor, clock.GetUtcNow(), SlaAuditAreas.Escalation, Key(EscalationSettings.SingletonId), AuditActions.Updated));
            await db.SaveChangesAsync(cancellationToken);
        }

        RulesChanged();
        return AdminResult.Ok();
    }

    // ---------- Helpers ----------

    /// <summary>
    /// Builds the calendar of every team (with <paramref name="replacement"/> standing in for one team's stored
    /// settings) from <paramref name="ramadan"/>; returns the calendar's own complaint, or null when all build.
    /// </summary>
    private static async Task<string?> CalendarProblemAsync(HelpdeskDbContext db, IReadOnlyList<DatePeriod> ramadan,
        (int TeamId, string TimeZoneId, bool AlwaysOpen, bool KeepsRamadan, List<TeamWorkingHours> Rows)? replacement,
        CancellationToken cancellationToken)
    {
        var holidays = (await db.Holidays.AsNoTracking().ToListAsync(cancellationToken)).Select(h => h.ToNonWorkingDay()).ToList();
        var teams = await db.Teams.AsNoTracking().Select(t => new { t.Id, t.TimeZoneId, t.AlwaysOpen, t.KeepsRamadanHours }).ToListAsync(cancellationToken);
        var hours = (await db.TeamWorkingHours.AsNoTracking().ToListAsync(cancellationToken)).ToLookup(h => h.TeamId);
        try
        {
            foreach (var team in teams)
            {
                var (zone, alwaysOpen, keeps, rows) = replacement is { } r && r.TeamId == team.Id
                    ? (r.TimeZoneId, r.AlwaysOpen, r.KeepsRamadan, (IReadOnlyList<TeamWorkingHours>)r.Rows)
                    : (team.TimeZoneId, team.AlwaysOpen, team.KeepsRamadanHours, hours[team.Id].ToList());
                _ = alwaysOpen
                    ? WorkingCalendar.AlwaysOpen(zone)
                    : SlaRulesProvider.TeamCalendar(zone, rows, holidays, keeps ? ramadan : []);
            }

            return null;
        }
        catch (ArgumentException e)
        {
            return e.Message;
        }
    }

    private static SlaTarget ValidateTarget(AdminErrors errors, string field, int amount, SlaUnit unit)
    {
        if (!Enum.IsDefined(unit))
        {
            errors.Add(field, "Error_UnitRequired");
            return default;
        }

        var target = new SlaTarget(amount, unit);
        if (!target.IsValid)
        {
            if (unit == SlaUnit.WorkingHours)
            {
                errors.Add(field, "Error_HoursRange", SlaTarget.MaxHours);
            }
            else
            {
                errors.Add(field, "Error_DaysRange", SlaTarget.MaxDays);
            }
        }

        return target;
    }

    /// <summary>The week the stretches make, or null (with errors per day) when a day's stretches are wrong.</summary>
    private static WeeklySchedule? ValidateSchedule(AdminErrors errors, ScheduleKind kind, IReadOnlyList<OpeningStretch> stretches)
    {
        var schedule = WeeklySchedule.Closed;
        var valid = true;
        foreach (var day in stretches.GroupBy(s => s.Day))
        {
            var field = StretchField(kind, day.Key);
            if (!Enum.IsDefined(day.Key))
            {
                errors.Add(nameof(TeamHoursInput.Regular), "Error_Day");
                valid = false;
                continue;
            }

            if (day.Count() > MaxStretchesPerDay)
            {
                errors.Add(field, "Error_TooManyStretches", MaxStretchesPerDay);
                valid = false;
                continue;
            }

            var intervals = new List<WorkingInterval>();
            foreach (var stretch in day)
            {
                if (stretch.Closes != TimeOnly.MinValue && stretch.Closes <= stretch.Opens)
                {
                    errors.Add(field, "Error_ClosesBeforeOpens", Show(stretch.Opens), Show(stretch.Closes));
                    valid = false;
                    continue;
                }

                intervals.Add(ToRow(0, kind, stretch).ToInterval());
            }

            if (errors.Has(field))
            {
                continue;
            }

            try
            {
                schedule = schedule.With(day.Key, [.. intervals]);
            }
            catch (ArgumentException)
            {
                errors.Add(field, "Error_StretchesOverlap");
                valid = false;
            }
        }

        return valid ? schedule : null;
    }

    private static IEnumerable<TeamWorkingHours> ToRows(int teamId, ScheduleKind kind, IReadOnlyList<OpeningStretch> stretches) =>
        stretches.Select(s => ToRow(teamId, kind, s));

    private static TeamWorkingHours ToRow(int teamId, ScheduleKind kind, OpeningStretch s) =>
        new() { TeamId = teamId, Schedule = kind, Day = s.Day, Opens = s.Opens, Closes = s.Closes };

    private static List<OpeningStretch> Stretches(IEnumerable<TeamWorkingHours> rows, ScheduleKind kind) =>
        [.. rows.Where(r => r.Schedule == kind)
            .OrderBy(r => DayIndex(r.Day)).ThenBy(r => r.Opens)
            .Select(r => new OpeningStretch(r.Day, r.Opens, r.Closes))];

    private static int DayIndex(DayOfWeek day) => ((int)day + 6) % 7;

    private static string? Summary(IEnumerable<TeamWorkingHours> rows, ScheduleKind kind)
    {
        var parts = Stretches(rows, kind).GroupBy(s => s.Day)
            .Select(d => $"{d.Key.ToString()[..3]} {string.Join(", ", d.Select(s => ToRow(0, kind, s).ToInterval().ToString()))}")
            .ToList();
        return parts.Count == 0 ? null : string.Join("; ", parts);
    }

    private static string Summary(IEnumerable<SlaPolicy> policies) => string.Join("; ", policies
        .OrderBy(p => p.CategoryId is null ? 0 : 1).ThenBy(p => p.Category?.Code, StringComparer.Ordinal).ThenBy(p => p.Priority)
        .Select(p => $"{p.Priority}{(p.Category is null ? "" : " " + p.Category.Code)} {Show(p.FirstResponse)}/{Show(p.Resolution)}"));

    private void RulesChanged()
    {
        rulesProvider.Invalidate();
        recalculation.Request();
    }

    private static (DateOnly First, DateOnly Last) YearRange(int year) => (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    private static string Show(SlaTarget target) => $"{Key(target.Amount)} {(target.Unit == SlaUnit.WorkingHours ? "h" : "d")}";

    private static string Show(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Show(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    private static string OnOff(bool on) => on ? "on" : "off";

    private static string Level(bool on, string value) => on ? $"on, {value}" : "off";

    private static string YesNo(bool value) => value ? "yes" : "no";

    private static string Key(int id) => id.ToString(CultureInfo.InvariantCulture);
}
