using Bunit;
using HelpdeskConsole.Components.Shortcuts;
using HelpdeskConsole.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace HelpdeskConsole.Tests.Components.Shortcuts;

public sealed class ShortcutRegistryTests : ComponentTestBase
{
    private ShortcutRegistry Registry => Context.Services.GetRequiredService<ShortcutRegistry>();

    private static Shortcut Noop(string keys, string description = "x") => new(keys, description, () => Task.CompletedTask);

    [Fact]
    public void Register_ThenDispose_KeysComeAndGo()
    {
        var changes = 0;
        Registry.Changed += () => changes++;

        var registration = Registry.Register(null, "Tiket", Noop("r"), Noop("g q"));
        Assert.Equal(["g q", "r"], Registry.ActiveKeys);
        Assert.Equal("Tiket", Assert.Single(Registry.ActiveGroups).Title);

        registration.Dispose();
        registration.Dispose();
        Assert.Empty(Registry.ActiveKeys);
        Assert.Empty(Registry.ActiveGroups);
        Assert.Equal(2, changes);
    }

    [Fact]
    public async Task Register_SameKeysAsAnEarlierGroup_LaterGroupWinsUntilDisposed()
    {
        var calls = new List<string>();
        using var global = Registry.Register(null, "Di mana saja",
            new Shortcut("j", "global j", () => { calls.Add("global"); return Task.CompletedTask; }), Noop("?"));
        var page = Registry.Register(null, "Antrian",
            new Shortcut("j", "page j", () => { calls.Add("page"); return Task.CompletedTask; }));

        await Registry.InvokeAsync("j");
        // The help shows only the j that works.
        Assert.Equal(["?"], Registry.ActiveGroups[0].Shortcuts.Select(s => s.Keys));
        Assert.Equal("page j", Registry.ActiveGroups[1].Shortcuts.Single().Description);

        page.Dispose();
        await Registry.InvokeAsync("j");

        Assert.Equal(["page", "global"], calls);
    }

    [Fact]
    public async Task InvokeAsync_KeysNobodyRegistered_ReturnsFalse()
    {
        using var registration = Registry.Register(null, "Tiket", Noop("r"));

        Assert.False(await Registry.InvokeAsync("x"));
        Assert.True(await Registry.InvokeAsync("r"));
    }

    [Theory]
    [InlineData("R")]
    [InlineData("ctrl+r")]
    [InlineData("g q x")]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("F1")]
    public void Register_KeysTheBrowserSideCannotSend_Throws(string keys) =>
        Assert.Throws<ArgumentException>(() => Registry.Register(null, "Tiket", Noop(keys)));

    [Fact]
    public void Register_SameKeysTwiceInOneGroup_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => Registry.Register(null, "Tiket", Noop("r"), Noop("r")));

        Assert.Contains("'r'", error.Message, StringComparison.Ordinal);
        Assert.Empty(Registry.ActiveKeys);
    }

    [Fact]
    public async Task InvokeAsync_ComponentOwner_RerendersItAfterTheAction()
    {
        var page = Context.Render<ReplyPage>();
        Assert.Equal("0", page.Find("#replies").TextContent);

        await page.InvokeAsync(() => Registry.InvokeAsync("r"));

        Assert.Equal("1", page.Find("#replies").TextContent);
    }

    [Fact]
    public async Task Register_PageDisposed_ItsShortcutsAreGone()
    {
        Context.Render<ReplyPage>();
        Assert.Contains("r", Registry.ActiveKeys);

        await Context.DisposeComponentsAsync();

        Assert.DoesNotContain("r", Registry.ActiveKeys);
    }
}
