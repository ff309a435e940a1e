using System.Diagnostics;
using HelpdeskConsole.Escalation;
using HelpdeskConsole.Tests.Benchmarks;

namespace HelpdeskConsole.Tests.Escalation;

/// <summary>
/// What an SLA sweep costs: due times and elapsed working time for 10,000 tickets on the seeded civil-service
/// calendar. Run: <c>dotnet test HelpdeskConsole.Tests --filter "FullyQualifiedName~WorkingCalendarBenchmark"</c>.
/// </summary>
[Trait("Category", "Benchmark")]
public sealed class WorkingCalendarBenchmark(ITestOutputHelper output)
{
    private const int Tickets = 10_000;

    [Fact]
    public void Sweep_TenThousandTickets_EachDueTimeInMicroseconds()
    {
        var calendar = WorkingCalendar.CivilService("Asia/Jakarta", IndonesianHolidays.All, IndonesianHolidays.Ramadan);
        var random = new Random(1);
        var first = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc).Ticks;
        var last = new DateTime(2027, 12, 1, 0, 0, 0, DateTimeKind.Utc).Ticks;
        var starts = Enumerable.Range(0, Tickets).Select(_ => new DateTime(random.NextInt64(first, last), DateTimeKind.Utc)).ToArray();
        var pauses = starts.Select(s => (IReadOnlyList<(DateTime FromUtc, DateTime? ToUtc)>)[(s.AddDays(2), s.AddDays(5)), (s.AddDays(9), null)]).ToArray();

        var report = new BenchmarkReport($"Working-time arithmetic, {Tickets:N0} tickets, seeded WIB calendar (2 shared cores)");
        var worst = 0.0;
        worst = Math.Max(worst, Measure(report, "AddWorkingTime 4 working hours", () => starts.Sum(s => calendar.AddWorkingTime(s, TimeSpan.FromHours(4)).Ticks % 7)));
        worst = Math.Max(worst, Measure(report, "AddWorkingDays 14", () => starts.Sum(s => calendar.AddWorkingDays(s, 14).Ticks % 7)));
        worst = Math.Max(worst, Measure(report, "AddWorkingTime 14 × 8.5 h, two pauses", () =>
            starts.Select((s, i) => calendar.AddWorkingTime(s, TimeSpan.FromHours(14 * 8.5), pauses[i])?.Ticks ?? 0).Sum(t => t % 7)));
        worst = Math.Max(worst, Measure(report, "WorkingTimeBetween 30 days, two pauses", () =>
            starts.Select((s, i) => calendar.WorkingTimeBetween(s, s.AddDays(30), pauses[i]).Ticks).Sum(t => t % 7)));
        report.Print(output);

        Assert.True(worst < MaxMicroseconds, $"{worst:N1} µs per ticket");
    }

    private const double MaxMicroseconds = 200;

    /// <returns>Microseconds per ticket, measured on a second sweep so the JIT has done its work.</returns>
    private static double Measure(BenchmarkReport report, string operation, Func<long> sweep)
    {
        var checksum = sweep();
        var watch = Stopwatch.StartNew();
        Assert.Equal(checksum, sweep());
        watch.Stop();
        var perTicket = watch.Elapsed.TotalMicroseconds / Tickets;
        report.Add(operation, perTicket, "µs per ticket", $"< {MaxMicroseconds:N0}");
        return perTicket;
    }
}
