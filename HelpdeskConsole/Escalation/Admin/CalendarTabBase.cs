using System.Security.Claims;
using HelpdeskConsole.Administration;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace HelpdeskConsole.Escalation.Admin;

/// <summary>
/// What the calendar page's tabs share with <see cref="AdminPageBase"/>: the acting admin, the localizers, a refusal
/// of the services turned into the page's "access lost" state instead of a crash, and a question before deleting.
/// </summary>
public abstract class CalendarTabBase : ComponentBase
{
    [Inject]
    protected SlaAdminService Sla { get; set; } = default!;

    [Inject]
    protected IStringLocalizer<SlaAdminStrings> S { get; set; } = default!;

    [Inject]
    protected IStringLocalizer<AdminStrings> A { get; set; } = default!;

    [Inject]
    protected ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    protected IDialogService Dialogs { get; set; } = default!;

    [Parameter, EditorRequired]
    public ClaimsPrincipal Actor { get; set; } = default!;

    /// <summary>True once the services refused this account: changes are no longer offered.</summary>
    [Parameter]
    public bool Disabled { get; set; }

    [Parameter]
    public EventCallback OnAccessLost { get; set; }

    protected async Task RunAsync(Func<Task> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        try
        {
            await action();
        }
        catch (UnauthorizedAccessException)
        {
            await OnAccessLost.InvokeAsync();
        }
        catch (DbUpdateException)
        {
            Snackbar.Add(A["Error_SaveFailed"], Severity.Error);
        }
    }

    protected void ShowErrors(AdminResult result) => Snackbar.ShowErrors(result);

    /// <summary>Asks before a change that is hard to undo; true when the admin confirmed.</summary>
    protected Task<bool> ConfirmAsync(string title, string message, string confirmText) => Dialogs.ConfirmAsync(title, message, confirmText);

    protected static DialogOptions FormDialog => AdminUi.FormDialog;
}
