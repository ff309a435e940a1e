using System.Globalization;
using System.Xml.Linq;
using HelpdeskConsole.Components.Shortcuts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace HelpdeskConsole.Tests.Components.Shortcuts;

public sealed class ShortcutStringsTests
{
    private const string Resource = "Components/Shortcuts/ShortcutStrings";

    [Fact]
    public void ShortcutStrings_IndonesianAndEnglish_HaveTheSameKeys() =>
        Assert.Equal(Keys(Resource + ".resx"), Keys(Resource + ".en.resx"));

    [Theory]
    [InlineData("id-ID")]
    [InlineData("en-GB")]
    public void ShortcutStrings_EveryKey_ResolvesThroughTheLocalizer(string culture)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            using var services = new ServiceCollection().AddLogging().AddLocalization().BuildServiceProvider();
            var localizer = services.GetRequiredService<IStringLocalizer<ShortcutStrings>>();

            Assert.All(Keys(Resource + ".resx"), key => Assert.False(localizer[key].ResourceNotFound, key));
            Assert.Equal(culture == "en-GB" ? "Keyboard shortcuts" : "Pintasan papan ketik", localizer["Help_Title"]);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private static IReadOnlyList<string> Keys(string relativePath) =>
        [.. XDocument.Load(Path.Combine(AppDirectory(), relativePath)).Root!.Elements("data").Select(e => e.Attribute("name")!.Value).Order(StringComparer.Ordinal)];

    private static string AppDirectory([System.Runtime.CompilerServices.CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "..", "HelpdeskConsole"));
}
