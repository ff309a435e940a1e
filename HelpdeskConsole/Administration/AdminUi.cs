using MudBlazor;

namespace HelpdeskConsole.Administration;

/// <summary>What admin pages and their parts show the same way: refusals, the question before a change, form dialogs.</summary>
public static class AdminUi
{
    public static void ShowErrors(this ISnackbar snackbar, AdminResult result)
    {
        ArgumentNullException.ThrowIfNull(snackbar);
        ArgumentNullException.ThrowIfNull(result);
        foreach (var error in result.Errors)
        {
            snackbar.Add(error.Message, Severity.Error);
        }
    }

    /// <summary>Asks before a change that is hard to undo; true when the admin confirmed.</summary>
    public static async Task<bool> ConfirmAsync(this IDialogService dialogs, string title, string message, string confirmText)
    {
        ArgumentNullException.ThrowIfNull(dialogs);
        var dialog = await dialogs.ShowAsync<ConfirmDialog>(title, new DialogParameters<ConfirmDialog>
        {
            { d => d.Title, title },
            { d => d.Message, message },
            { d => d.ConfirmText, confirmText },
        }, new DialogOptions { MaxWidth = MaxWidth.ExtraSmall, FullWidth = true, CloseOnEscapeKey = true });
        return await dialog.Result is { Canceled: false };
    }

    public static DialogOptions FormDialog => new()
    {
        MaxWidth = MaxWidth.Small,
        FullWidth = true,
        CloseButton = true,
        BackdropClick = false,
        CloseOnEscapeKey = true,
    };
}
