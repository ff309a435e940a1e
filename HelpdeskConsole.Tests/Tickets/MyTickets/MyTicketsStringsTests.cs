using System.Globalization;
using System.Xml.Linq;
using HelpdeskConsole.Tickets.MyTickets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace HelpdeskConsole.Tests.Tickets.MyTickets;

public sealed class MyTicketsStringsTests
{
    private const string Resource = "Tickets/MyTickets/MyTicketsStrings";

    [Fact]
    public void MyTicketsStrings_IndonesianAndEnglish_HaveTheSameKeys() =>
        Assert.Equal(Keys(Resource + ".resx"), Keys(Resource + ".en.resx"));

    [Theory]
    [InlineData("id-ID")]
    [InlineData("en-GB")]
    public void MyTicketsStrings_EveryKey_ResolvesThroughTheLocalizer(string culture)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            using var services = new ServiceCollection().AddLogging().AddLocalization().BuildServiceProvider();
            var localizer = services.GetRequiredService<IStringLocalizer<MyTicketsStrings>>();

            Assert.All(Keys(Resource + ".resx"), key => Assert.False(localizer[key].ResourceNotFound, key));
            Assert.Equal(culture == "en-GB" ? "No open tickets assigned to you" : "Tidak ada tiket terbuka atas nama Anda", localizer["Empty"]);
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
