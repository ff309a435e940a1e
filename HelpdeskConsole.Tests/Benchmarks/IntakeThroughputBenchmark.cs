using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskConsole.Tests.Benchmarks;

/// <summary>
/// Issue target: the API sustains at least 300 complaints per second from 8 concurrent posters, none lost or duplicated.
/// Run: <c>dotnet test --filter "FullyQualifiedName~IntakeThroughputBenchmark"</c>.
/// </summary>
[Trait("Category", "Benchmark")]
public sealed class IntakeThroughputBenchmark(ITestOutputHelper output)
{
    private const int Posters = 8;

    [Fact]
    public async Task Api_8ConcurrentPosters_Sustain300PerSecond_NoneLostOrDuplicated()
    {
        var seconds = int.TryParse(Environment.GetEnvironmentVariable("HELPDESK_BENCH_SECONDS"), out var s) ? Math.Min(s, 20) : 20;
        await using var server = BenchmarkServer.Start();
        var token = await server.TokenAsync("officer@helpdesk.test");
        using var client = server.Client(token);

        // Warm up (JIT, connection pool, SQLite page cache) before measuring.
        for (var i = 0; i < 50; i++)
        {
            (await client.PostAsJsonAsync("/api/complaints", Complaint($"Pemanasan {i}"))).EnsureSuccessStatusCode();
        }

        var acknowledged = new ConcurrentBag<(string Number, string Code, string Subject)>();
        var failures = 0;
        var failureKinds = new ConcurrentDictionary<string, int>();
        var clock = Stopwatch.StartNew();
        var stopAt = TimeSpan.FromSeconds(seconds);
        var workers = Enumerable.Range(0, Posters).Select(worker => Task.Run(async () =>
        {
            for (var n = 0; clock.Elapsed < stopAt; n++)
            {
                var subject = $"Uji throughput {worker}-{n}";
                var response = await client.PostAsJsonAsync("/api/complaints", Complaint(subject));
                if (response.StatusCode != HttpStatusCode.Created)
                {
                    Interlocked.Increment(ref failures);
                    var problem = await response.Content.ReadAsStringAsync();
                    failureKinds.AddOrUpdate($"{(int)response.StatusCode} {problem[..Math.Min(120, problem.Length)]}", 1, (_, n) => n + 1);
                    continue;
                }

                var body = await response.Content.ReadFromJsonAsync<JsonElement>();
                acknowledged.Add((body.GetProperty("number").GetString()!, body.GetProperty("trackingCode").GetString()!, subject));
            }
        })).ToList();
        await Task.WhenAll(workers);
        var elapsed = clock.Elapsed.TotalSeconds;

        await using var db = server.Factory.CreateDbContext();
        var stored = await db.Tickets.Where(t => t.Subject.StartsWith("Uji throughput"))
            .Select(t => new { t.Number, t.TrackingCode, t.Subject }).ToListAsync();
        var missing = acknowledged.Count(a => !stored.Any(x => x.Number == a.Number && x.TrackingCode == a.Code && x.Subject == a.Subject));
        var duplicateNumbers = stored.Count - stored.Select(x => x.Number).Distinct().Count();
        var duplicateSubjects = stored.Count - stored.Select(x => x.Subject).Distinct().Count();
        var rate = acknowledged.Count / elapsed;

        new BenchmarkReport($"Intake throughput: {Posters} concurrent posters for {seconds} s (bearer token, loopback, SQLite WAL, 2 cores)")
            .Add("complaints acknowledged (201)", acknowledged.Count.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Add("throughput", rate, "complaints/s", ">= 300/s")
            .Add("failed requests", failures.ToString(System.Globalization.CultureInfo.InvariantCulture), "0")
            .Add("failures by kind", failureKinds.IsEmpty ? "none" : string.Join("; ", failureKinds.Select(k => $"{k.Value}× {k.Key}")))
            .Add("acknowledged but not stored", missing.ToString(System.Globalization.CultureInfo.InvariantCulture), "0")
            .Add("stored rows", stored.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), "= acknowledged")
            .Add("duplicate numbers / complaints", $"{duplicateNumbers} / {duplicateSubjects}", "0 / 0")
            .Print(output);

        Assert.Equal(0, failures);
        Assert.Equal(0, missing);
        Assert.Equal(acknowledged.Count, stored.Count);
        Assert.Equal(0, duplicateNumbers);
        Assert.Equal(0, duplicateSubjects);
        Assert.True(rate >= 300, $"{rate:N0}/s");
    }

    private static object Complaint(string subject) => new
    {
        kind = "pengaduan", categoryCode = "UPAH", subject, body = "Upah belum dibayar sesuai UMK.", identityMode = "terbuka",
        name = "Pekerja Uji", nik = "3171011505900001", phone = "081234567890",
    };
}
