using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor;

namespace HelpdeskConsole.Tests.TestSupport;

public static class MudSelectChoice
{
    /// <summary>Opens a MudSelect and clicks the item whose text contains <paramref name="text"/>, as a person would.</summary>
    public static async Task ChooseAsync(IRenderedComponent<MudPopoverProvider> popovers, IElement select, string text)
    {
        ArgumentNullException.ThrowIfNull(popovers);
        ArgumentNullException.ThrowIfNull(select);
        await select.Closest(".mud-input-control")!.MouseDownAsync(new MouseEventArgs());
        popovers.WaitForAssertion(() => Assert.Contains(popovers.FindAll(".mud-list-item"), i => i.TextContent.Contains(text, StringComparison.Ordinal)));
        await popovers.FindAll(".mud-list-item").Single(i => i.TextContent.Contains(text, StringComparison.Ordinal)).ClickAsync(new MouseEventArgs());
    }
}
