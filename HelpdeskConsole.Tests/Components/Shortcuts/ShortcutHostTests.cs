using Bunit;
using HelpdeskConsole.Components.Shortcuts;
using HelpdeskConsole.Tests.TestSupport;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.JSInterop;
using MudBlazor;

namespace HelpdeskConsole.Tests.Components.Shortcuts;

public sealed class ShortcutHostTests : ComponentTestBase
{
    // A full parallel test run on two cores can take longer than bUnit's 1 s default to reload a page: wait for
    // the condition itself, up to this long.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private const string ModulePath = "./Components/Shortcuts/ShortcutHost.razor.js";

    private readonly BunitJSInterop module;
    private readonly BunitJSInterop listener;

    public ShortcutHostTests()
    {
        module = Context.JSInterop.SetupModule(ModulePath);
        listener = module.SetupModule("listen", _ => true);
        listener.SetupVoid("setKeys", _ => true).SetVoidResult();
    }

    private IRenderedComponent<MudDialogProvider> Dialogs { get; set; } = default!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Context.Render<MudPopoverProvider>();
        Dialogs = Context.Render<MudDialogProvider>();
    }

    private static Task PressAsync(IRenderedComponent<ShortcutHost> host, string keys) =>
        host.InvokeAsync(() => host.Instance.OnShortcutAsync(keys));

    [Fact]
    public void Host_FirstRender_StartsOneListenerWithTheGlobalKeys()
    {
        Context.Render<ShortcutHost>();

        var listen = Assert.Single(module.Invocations["listen"]);
        Assert.IsType<DotNetObjectReference<ShortcutHost>>(listen.Arguments[0]);
        Assert.Equal(["?", "Escape", "g a", "g h", "g m", "g q", "g r"], Assert.IsAssignableFrom<IReadOnlyList<string>>(listen.Arguments[1]));
    }

    [Fact]
    public void Host_PageOpensAndCloses_ListenerGetsTheKeysThatAreLive()
    {
        Context.Render<ShortcutHost>();

        var page = Context.Render<ReplyPage>();
        listener.VerifyInvoke("setKeys");
        Assert.Contains("r", Assert.IsAssignableFrom<IReadOnlyList<string>>(listener.Invocations["setKeys"][^1].Arguments[0]));

        page.Instance.Dispose();
        listener.VerifyInvoke("setKeys", calledTimes: 2);
        Assert.DoesNotContain("r", Assert.IsAssignableFrom<IReadOnlyList<string>>(listener.Invocations["setKeys"][^1].Arguments[0]));
    }

    [Fact]
    public async Task Host_PagesKeyFromTheBrowser_RunsThePagesActionAndRerendersIt()
    {
        var host = Context.Render<ShortcutHost>();
        var page = Context.Render<ReplyPage>();

        await PressAsync(host, "r");
        await PressAsync(host, "r");

        Assert.Equal("2", page.Find("#replies").TextContent);
    }

    [Fact]
    public async Task Host_QuestionMark_OpensHelpListingThePageAndGlobalShortcuts()
    {
        var host = Context.Render<ShortcutHost>();
        Context.Render<ReplyPage>();

        await PressAsync(host, "?");

        Dialogs.WaitForAssertion(() => Assert.NotNull(Dialogs.Find("#shortcut-help")), Patience);
        var groups = Dialogs.FindAll("table.hc-shortcuts");
        Assert.Equal(["Tiket", "Di mana saja"], groups.Select(g => g.GetAttribute("data-group")));
        Assert.Equal(["r", "n"], groups[0].QuerySelectorAll("tr").Select(r => r.GetAttribute("data-keys")));
        Assert.Contains("Balas warga", groups[0].TextContent, StringComparison.Ordinal);
        var goQueue = Dialogs.Find("tr[data-keys='g q']");
        Assert.Equal(["g", "q"], goQueue.QuerySelectorAll("kbd").Select(k => k.TextContent));
        Assert.Contains("Ke antrian tiket", goQueue.TextContent, StringComparison.Ordinal);
        Assert.True(host.Instance.IsHelpOpen);
    }

    [Fact]
    public async Task Host_EscapeWhileHelpIsOpen_ClosesItAndQuestionMarkOpensItAgain()
    {
        var host = Context.Render<ShortcutHost>();
        await PressAsync(host, "?");
        Dialogs.WaitForAssertion(() => Assert.NotNull(Dialogs.Find("#shortcut-help")), Patience);

        await PressAsync(host, "Escape");

        Dialogs.WaitForAssertion(() => Assert.Empty(Dialogs.FindAll("#shortcut-help")), Patience);
        Assert.False(host.Instance.IsHelpOpen);
        await PressAsync(host, "?");
        Dialogs.WaitForAssertion(() => Assert.Single(Dialogs.FindAll("#shortcut-help")), Patience);
    }

    [Fact]
    public async Task Host_Disposed_StopsTheBrowserListener()
    {
        listener.SetupVoid("dispose").SetVoidResult();
        Context.Render<ShortcutHost>();

        await Context.DisposeComponentsAsync();

        listener.VerifyInvoke("dispose");
    }

    [Fact]
    public async Task Host_HelpClosedWithItsButton_IsReadyToOpenAgain()
    {
        var host = Context.Render<ShortcutHost>();
        await PressAsync(host, "?");
        Dialogs.WaitForElement("#shortcut-help-close", Patience).Click();

        Dialogs.WaitForAssertion(() => Assert.Empty(Dialogs.FindAll("#shortcut-help")), Patience);
        host.WaitForAssertion(() => Assert.False(host.Instance.IsHelpOpen), Patience);
    }

    [Theory]
    [InlineData("g h", "")]
    [InlineData("g q", "tickets")]
    [InlineData("g m", "tickets/mine")]
    [InlineData("g r", "responses")]
    public async Task Host_GoSequence_NavigatesThere(string keys, string path)
    {
        var host = Context.Render<ShortcutHost>();
        var navigation = Context.Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo("/somewhere-else");

        await PressAsync(host, keys);

        Assert.Equal(navigation.BaseUri + path, navigation.Uri);
    }

    [Fact]
    public async Task Host_DisposedAfterTheCircuitClosed_StopsListeningAndToleratesTheDisconnect()
    {
        listener.SetupVoid("dispose").SetException(new JSDisconnectedException("The circuit is gone."));
        var host = Context.Render<ShortcutHost>();

        // Directly, so that an exception would reach the test (the renderer's own disposal logs it instead).
        await host.Instance.DisposeAsync();

        listener.VerifyInvoke("dispose");
        Assert.Empty(Context.Services.GetRequiredService<ShortcutRegistry>().ActiveKeys);
    }
}
