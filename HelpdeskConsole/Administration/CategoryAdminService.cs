using System.Globalization;
using System.Security.Claims;
using System.Text.RegularExpressions;
using HelpdeskConsole.Data;
using HelpdeskConsole.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HelpdeskConsole.Administration;

/// <summary>
/// Categories: code, names in both languages, owning team. They are deactivated, never deleted,
/// because tickets keep referring to them.
/// </summary>
public sealed partial class CategoryAdminService(
    AdminGate gate,
    IDbContextFactory<HelpdeskDbContext> contextFactory,
    IStringLocalizer<AdminStrings> localizer,
    TimeProvider clock)
{
    public const int MaxNameLength = 120;

    public async Task<IReadOnlyList<CategoryListItem>> ListAsync(ClaimsPrincipal principal, CancellationToken cancellationToken = default)
    {
        await gate.RequireAdminAsync(principal, cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Categories.AsNoTracking()
            .OrderBy(c => c.SortOrder).ThenBy(c => c.Code)
            .Select(c => new CategoryListItem(c.Id, c.Code, c.NameId, c.NameEn, c.TeamId, c.Team!.Name, c.IsActive))
            .ToListAsync(cancellationToken);
    }

    public async Task<AdminResult<int>> CreateAsync(ClaimsPrincipal principal, NewCategory input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var actor = await gate.RequireAdminAsync(principal, cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var errors = new AdminErrors(localizer);

        // Codes are upper case by convention; accepting "upah" as UPAH saves the admin a correction.
        var code = (input.Code ?? "").Trim().ToUpperInvariant();
        if (code.Length == 0)
        {
            errors.Add(nameof(NewCategory.Code), "Error_CodeRequired");
        }
        else if (!CodePattern().IsMatch(code))
        {
            errors.Add(nameof(NewCategory.Code), "Error_CodeFormat");
        }
        else if (await db.Categories.AnyAsync(c => c.Code == code, cancellationToken))
        {
            errors.Add(nameof(NewCategory.Code), "Error_CodeTaken", code);
        }

        var (nameId, nameEn) = errors.Names(input.NameId, input.NameEn, nameof(NewCategory.NameId), nameof(NewCategory.NameEn), MaxNameLength);
        var teamName = await ValidateTeamAsync(db, errors, input.TeamId, cancellationToken);
        if (errors.Any)
        {
            return AdminResult.Fail<int>(errors.ToList());
        }

        var sortOrder = (await db.Categories.MaxAsync(c => (int?)c.SortOrder, cancellationToken) ?? 0) + 1;
        var category = new Category { Code = code, NameId = nameId, NameEn = nameEn, TeamId = input.TeamId!.Value, SortOrder = sortOrder };
        // One transaction: the category needs its id before the audit entry can name it.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Categories.Add(category);
        await db.SaveChangesAsync(cancellationToken);
        db.AuditEntries.Add(new AuditDetails()
            .Change(AuditFields.Code, null, code)
            .Change(AuditFields.NameId, null, nameId)
            .Change(AuditFields.NameEn, null, nameEn)
            .Change(AuditFields.Team, null, teamName)
            .ToEntry(actor, clock.GetUtcNow(), AuditAreas.Category, Key(category.Id), AuditActions.Created));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return AdminResult.Ok(category.Id);
    }

    public async Task<AdminResult> UpdateAsync(ClaimsPrincipal principal, int categoryId, CategoryChanges changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var actor = await gate.RequireAdminAsync(principal, cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var errors = new AdminErrors(localizer);
        var category = await db.Categories.Include(c => c.Team).SingleOrDefaultAsync(c => c.Id == categoryId, cancellationToken);
        if (category is null)
        {
            errors.Add(AdminError.Form, "Error_CategoryGone");
            return AdminResult.Fail(errors.ToList());
        }

        var (nameId, nameEn) = errors.Names(changes.NameId, changes.NameEn, nameof(NewCategory.NameId), nameof(NewCategory.NameEn), MaxNameLength);
        var teamName = await ValidateTeamAsync(db, errors, changes.TeamId, cancellationToken);
        if (errors.Any)
        {
            return AdminResult.Fail(errors.ToList());
        }

        var details = new AuditDetails()
            .Change(AuditFields.NameId, category.NameId, nameId)
            .Change(AuditFields.NameEn, category.NameEn, nameEn)
            .Change(AuditFields.Team, category.Team?.Name, teamName);
        if (details.IsEmpty)
        {
            return AdminResult.Ok();
        }

        category.NameId = nameId;
        category.NameEn = nameEn;
        category.TeamId = changes.TeamId!.Value;
        db.AuditEntries.Add(details.ToEntry(actor, clock.GetUtcNow(), AuditAreas.Category, Key(category.Id), AuditActions.Updated));
        await db.SaveChangesAsync(cancellationToken);
        return AdminResult.Ok();
    }

    /// <summary>An inactive category is no longer offered for new complaints; existing tickets keep it.</summary>
    public async Task<AdminResult> SetActiveAsync(ClaimsPrincipal principal, int categoryId, bool active, CancellationToken cancellationToken = default)
    {
        var actor = await gate.RequireAdminAsync(principal, cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var category = await db.Categories.SingleOrDefaultAsync(c => c.Id == categoryId, cancellationToken);
        if (category is null)
        {
            var errors = new AdminErrors(localizer);
            errors.Add(AdminError.Form, "Error_CategoryGone");
            return AdminResult.Fail(errors.ToList());
        }

        if (category.IsActive == active)
        {
            return AdminResult.Ok();
        }

        category.IsActive = active;
        db.AuditEntries.Add(new AuditDetails().ToEntry(actor, clock.GetUtcNow(), AuditAreas.Category, Key(category.Id),
            active ? AuditActions.Activated : AuditActions.Deactivated));
        await db.SaveChangesAsync(cancellationToken);
        return AdminResult.Ok();
    }

    private static async Task<string?> ValidateTeamAsync(HelpdeskDbContext db, AdminErrors errors, int? teamId, CancellationToken cancellationToken)
    {
        if (teamId is null)
        {
            errors.Add(nameof(NewCategory.TeamId), "Error_OwningTeamRequired");
            return null;
        }

        var name = await db.Teams.Where(t => t.Id == teamId).Select(t => t.Name).SingleOrDefaultAsync(cancellationToken);
        if (name is null)
        {
            errors.Add(nameof(NewCategory.TeamId), "Error_TeamNotFound");
        }

        return name;
    }

    private static string Key(int id) => id.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex("^[A-Z0-9]{2,16}$")]
    private static partial Regex CodePattern();
}
