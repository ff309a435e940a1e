namespace HelpdeskConsole.Administration;

public enum AccountStatus
{
    Active,
    Disabled,

    /// <summary>Temporarily locked after too many failed logins; it unlocks by itself.</summary>
    Locked,
}

/// <summary>One row of the accounts list.</summary>
public sealed record AccountListItem(
    string Id,
    string DisplayName,
    string Email,
    int? TeamId,
    string? TeamName,
    string? Role,
    AccountStatus Status,
    DateTimeOffset? LockedUntil);

/// <summary>What the accounts list shows; every criterion is optional.</summary>
public sealed record AccountFilter(string? Search = null, int? TeamId = null, string? Role = null, AccountStatus? Status = null);

/// <summary>A new account. <see cref="TeamId"/> null means no team (only allowed for admins).</summary>
public sealed record NewAccount(string Email, string DisplayName, int? TeamId, string Role, string Password);

/// <summary>What an admin may change on an existing account (the email is the login name and stays).</summary>
public sealed record AccountChanges(string DisplayName, int? TeamId, string Role);

/// <summary>A team to choose in a form.</summary>
public sealed record TeamOption(int Id, string Name);

/// <summary>A successful password reset: the generated password, shown to the admin once, or null if they typed one.</summary>
public sealed record PasswordResetOutcome(string? GeneratedPassword);
