using System.Globalization;
using System.Text;

namespace HelpdeskConsole.Tests.Benchmarks;

/// <summary>Prints a benchmark's figures as a table, to the test output and to the console (visible with -v n).</summary>
public sealed class BenchmarkReport(string title)
{
    private readonly List<(string Measure, string Value, string Target)> rows = [];

    public BenchmarkReport Add(string measure, double value, string unit, string target = "")
    {
        rows.Add((measure, value.ToString("N1", CultureInfo.InvariantCulture) + " " + unit, target));
        return this;
    }

    public BenchmarkReport Add(string measure, string value, string target = "")
    {
        rows.Add((measure, value, target));
        return this;
    }

    public string Render()
    {
        var width = Math.Max(7, rows.Max(r => r.Measure.Length));
        var valueWidth = Math.Max(5, rows.Max(r => r.Value.Length));
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{title}");
        text.AppendLine(CultureInfo.InvariantCulture, $"| {"measure".PadRight(width)} | {"value".PadLeft(valueWidth)} | target |");
        text.AppendLine(CultureInfo.InvariantCulture, $"|{new string('-', width + 2)}|{new string('-', valueWidth + 2)}|--------|");
        foreach (var (measure, value, target) in rows)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| {measure.PadRight(width)} | {value.PadLeft(valueWidth)} | {target} |");
        }

        return text.ToString();
    }

    public void Print(ITestOutputHelper output)
    {
        var table = Render();
        output.WriteLine(table);
        Console.WriteLine(table);
        var file = Environment.GetEnvironmentVariable("HELPDESK_BENCHMARK_OUT");
        if (!string.IsNullOrEmpty(file))
        {
            File.AppendAllText(file, table + Environment.NewLine);
        }
    }

    public static double Percentile(IReadOnlyList<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p / 100 * sorted.Count) - 1)];
}
