using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace HelpdeskConsole.Administration;

public partial class AccountsPage
{
    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    private const string All = "*";
    private static readonly int[] pageSizes = [10, 25, 50, 100];

    private IReadOnlyList<AccountListItem> accounts = [];
    private IReadOnlyList<TeamOption> teams = [];
    private bool loading = true;
    private string? search;
    private int teamFilter;
    private string roleFilter = All;
    private string statusFilter = All;

    private bool Filtered => !string.IsNullOrWhiteSpace(search) || teamFilter != 0 || roleFilter != All || statusFilter != All;

    protected override async Task LoadAsync()
    {
        teams = await Teams.ListOptionsAsync(User);
        await LoadAccountsAsync();
    }

    private async Task LoadAccountsAsync()
    {
        loading = true;
        try
        {
            var filter = new AccountFilter(
                search,
                teamFilter == 0 ? null : teamFilter,
                roleFilter == All ? null : roleFilter,
                statusFilter == All ? null : Enum.Parse<AccountStatus>(statusFilter));
            accounts = await Accounts.ListAsync(User, filter);
        }
        finally
        {
            loading = false;
        }
    }

    private Task ReloadAsync() => RunAsync(LoadAccountsAsync);

    private Task OnSearchChangedAsync(string? value)
    {
        search = value;
        return ReloadAsync();
    }

    private Task OnTeamFilterChangedAsync(int value)
    {
        teamFilter = value;
        return ReloadAsync();
    }

    private Task OnRoleFilterChangedAsync(string value)
    {
        roleFilter = value;
        return ReloadAsync();
    }

    private Task OnStatusFilterChangedAsync(string value)
    {
        statusFilter = value;
        return ReloadAsync();
    }

    private string TeamFilterText(int id) => id == 0 ? A["Filter_AllTeams"] : teams.FirstOrDefault(t => t.Id == id)?.Name ?? "";

    private string RoleFilterText(string? role) => role is null or All ? A["Filter_AllRoles"] : L.Role(role);

    private string StatusFilterText(string? status) =>
        status is null or All ? A["Filter_AllStatuses"] : A.Status(Enum.Parse<AccountStatus>(status));

    // Minutes rather than a clock time: the admin and the locked-out colleague may be in different time zones.
    private string? LockedTitle(AccountListItem account) =>
        account.LockedUntil is { } until
            ? A["Accounts_LockedUntil", Math.Max(1, (int)Math.Ceiling((until - Clock.GetUtcNow()).TotalMinutes))].Value
            : null;

    private async Task CreateAsync()
    {
        var dialog = await Dialogs.ShowAsync<AccountDialog>(A["AccountDialog_CreateTitle"], new DialogParameters<AccountDialog>
        {
            { d => d.Actor, User },
            { d => d.Teams, teams },
        }, FormDialog);
        if (await dialog.Result is { Canceled: false, Data: string name })
        {
            Snackbar.Add(A["Accounts_Created", name], Severity.Success);
            await ReloadAsync();
        }
    }

    private async Task EditAsync(AccountListItem account)
    {
        var dialog = await Dialogs.ShowAsync<AccountDialog>(A["AccountDialog_EditTitle"], new DialogParameters<AccountDialog>
        {
            { d => d.Actor, User },
            { d => d.Teams, teams },
            { d => d.Account, account },
        }, FormDialog);
        if (await dialog.Result is { Canceled: false, Data: string name })
        {
            Snackbar.Add(A["Accounts_Saved", name], Severity.Success);
            await ReloadAsync();
        }
    }

    private async Task ResetPasswordAsync(AccountListItem account)
    {
        var dialog = await Dialogs.ShowAsync<ResetPasswordDialog>(A["ResetDialog_Title"], new DialogParameters<ResetPasswordDialog>
        {
            { d => d.Actor, User },
            { d => d.Account, account },
        }, FormDialog);
        if (await dialog.Result is { Canceled: false })
        {
            await ReloadAsync();
        }
    }

    private Task DisableAsync(AccountListItem account) => RunAsync(async () =>
    {
        if (!await ConfirmAsync(A["Disable_Title"], A["Disable_Body", account.DisplayName], A["Disable_Confirm"]))
        {
            return;
        }

        var result = await Accounts.DisableAsync(User, account.Id);
        if (result.Succeeded)
        {
            Snackbar.Add(A["Accounts_Disabled", account.DisplayName], Severity.Success);
            await LoadAccountsAsync();
        }
        else
        {
            ShowErrors(result);
        }
    });

    private Task EnableAsync(AccountListItem account) => RunAsync(async () =>
    {
        var result = await Accounts.EnableAsync(User, account.Id);
        if (result.Succeeded)
        {
            Snackbar.Add(A["Accounts_Enabled", account.DisplayName], Severity.Success);
            await LoadAccountsAsync();
        }
        else
        {
            ShowErrors(result);
        }
    });

    private Task UnlockAsync(AccountListItem account) => RunAsync(async () =>
    {
        var result = await Accounts.UnlockAsync(User, account.Id);
        if (result.Succeeded)
        {
            Snackbar.Add(A["Accounts_Unlocked", account.DisplayName], Severity.Success);
            await LoadAccountsAsync();
        }
        else
        {
            ShowErrors(result);
        }
    });
}
