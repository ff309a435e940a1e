using System.Globalization;
using System.Security.Claims;
using HelpdeskConsole.Administration;
using HelpdeskConsole.Identity;
using HelpdeskConsole.Localization;
using HelpdeskConsole.Tickets.Workspace;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace HelpdeskConsole.CannedResponses;

/// <summary>
/// The canned-response library: officers read and keep their own texts, leads and admins write for the team or the
/// desk, approve proposals, roll back versions, import and export. Every change is made (and refused) by
/// <see cref="CannedResponseService"/>; this page only shows what it answers.
/// </summary>
public sealed partial class ResponseLibraryPage
{
    private readonly bool english = CultureInfo.CurrentUICulture.IsEnglish();
    private Viewer? viewer;
    private ClaimsPrincipal user = new();
    private string displayName = "";
    private LibraryOptions options = new([], []);
    private IReadOnlyList<ResponseListItem> items = [];
    private IReadOnlyList<string> tags = [];
    private int awaiting;
    private bool loading = true;
    private long loads;
    private int scopeIndex;
    private string? search;
    private ResponsePurpose? purpose;
    private int? categoryId;
    private string? language;
    private string? tag;
    private ResponseSort sort = ResponseSort.MostUsed;
    private int? expanded;
    private DateTime now;

    [CascadingParameter] private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [Inject] private CannedResponseService Library { get; set; } = default!;
    [Inject] private ViewerResolver Viewers { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;
    [Inject] private IStringLocalizer<CannedResponseStrings> P { get; set; } = default!;
    [Inject] private IStringLocalizer<WorkspaceStrings> W { get; set; } = default!;

    private bool IsReviewer => viewer is { IsAdmin: true } or { IsTeamLead: true };

    private ResponseScope Scope => scopeIndex switch
    {
        1 => ResponseScope.Mine,
        2 => ResponseScope.AwaitingApproval,
        _ => ResponseScope.All,
    };

    private bool Filtered => !string.IsNullOrWhiteSpace(search) || purpose is not null || categoryId is not null || language is not null || tag is not null;

    private ResponseFilter Filter => new(search, purpose, categoryId, language, tag, Scope, sort);

    protected override async Task OnInitializedAsync()
    {
        user = (await AuthenticationState).User;
        displayName = user.DisplayName();
        viewer = await Viewers.ResolveAsync(user);
        options = await Library.OptionsAsync();
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        if (viewer is null)
        {
            loading = false;
            return;
        }

        var load = ++loads;
        loading = true;
        var filter = Filter;
        var list = await Library.ListAsync(viewer, filter);
        var pending = IsReviewer ? (await Library.ListAsync(viewer, new ResponseFilter(Scope: ResponseScope.AwaitingApproval))).Count : 0;
        var allTags = await Library.TagsAsync(viewer);
        // Typing fast starts loads that overlap: only the newest shows.
        if (load != loads)
        {
            return;
        }

        (items, awaiting, tags, loading) = (list, pending, allTags, false);
        now = Clock.GetUtcNow().UtcDateTime;
    }

    private async Task OnSearchChangedAsync(string? value)
    {
        search = value;
        await LoadAsync();
    }

    private async Task ClearFiltersAsync()
    {
        (search, purpose, categoryId, language, tag) = (null, null, null, null, null);
        await LoadAsync();
    }

    private void Toggle(ResponseListItem item) => expanded = expanded == item.Id ? null : item.Id;

    private string ExportHref(string format)
    {
        var query = new Dictionary<string, string?>
        {
            ["format"] = format,
            ["search"] = search,
            ["purpose"] = purpose?.ToString(),
            ["category"] = categoryId?.ToString(CultureInfo.InvariantCulture),
            ["language"] = language,
            ["tag"] = tag,
            ["scope"] = Scope.ToString(),
        };
        return "/responses/export?" + string.Join('&', query.Where(q => !string.IsNullOrEmpty(q.Value))
            .Select(q => $"{q.Key}={Uri.EscapeDataString(q.Value!)}"));
    }

    private string CategoryText(int? id) =>
        id is null ? P["Filter_Any"] : options.Categories.FirstOrDefault(c => c.Id == id) is { } c ? $"{c.Code} · {(english ? c.NameEn : c.NameId)}" : "";

    private string VisibilityText(ResponseListItem item) => item.Visibility switch
    {
        ResponseVisibility.Everyone => P["Visibility_Everyone"],
        ResponseVisibility.Team => P["Visibility_TeamOf", item.TeamName ?? "?"],
        _ => item.OwnerId == viewer?.UserId ? P["Visibility_Personal"] : P["Visibility_PersonalOf", item.OwnerName],
    };

    private static string Snippet(string body)
    {
        var text = body.Replace('\n', ' ').Replace("**", "", StringComparison.Ordinal);
        return text.Length <= 140 ? text : text[..140].TrimEnd() + "…";
    }

    /// <summary>How a text reads once filled, with made-up values in the viewer's desk (never a real citizen's data).</summary>
    private PlaceholderValues SampleValues(string textLanguage)
    {
        var team = options.Teams.FirstOrDefault(t => t.Id == viewer?.TeamId);
        var en = textLanguage == "en";
        return new PlaceholderValues("Budi Santoso", false, "ADU-2026-000123", "7K3QF-9XW2M", en ? "Wages" : "Pengupahan",
            now.AddDays(3), team?.TimeZoneId ?? Teams.IndonesianTimeZones.Wib, displayName, team?.Name ?? P["Sample_Unit"],
            CultureInfo.GetCultureInfo(en ? "en-GB" : "id-ID"));
    }

    private DialogParameters<ResponseEditorDialog> EditorParameters(ResponseListItem? item) => new()
    {
        { d => d.Actor, user },
        { d => d.Viewer, viewer! },
        { d => d.Options, options },
        { d => d.Existing, item },
        { d => d.Candidates, items },
        { d => d.Sample, SampleValues("id") },
    };

    private async Task CreateAsync()
    {
        var dialog = await Dialogs.ShowAsync<ResponseEditorDialog>(P["Editor_CreateTitle"], EditorParameters(null), EditorDialog);
        if (await dialog.Result is { Canceled: false, Data: string title })
        {
            Snackbar.Add(P["Saved_Created", title], Severity.Success);
            await LoadAsync();
        }
    }

    private async Task EditAsync(ResponseListItem item)
    {
        var dialog = await Dialogs.ShowAsync<ResponseEditorDialog>(P["Editor_EditTitle"], EditorParameters(item), EditorDialog);
        if (await dialog.Result is { Canceled: false, Data: string title })
        {
            Snackbar.Add(P["Saved_Edited", title], Severity.Success);
            await LoadAsync();
        }
    }

    private async Task HistoryAsync(ResponseListItem item)
    {
        var dialog = await Dialogs.ShowAsync<ResponseHistoryDialog>(P["History_Title", item.Title], new DialogParameters<ResponseHistoryDialog>
        {
            { d => d.Actor, user },
            { d => d.Viewer, viewer! },
            { d => d.Response, item },
        }, new DialogOptions { MaxWidth = MaxWidth.Medium, FullWidth = true, CloseButton = true, CloseOnEscapeKey = true });
        if (await dialog.Result is { Canceled: false })
        {
            await LoadAsync();
        }
    }

    private async Task ImportAsync()
    {
        var dialog = await Dialogs.ShowAsync<ResponseImportDialog>(P["Import_Title"], new DialogParameters<ResponseImportDialog>
        {
            { d => d.Actor, user },
            { d => d.Viewer, viewer! },
            { d => d.Teams, options.Teams },
        }, new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true, CloseButton = true, BackdropClick = false, CloseOnEscapeKey = true });
        await dialog.Result;
        await LoadAsync();
    }

    private Task ProposeAsync(ResponseListItem item) =>
        ApplyAsync(() => Library.ProposeAsync(user, item.Id, item.Version), P["Saved_Proposed", item.Title]);

    private async Task ApproveAsync(ResponseListItem item)
    {
        if (await Dialogs.ConfirmAsync(P["Approve_Title"], P["Approve_Body", item.Title, item.OwnerName, item.TeamName ?? "?"], P["Action_Approve"]))
        {
            await ApplyAsync(() => Library.ApproveAsync(user, item.Id, item.Version), P["Saved_Approved", item.Title]);
        }
    }

    private async Task RejectAsync(ResponseListItem item)
    {
        var parameters = new DialogParameters<NoteDialog>
        {
            { d => d.Title, P["Reject_Title"].Value },
            { d => d.Body, P["Reject_Body", item.OwnerName].Value },
            { d => d.NoteLabel, P["Reject_Reason"].Value },
            { d => d.ConfirmText, P["Action_Reject"].Value },
            { d => d.RequiredMessage, P["Error_ReasonRequired"].Value },
            { d => d.ConfirmColor, Color.Error },
        };
        var dialog = await Dialogs.ShowAsync<NoteDialog>(P["Reject_Title"], parameters, new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true });
        if (await dialog.Result is { Canceled: false, Data: NoteDialogResult result })
        {
            await ApplyAsync(() => Library.RejectAsync(user, item.Id, item.Version, result.Note), P["Saved_Rejected", item.Title]);
        }
    }

    private async Task ArchiveAsync(ResponseListItem item)
    {
        var body = item.Uses > 0 ? P["Archive_BodyUsed", item.Title, item.Uses] : P["Archive_Body", item.Title];
        if (await Dialogs.ConfirmAsync(P["Archive_Title"], body, P["Action_Archive"]))
        {
            await ApplyAsync(() => Library.ArchiveAsync(user, item.Id, item.Version), P["Saved_Archived", item.Title]);
        }
    }

    private async Task ApplyAsync(Func<Task<AdminResult>> change, string done)
    {
        try
        {
            var result = await change();
            if (result.Succeeded)
            {
                Snackbar.Add(done, Severity.Success);
            }
            else
            {
                Snackbar.ShowErrors(result);
            }
        }
        catch (UnauthorizedAccessException)
        {
            Snackbar.Add(P["AccessLost"], Severity.Error);
        }

        await LoadAsync();
    }

    private static DialogOptions EditorDialog => new()
    {
        MaxWidth = MaxWidth.Large,
        FullWidth = true,
        CloseButton = true,
        BackdropClick = false,
        CloseOnEscapeKey = true,
    };
}
