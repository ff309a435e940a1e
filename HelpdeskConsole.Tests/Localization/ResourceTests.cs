using System.Globalization;
using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace HelpdeskConsole.Tests.Localization;

public sealed class ResourceTests
{
    public static TheoryData<string> ResourceFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(ProjectDirectory(), "*.resx", SearchOption.AllDirectories)
                     .Where(f => !f.EndsWith(".en.resx", StringComparison.Ordinal) && !f.Contains("/obj/", StringComparison.Ordinal)))
        {
            data.Add(Path.GetRelativePath(ProjectDirectory(), file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ResourceFiles))]
    public void Resources_IndonesianAndEnglish_HaveTheSameKeysAndNoBlanks(string indonesianFile)
    {
        var indonesian = Read(Path.Combine(ProjectDirectory(), indonesianFile));
        var english = Read(Path.Combine(ProjectDirectory(), indonesianFile.Replace(".resx", ".en.resx", StringComparison.Ordinal)));

        Assert.Empty(indonesian.Keys.Except(english.Keys));
        Assert.Empty(english.Keys.Except(indonesian.Keys));
        Assert.Empty(indonesian.Where(kv => string.IsNullOrWhiteSpace(kv.Value)).Select(kv => kv.Key));
        Assert.Empty(english.Where(kv => string.IsNullOrWhiteSpace(kv.Value)).Select(kv => kv.Key));
    }

    /// <summary>
    /// Each resource file is found by its marker class (same folder and name) and, through the app's localizer, gives
    /// its own Indonesian text under id-ID and its English file's text under en-GB: a renamed file or class, or a
    /// missing satellite assembly, shows here.
    /// </summary>
    [Theory]
    [MemberData(nameof(ResourceFiles))]
    public void Resources_EveryKey_ResolvesThroughTheLocalizerInBothLanguages(string indonesianFile)
    {
        var typeName = "HelpdeskConsole." + Path.ChangeExtension(indonesianFile, null).Replace('/', '.').Replace('\\', '.');
        var marker = typeof(Program).Assembly.GetType(typeName);
        Assert.True(marker is not null, $"{indonesianFile} has no marker class {typeName} for IStringLocalizer<T>.");
        using var services = new ServiceCollection().AddLogging().AddLocalization().BuildServiceProvider();
        var localizer = services.GetRequiredService<IStringLocalizerFactory>().Create(marker);
        var texts = new Dictionary<string, Dictionary<string, string>>
        {
            ["id-ID"] = Read(Path.Combine(ProjectDirectory(), indonesianFile)),
            ["en-GB"] = Read(Path.Combine(ProjectDirectory(), indonesianFile.Replace(".resx", ".en.resx", StringComparison.Ordinal))),
        };

        var previous = CultureInfo.CurrentUICulture;
        try
        {
            foreach (var (culture, expected) in texts)
            {
                CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
                Assert.All(expected, kv => Assert.Equal(kv.Value, localizer[kv.Key].Value));
            }
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private static Dictionary<string, string> Read(string path) =>
        XDocument.Load(path).Root!.Elements("data")
            .ToDictionary(e => e.Attribute("name")!.Value, e => e.Element("value")?.Value ?? "");

    private static string ProjectDirectory([System.Runtime.CompilerServices.CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "HelpdeskConsole"));
}
