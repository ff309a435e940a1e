using System.Security.Claims;
using Bunit;
using HelpdeskConsole.CannedResponses;
using HelpdeskConsole.Identity;
using HelpdeskConsole.Tests.Tickets.Workspace;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace HelpdeskConsole.Tests.CannedResponses;

/// <summary>
/// The library page on the real canned-response service and the workspace's people (officers, their lead, an admin),
/// with the MudBlazor providers its menus, selects, dialogs and snackbars render into.
/// </summary>
public abstract class LibraryPageTestBase : WorkspaceTestBase
{
    protected LibraryPageTestBase()
    {
        Context.Services.AddScoped<CannedResponseService>();
        Context.Services.AddSingleton<ReplyValues>();
    }

    protected IRenderedComponent<MudDialogProvider> Dialogs { get; private set; } = default!;

    protected CannedResponseService Library => Context.Services.GetRequiredService<CannedResponseService>();

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Context.Render<MudPopoverProvider>();
        Dialogs = Context.Render<MudDialogProvider>();
        Context.Render<MudSnackbarProvider>();
    }

    public override async Task DisposeAsync()
    {
        await Context.DisposeComponentsAsync();
        await base.DisposeAsync();
    }

    protected static ClaimsPrincipal As(Viewer viewer) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, viewer.UserId)], "Test"));

    /// <summary>Signs the bUnit user in as one of the workspace's people.</summary>
    protected void SignInAs(Viewer viewer, string displayName, string role)
    {
        Auth.SetAuthorized(displayName);
        Auth.SetRoles(role);
        Auth.SetClaims(new Claim(ClaimTypes.NameIdentifier, viewer.UserId));
    }

    /// <summary>Writes a text through the service, as <paramref name="author"/> would in the editor; version 1.</summary>
    protected async Task<int> WriteAsync(Viewer author, string shortcut, string title, string body, ResponsePurpose purpose = ResponsePurpose.Salam,
        ResponseVisibility visibility = ResponseVisibility.Everyone)
    {
        var result = await Library.CreateAsync(As(author), new ResponseInput
        {
            Title = title, Shortcut = shortcut, Body = body, Language = "id", Purpose = purpose, Visibility = visibility,
        });
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message)));
        return result.Value;
    }

    /// <summary>An officer's personal text, proposed to their team's lead.</summary>
    protected async Task<int> ProposeAsync(Viewer officer, string shortcut, string title, string body)
    {
        var id = await WriteAsync(officer, shortcut, title, body, ResponsePurpose.Empati, ResponseVisibility.Personal);
        var result = await Library.ProposeAsync(As(officer), id, expectedVersion: 1);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message)));
        return id;
    }
}
