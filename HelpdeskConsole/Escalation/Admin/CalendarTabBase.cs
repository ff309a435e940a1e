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

    protected void ShowErrors(AdminResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        foreach (var error in result.Errors)
        {
            Snackbar.Add(error.Message, Severity.Error);
        }
    }

    protected async Task<bool> ConfirmAsync(string title, string message, string confirmText)
    {
        var dialog = await Dialogs.ShowAsync<ConfirmDialog>(title, new DialogParameters<ConfirmDialog>
        {
            { d => d.Title, title },
            { d => d.Message, message },
            { d => d.ConfirmText, confirmText },
        }, new DialogOptions { MaxWidth = MaxWidth.ExtraSmall, FullWidth = true, CloseOnEscapeKey = true });
        return await dialog.Result is { Canceled: false };
    }

    protected static DialogOptions FormDialog => new()
    {
        MaxWidth = MaxWidth.Small,
        FullWidth = true,
        CloseButton = true,
        BackdropClick = false,
        CloseOnEscapeKey = true,
    };
}
