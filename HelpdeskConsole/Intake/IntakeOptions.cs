using System.ComponentModel.DataAnnotations;

namespace HelpdeskConsole.Intake;

/// <summary>Settings under <c>Intake</c>.</summary>
public sealed class IntakeOptions
{
    public const string Section = "Intake";

    /// <summary>Complaints one anonymous client (one IP address) may file per minute, by form or API.</summary>
    [Range(1, 10_000)]
    public int AnonymousPerMinute { get; set; } = 10;

    /// <summary>Complaints per second for one signed-in officer or integration account: generous, for partner systems.</summary>
    [Range(1, 100_000)]
    public int AuthenticatedPerSecond { get; set; } = 1000;

    /// <summary>Feed the running console realistic complaints through the real intake path (<c>--simulate</c>).</summary>
    public bool Simulate { get; set; }

    /// <summary>Seconds between simulated complaints when the app runs with <c>--simulate</c>.</summary>
    [Range(0.2, 3600)]
    public double SimulateEverySeconds { get; set; } = 4;
}
