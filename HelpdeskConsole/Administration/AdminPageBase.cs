using System.Security.Claims;
using HelpdeskConsole.Localization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace HelpdeskConsole.Administration;

/// <summary>
/// What every admin page shares: who is acting, the localizers, and what happens when the services refuse
/// because the account lost its admin rights while the page was open (a clear message, not a crash).
/// </summary>
public abstract class AdminPageBase : ComponentBase
{
    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    [Inject]
    protected IStringLocalizer<AdminStrings> A { get; set; } = default!;

    [Inject]
    protected IStringLocalizer<Strings> L { get; set; } = default!;

    [Inject]
    protected ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    protected IDialogService Dialogs { get; set; } = default!;

    protected ClaimsPrincipal User { get; private set; } = new();

    protected string? UserId => User.FindFirstValue(ClaimTypes.NameIdentifier);

    protected bool AccessLost { get; private set; }

    protected override async Task OnInitializedAsync()
    {
        if (AuthenticationState is not null)
        {
            User = (await AuthenticationState).User;
        }

        await RunAsync(LoadAsync);
    }

    /// <summary>Loads (or reloads) what the page lists.</summary>
    protected abstract Task LoadAsync();

    protected async Task RunAsync(Func<Task> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        try
        {
            await action();
        }
        catch (UnauthorizedAccessException)
        {
            MarkAccessLost();
        }
    }

    /// <summary>The services refused: this account is no longer an active admin. Say so, and stop offering changes.</summary>
    protected void MarkAccessLost()
    {
        if (!AccessLost)
        {
            AccessLost = true;
            Snackbar.Add(A["AccessLost"], Severity.Error);
        }
    }

    protected void ShowErrors(AdminResult result) => Snackbar.ShowErrors(result);

    /// <summary>Asks before a change that is hard to undo; true when the admin confirmed.</summary>
    protected Task<bool> ConfirmAsync(string title, string message, string confirmText) => Dialogs.ConfirmAsync(title, message, confirmText);

    protected static DialogOptions FormDialog => AdminUi.FormDialog;
}
