using Bunit;
using HelpdeskConsole.CannedResponses;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace HelpdeskConsole.Tests.CannedResponses;

/// <summary>The editor as the library page opens it, in the page's dialog provider.</summary>
public sealed class ResponseEditorDialogTests : LibraryPageTestBase
{
    private bool Saveable => !Dialogs.Find("#response-editor-save").HasAttribute("disabled");

    private async Task<Task> OpenEditorAsync()
    {
        SignInAsOfficer();
        var page = Context.Render<ResponseLibraryPage>();
        page.WaitForAssertion(() => Assert.False(page.Find("#library-create").HasAttribute("disabled")));
        // The page waits for the dialog's result: the click ends when the dialog does.
        var click = page.Find("#library-create").ClickAsync(new MouseEventArgs());
        Dialogs.WaitForElement("textarea#editor-body");
        return click;
    }

    [Fact]
    public async Task Editor_MisspelledPlaceholder_ShowsTheSuggestionAndSaveIsDisabled()
    {
        var open = await OpenEditorAsync();
        Assert.True(Saveable);

        await Dialogs.Find("textarea#editor-body").InputAsync(new ChangeEventArgs { Value = "Yth. {{pelapor.nma}}, laporan Anda kami terima." });

        Dialogs.WaitForAssertion(() =>
        {
            var problem = Dialogs.Find("#editor-problems li[data-placeholder='pelapor.nma']");
            Assert.Contains("Maksud Anda {{pelapor.nama}}?", problem.TextContent, StringComparison.Ordinal);
            Assert.False(Saveable);
        });

        await Dialogs.Find("#response-editor-cancel").ClickAsync(new MouseEventArgs());
        await open;
    }

    [Fact]
    public async Task Editor_FixButton_ReplacesThePlaceholderAndEnablesSave()
    {
        var open = await OpenEditorAsync();
        await Dialogs.Find("textarea#editor-body").InputAsync(new ChangeEventArgs { Value = "Yth. {{pelapor.nma}}, laporan Anda kami terima." });
        Dialogs.WaitForElement("#editor-problems");

        await Dialogs.Find("#editor-problems [id^=editor-fix-]").ClickAsync(new MouseEventArgs());

        Dialogs.WaitForAssertion(() =>
        {
            Assert.Empty(Dialogs.FindAll("#editor-problems"));
            Assert.True(Saveable);
            Assert.Contains("Yth. Budi Santoso, laporan Anda kami terima.", Dialogs.Find("#editor-preview").TextContent, StringComparison.Ordinal);
        });

        await Dialogs.Find("#response-editor-cancel").ClickAsync(new MouseEventArgs());
        await open;
    }
}
