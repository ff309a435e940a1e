using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using HelpdeskConsole.Data;
using HelpdeskConsole.Identity;
using HelpdeskConsole.Teams;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace HelpdeskConsole.Administration;

/// <summary>
/// Console accounts: list, create, edit name, team and role, disable and enable, reset passwords.
/// Every method checks that the caller is an active Admin, validates, changes the account through
/// Identity's <see cref="UserManager{TUser}"/> and writes the audit entry in the same transaction.
/// </summary>
public sealed partial class AccountAdminService(
    AdminGate gate,
    IServiceScopeFactory scopeFactory,
    IDbContextFactory<HelpdeskDbContext> contextFactory,
    IOptions<IdentityOptions> identityOptions,
    IStringLocalizer<AdminStrings> localizer,
    TimeProvider clock,
    ILogger<AccountAdminService> logger)
{
    public const int MaxNameLength = 120;
    public const int MaxEmailLength = 254;

    public async Task<IReadOnlyList<AccountListItem>> ListAsync(
        ClaimsPrincipal principal, AccountFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await gate.RequireAdminAsync(principal, cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);

        var users = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            // Upper-casing both sides is case-insensitive on SQLite and PostgreSQL alike.
            var term = filter.Search.Trim().ToUpperInvariant();
#pragma warning disable CA1862 // StringComparison overloads cannot be translated to SQL.
            users = users.Where(u => u.DisplayName.ToUpper().Contains(term) || u.NormalizedEmail!.Contains(term));
#pragma warning restore CA1862
        }

        if (filter.TeamId is { } teamId)
        {
            users = users.Where(u => u.TeamId == teamId);
        }

        if (!string.IsNullOrEmpty(filter.Role))
        {
            var roleName = filter.Role;
            users = users.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id
                && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == roleName)));
        }

        if (filter.Status is AccountStatus.Disabled)
        {
            users = users.Where(u => u.IsDisabled);
        }
        else if (filter.Status is AccountStatus.Active or AccountStatus.Locked)
        {
            users = users.Where(u => !u.IsDisabled);
        }

        var rows = await users
            .OrderBy(u => u.DisplayName)
            .Select(u => new
            {
                u.Id,
                u.DisplayName,
                u.Email,
                u.TeamId,
                TeamName = u.Team != null ? u.Team.Name : null,
                u.IsDisabled,
                u.LockoutEnd,
            })
            .ToListAsync(cancellationToken);
        var roles = await RolesByUserAsync(db, cancellationToken);

        // Lockout ends are compared here: SQLite cannot compare DateTimeOffset values in SQL.
        var now = clock.GetUtcNow();
        var items = rows.Select(u => new AccountListItem(
                u.Id,
                u.DisplayName,
                u.Email ?? "",
                u.TeamId,
                u.TeamName,
                roles.GetValueOrDefault(u.Id),
                u.IsDisabled ? AccountStatus.Disabled : u.LockoutEnd > now ? AccountStatus.Locked : AccountStatus.Active,
                !u.IsDisabled && u.LockoutEnd > now ? u.LockoutEnd : null))
            .Where(a => filter.Status is null || a.Status == filter.Status)
            .ToList();
        return items;
    }

    /// <summary>A sentence that states the password rules configured for Identity, for the form's hint.</summary>
    public string PasswordRules()
    {
        var rules = identityOptions.Value.Password;
        var parts = new List<string>();
        if (rules.RequireUppercase)
        {
            parts.Add(localizer["PasswordRule_Upper"]);
        }

        if (rules.RequireLowercase)
        {
            parts.Add(localizer["PasswordRule_Lower"]);
        }

        if (rules.RequireDigit)
        {
            parts.Add(localizer["PasswordRule_Digit"]);
        }

        if (rules.RequireNonAlphanumeric)
        {
            parts.Add(localizer["PasswordRule_Symbol"]);
        }

        return localizer["PasswordRule_Summary", rules.RequiredLength, string.Join(", ", parts)];
    }

    public async Task<AdminResult<string>> CreateAsync(ClaimsPrincipal principal, NewAccount input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var actor = await gate.RequireAdminAsync(principal, cancellationToken);
        var email = (input.Email ?? "").Trim();
        var name = CleanName(input.DisplayName);
        var role = input.Role ?? "";
        var password = input.Password ?? "";

        await using var scope = scopeFactory.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var db = scope.ServiceProvider.GetRequiredService<HelpdeskDbContext>();

        var errors = new AdminErrors(localizer);
        if (email.Length == 0)
        {
            errors.Add(nameof(NewAccount.Email), "Error_EmailRequired");
        }
        else if (email.Length > MaxEmailLength || !new EmailAddressAttribute().IsValid(email))
        {
            errors.Add(nameof(NewAccount.Email), "Error_EmailInvalid");
        }
        else if (await users.FindByEmailAsync(email) is not null)
        {
            errors.Add(nameof(NewAccount.Email), "Error_EmailTaken");
        }

        ValidateName(errors, name);
        ValidateRole(errors, role);
        var team = await ValidateTeamAsync(db, errors, input.TeamId, role, cancellationToken);

        var user = new ApplicationUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = name,
            TeamId = team?.Id,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        await ValidatePasswordAsync(users, user, errors, nameof(NewAccount.Password), password);
        if (errors.Any)
        {
            return AdminResult.Fail<string>(errors.ToList());
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return AdminResult.Fail<string>(IdentityErrors(created, nameof(NewAccount.Email), nameof(NewAccount.Password)));
        }

        EnsureSucceeded(await users.AddToRoleAsync(user, role), "add the role");
        db.AuditEntries.Add(new AuditDetails()
            .Change(AuditFields.Email, null, email)
            .Change(AuditFields.Name, null, name)
            .Change(AuditFields.Team, null, team?.Name)
            .Change(AuditFields.Role, null, role)
            .ToEntry(actor, clock.GetUtcNow(), AuditAreas.Account, user.Id, AuditActions.Created));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        Log.AccountChanged(logger, user.Id, AuditActions.Created, actor.UserId);
        return AdminResult.Ok(user.Id);
    }

    /// <summary>
    /// Changes name, team and role. A new role or team also renews the security stamp: the person's
    /// open sessions end within a minute, and their next login carries the new role and team.
    /// </summary>
    public async Task<AdminResult> UpdateAsync(ClaimsPrincipal principal, string userId, AccountChanges changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var actor = await gate.RequireAdminAsync(principal, cancellationToken);
        var name = CleanName(changes.DisplayName);
        var role = changes.Role ?? "";

        await using var account = await OpenAccountAsync(userId);
        var (users, db, errors) = (account.Users, account.Db, account.Errors);
        if (account.User is not { } user)
        {
            errors.Add(AdminError.Form, "Error_AccountNotFound");
            return AdminResult.Fail(errors.ToList());
        }

        var currentRoles = await users.GetRolesAsync(user);
        var currentRole = PrimaryRole(currentRoles);
        ValidateName(errors, name);
        ValidateRole(errors, role);
        var team = await ValidateTeamAsync(db, errors, changes.TeamId, role, cancellationToken);
        var roleChanged = currentRoles.Count != 1 || !string.Equals(currentRole, role, StringComparison.Ordinal);
        if (!errors.Has(nameof(AccountChanges.Role)) && currentRoles.Contains(Roles.Admin) && role != Roles.Admin)
        {
            if (user.Id == actor.UserId)
            {
                errors.Add(nameof(AccountChanges.Role), "Error_CannotDemoteSelf");
            }
            else if (!user.IsDisabled && !await AnotherActiveAdminExistsAsync(db, user.Id, cancellationToken))
            {
                errors.Add(nameof(AccountChanges.Role), "Error_LastAdmin");
            }
        }

        if (errors.Any)
        {
            return AdminResult.Fail(errors.ToList());
        }

        var teamChanged = user.TeamId != team?.Id;
        var oldTeamName = user.TeamId is { } oldTeamId
            ? await db.Teams.Where(t => t.Id == oldTeamId).Select(t => t.Name).SingleOrDefaultAsync(cancellationToken)
            : null;
        var details = new AuditDetails()
            .Change(AuditFields.Name, user.DisplayName, name)
            .Change(AuditFields.Team, oldTeamName, team?.Name)
            .Change(AuditFields.Role, string.Join(", ", currentRoles), role);
        if (details.IsEmpty)
        {
            return AdminResult.Ok();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        user.DisplayName = name;
        user.TeamId = team?.Id;
        var updated = await users.UpdateAsync(user);
        if (!updated.Succeeded)
        {
            return AdminResult.Fail(IdentityErrors(updated, AdminError.Form, AdminError.Form));
        }

        if (roleChanged)
        {
            if (currentRoles.Count > 0)
            {
                EnsureSucceeded(await users.RemoveFromRolesAsync(user, currentRoles), "remove the old role");
            }

            EnsureSucceeded(await users.AddToRoleAsync(user, role), "add the role");
        }

        if (roleChanged || teamChanged)
        {
            EnsureSucceeded(await users.UpdateSecurityStampAsync(user), "renew the security stamp");
            // A lead must hold the TeamLead role and belong to the team they lead.
            await StepDownAsLeadAsync(db, actor, user, keepTeamId: role == Roles.TeamLead ? team?.Id : null, cancellationToken);
        }

        db.AuditEntries.Add(details.ToEntry(actor, clock.GetUtcNow(), AuditAreas.Account, user.Id, AuditActions.Updated));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        Log.AccountChanged(logger, user.Id, AuditActions.Updated, actor.UserId);
        return AdminResult.Ok();
    }

    /// <summary>
    /// Disables an account: it cannot log in (locked out indefinitely), and the new security stamp ends its
    /// open sessions within a minute (cookie and open consoles). It also stops leading any team.
    /// </summary>
    public async Task<AdminResult> DisableAsync(ClaimsPrincipal principal, string userId, CancellationToken cancellationToken = default)
    {
        var actor = await gate.RequireAdminAsync(principal, cancellationToken);
        await using var account = await OpenAccountAsync(userId);
        var (users, db, errors) = (account.Users, account.Db, account.Errors);
        if (account.User is not { } user)
        {
            errors.Add(AdminError.Form, "Error_AccountNotFound");
            return AdminResult.Fail(errors.ToList());
        }

        if (user.IsDisabled)
        {
            return AdminResult.Ok();
        }

        if (user.Id == actor.UserId)
        {
            errors.Add(AdminError.Form, "Error_CannotDisableSelf");
        }
        else if (await users.IsInRoleAsync(user, Roles.Admin) && !await AnotherActiveAdminExistsAsync(db, user.Id, cancellationToken))
        {
            errors.Add(AdminError.Form, "Error_LastAdmin");
        }

        if (errors.Any)
        {
            return AdminResult.Fail(errors.ToList());
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        user.IsDisabled = true;
        EnsureSucceeded(await users.SetLockoutEnabledAsync(user, true), "enable lockout");
        EnsureSucceeded(await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue), "lock the account");
        EnsureSucceeded(await users.UpdateSecurityStampAsync(user), "renew the security stamp");
        await StepDownAsLeadAsync(db, actor, user, keepTeamId: null, cancellationToken);
        db.AuditEntries.Add(new AuditDetails().ToEntry(actor, clock.GetUtcNow(), AuditAreas.Account, user.Id, AuditActions.Disabled));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        Log.AccountChanged(logger, user.Id, AuditActions.Disabled, actor.UserId);
        return AdminResult.Ok();
    }

    /// <summary>Lets a disabled account log in again (with its existing password).</summary>
    public Task<AdminResult> EnableAsync(ClaimsPrincipal principal, string userId, CancellationToken cancellationToken = default) =>
        ClearLockoutAsync(principal, userId, AuditActions.Enabled, cancellationToken);

    /// <summary>Ends a temporary lockout after failed logins, before it runs out by itself.</summary>
    public Task<AdminResult> UnlockAsync(ClaimsPrincipal principal, string userId, CancellationToken cancellationToken = default) =>
        ClearLockoutAsync(principal, userId, AuditActions.Unlocked, cancellationToken);

    /// <summary>
    /// Sets a new password: the one the admin typed, or (when <paramref name="newPassword"/> is null) a
    /// generated one, returned to be shown once. The security stamp changes, so open sessions end within a minute.
    /// </summary>
    public async Task<AdminResult<PasswordResetOutcome>> ResetPasswordAsync(
        ClaimsPrincipal principal, string userId, string? newPassword, CancellationToken cancellationToken = default)
    {
        var actor = await gate.RequireAdminAsync(principal, cancellationToken);
        await using var account = await OpenAccountAsync(userId);
        var (users, db, errors) = (account.Users, account.Db, account.Errors);
        if (account.User is not { } user)
        {
            errors.Add(AdminError.Form, "Error_AccountNotFound");
            return AdminResult.Fail<PasswordResetOutcome>(errors.ToList());
        }

        var generated = newPassword is null;
        var password = newPassword ?? PasswordGenerator.Generate();
        await ValidatePasswordAsync(users, user, errors, "Password", password);
        if (errors.Any)
        {
            return AdminResult.Fail<PasswordResetOutcome>(errors.ToList());
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await users.HasPasswordAsync(user))
        {
            EnsureSucceeded(await users.RemovePasswordAsync(user), "remove the old password");
        }

        var added = await users.AddPasswordAsync(user, password);
        if (!added.Succeeded)
        {
            return AdminResult.Fail<PasswordResetOutcome>(IdentityErrors(added, AdminError.Form, "Password"));
        }

        // Said explicitly, although changing the password already renews it: this is what ends open sessions.
        EnsureSucceeded(await users.UpdateSecurityStampAsync(user), "renew the security stamp");
        if (!user.IsDisabled)
        {
            // The new password is meant to work now, also for someone locked out after failed attempts.
            EnsureSucceeded(await users.SetLockoutEndDateAsync(user, null), "end the lockout");
            EnsureSucceeded(await users.ResetAccessFailedCountAsync(user), "reset failed attempts");
        }

        db.AuditEntries.Add(new AuditDetails().ToEntry(actor, clock.GetUtcNow(), AuditAreas.Account, user.Id, AuditActions.PasswordReset));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        Log.AccountChanged(logger, user.Id, AuditActions.PasswordReset, actor.UserId);
        return AdminResult.Ok(new PasswordResetOutcome(generated ? password : null));
    }

    /// <summary>One account change's services, and the account itself (null when there is no such account).</summary>
    private sealed record AccountScope(AsyncServiceScope Scope, UserManager<ApplicationUser> Users, HelpdeskDbContext Db, AdminErrors Errors,
        ApplicationUser? User) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => Scope.DisposeAsync();
    }

    private async Task<AccountScope> OpenAccountAsync(string userId)
    {
        var scope = scopeFactory.CreateAsyncScope();
        try
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            return new AccountScope(scope, users, scope.ServiceProvider.GetRequiredService<HelpdeskDbContext>(), new AdminErrors(localizer),
                await users.FindByIdAsync(userId));
        }
        catch
        {
            await scope.DisposeAsync();
            throw;
        }
    }

    private async Task<AdminResult> ClearLockoutAsync(ClaimsPrincipal principal, string userId, string action, CancellationToken cancellationToken)
    {
        var actor = await gate.RequireAdminAsync(principal, cancellationToken);
        await using var account = await OpenAccountAsync(userId);
        var (users, db, errors) = (account.Users, account.Db, account.Errors);
        if (account.User is not { } user)
        {
            errors.Add(AdminError.Form, "Error_AccountNotFound");
            return AdminResult.Fail(errors.ToList());
        }

        if (action == AuditActions.Enabled && !user.IsDisabled)
        {
            return AdminResult.Ok();
        }

        if (action == AuditActions.Unlocked)
        {
            if (user.IsDisabled)
            {
                errors.Add(AdminError.Form, "Error_UnlockDisabled");
                return AdminResult.Fail(errors.ToList());
            }

            if (!(user.LockoutEnd > clock.GetUtcNow()))
            {
                return AdminResult.Ok();
            }
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        user.IsDisabled = false;
        EnsureSucceeded(await users.SetLockoutEndDateAsync(user, null), "end the lockout");
        EnsureSucceeded(await users.ResetAccessFailedCountAsync(user), "reset failed attempts");
        db.AuditEntries.Add(new AuditDetails().ToEntry(actor, clock.GetUtcNow(), AuditAreas.Account, user.Id, action));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        Log.AccountChanged(logger, user.Id, action, actor.UserId);
        return AdminResult.Ok();
    }

    /// <summary>Clears the lead of every team this person leads, except <paramref name="keepTeamId"/>, and records it.</summary>
    private async Task StepDownAsLeadAsync(HelpdeskDbContext db, AdminActor actor, ApplicationUser user, int? keepTeamId, CancellationToken cancellationToken)
    {
        var led = await db.Teams.Where(t => t.LeadId == user.Id && t.Id != keepTeamId).ToListAsync(cancellationToken);
        foreach (var team in led)
        {
            team.LeadId = null;
            db.AuditEntries.Add(new AuditDetails()
                .Change(AuditFields.Lead, user.DisplayName, null)
                .ToEntry(actor, clock.GetUtcNow(), AuditAreas.Team, team.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), AuditActions.Updated));
        }
    }

    private static async Task<bool> AnotherActiveAdminExistsAsync(HelpdeskDbContext db, string exceptUserId, CancellationToken cancellationToken) =>
        await (from ur in db.UserRoles
               join r in db.Roles on ur.RoleId equals r.Id
               join u in db.Users on ur.UserId equals u.Id
               where r.Name == Roles.Admin && !u.IsDisabled && u.Id != exceptUserId
               select u.Id).AnyAsync(cancellationToken);

    private static async Task<Dictionary<string, string>> RolesByUserAsync(HelpdeskDbContext db, CancellationToken cancellationToken)
    {
        var pairs = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           select new { ur.UserId, r.Name }).AsNoTracking().ToListAsync(cancellationToken);
        return pairs.GroupBy(p => p.UserId).ToDictionary(g => g.Key, g => PrimaryRole(g.Select(p => p.Name!).ToList())!);
    }

    /// <summary>Each account should hold exactly one role; if older data holds more, the strongest is shown.</summary>
    private static string? PrimaryRole(IList<string> roles) =>
        roles.Contains(Roles.Admin) ? Roles.Admin
        : roles.Contains(Roles.TeamLead) ? Roles.TeamLead
        : roles.Contains(Roles.Officer) ? Roles.Officer
        : roles.FirstOrDefault();

    private static string CleanName(string? name) => string.Join(' ', (name ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static void ValidateName(AdminErrors errors, string name)
    {
        if (name.Length == 0)
        {
            errors.Add(nameof(NewAccount.DisplayName), "Error_NameRequired");
        }
        else if (name.Length > MaxNameLength)
        {
            errors.Add(nameof(NewAccount.DisplayName), "Error_NameTooLong", MaxNameLength);
        }
    }

    private static void ValidateRole(AdminErrors errors, string role)
    {
        if (!Roles.All.Contains(role))
        {
            errors.Add(nameof(NewAccount.Role), "Error_RoleRequired");
        }
    }

    /// <summary>The chosen team, if it exists. Officers and team leads work in a team; an admin may have none.</summary>
    private static async Task<Team?> ValidateTeamAsync(HelpdeskDbContext db, AdminErrors errors, int? teamId, string role, CancellationToken cancellationToken)
    {
        if (teamId is null)
        {
            if (role is Roles.Officer or Roles.TeamLead)
            {
                errors.Add(nameof(NewAccount.TeamId), "Error_TeamRequiredForRole");
            }

            return null;
        }

        var team = await db.Teams.AsNoTracking().SingleOrDefaultAsync(t => t.Id == teamId, cancellationToken);
        if (team is null)
        {
            errors.Add(nameof(NewAccount.TeamId), "Error_TeamNotFound");
        }

        return team;
    }

    private async Task ValidatePasswordAsync(UserManager<ApplicationUser> users, ApplicationUser user, AdminErrors errors, string field, string password)
    {
        if (string.IsNullOrEmpty(password))
        {
            errors.Add(field, "Error_PasswordRequired");
            return;
        }

        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, user, password);
            foreach (var (code, arguments) in result.Errors.Select(Translate))
            {
                errors.Add(field, code, arguments);
            }
        }
    }

    /// <summary>Identity's errors, placed on the field they concern and worded in the viewer's language.</summary>
    private IReadOnlyList<AdminError> IdentityErrors(IdentityResult result, string accountField, string passwordField) =>
        [.. result.Errors.Select(e =>
        {
            var (code, arguments) = Translate(e);
            var field = e.Code.StartsWith("Password", StringComparison.Ordinal) ? passwordField
                : e.Code is "DuplicateEmail" or "DuplicateUserName" or "InvalidEmail" or "InvalidUserName" ? accountField
                : AdminError.Form;
            return new AdminError(field, code, localizer[code, arguments]);
        })];

    /// <summary>Identity's own messages are English only: known codes get the console's wording, others keep Identity's text.</summary>
    private (string Code, object[] Arguments) Translate(IdentityError error) => error.Code switch
    {
        "PasswordTooShort" => ("Error_PasswordTooShort", [identityOptions.Value.Password.RequiredLength]),
        "PasswordRequiresDigit" => ("Error_PasswordRequiresDigit", []),
        "PasswordRequiresLower" => ("Error_PasswordRequiresLower", []),
        "PasswordRequiresUpper" => ("Error_PasswordRequiresUpper", []),
        "PasswordRequiresNonAlphanumeric" => ("Error_PasswordRequiresSymbol", []),
        "PasswordRequiresUniqueChars" => ("Error_PasswordRequiresUniqueChars", [identityOptions.Value.Password.RequiredUniqueChars]),
        "DuplicateEmail" or "DuplicateUserName" => ("Error_EmailTaken", []),
        "InvalidEmail" or "InvalidUserName" => ("Error_EmailInvalid", []),
        "ConcurrencyFailure" => ("Error_ChangedMeanwhile", []),
        _ => ("Error_Identity", [error.Description]),
    };

    private static void EnsureSucceeded(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            // Not a validation problem (those were checked first): the transaction rolls back.
            throw new InvalidOperationException($"Could not {what}: {string.Join(" ", result.Errors.Select(e => e.Code))}");
        }
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Information, Message = "Account {UserId}: {Action} by admin {ActorId}")]
        public static partial void AccountChanged(ILogger logger, string userId, string action, string actorId);
    }
}
