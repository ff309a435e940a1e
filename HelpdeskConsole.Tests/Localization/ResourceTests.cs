using System.Xml.Linq;

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

    private static Dictionary<string, string> Read(string path) =>
        XDocument.Load(path).Root!.Elements("data")
            .ToDictionary(e => e.Attribute("name")!.Value, e => e.Element("value")?.Value ?? "");

    private static string ProjectDirectory([System.Runtime.CompilerServices.CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "HelpdeskConsole"));
}
