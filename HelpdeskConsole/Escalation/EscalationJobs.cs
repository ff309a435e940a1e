using Hangfire;

namespace HelpdeskConsole.Escalation;

/// <summary>The recurring escalation sweep as Hangfire runs it: no arguments, so no personal data in the job store.</summary>
public sealed class EscalationSweepJob(EscalationSweep sweep)
{
    public const string RecurringJobId = "escalation-sweep";

    /// <summary>
    /// One sweep at a time per job store; the sweep is safe without this too. No retries: the next minute's run picks
    /// up whatever this one left.
    /// </summary>
    [DisableConcurrentExecution(timeoutInSeconds: 300)]
    [AutomaticRetry(Attempts = 0, OnAttemptsExceeded = AttemptsExceededAction.Delete)]
    public Task RunAsync(CancellationToken cancellationToken) => sweep.RunAsync(cancellationToken);
}

/// <summary>Recomputes open tickets' deadlines after an admin changed the rules; durable, so a restart does not lose it.</summary>
public sealed class DeadlineRecalculationJob(DeadlineRecalculator recalculator)
{
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    [AutomaticRetry(Attempts = 3)]
    public Task RunAsync(CancellationToken cancellationToken) => recalculator.RecalculateAsync(cancellationToken: cancellationToken);
}

/// <summary>Settings of the escalation jobs (section <c>Escalation</c>).</summary>
public sealed class EscalationOptions
{
    public const string Section = "Escalation";

    /// <summary>
    /// Run Hangfire in this process: its job store, the job server (the sweep, recalculations) and the dashboard.
    /// Off for an instance that leaves the jobs to another, and in most tests.
    /// </summary>
    public bool RunJobs { get; set; } = true;

    /// <summary>How often the sweep runs (cron); every minute by default.</summary>
    public string SweepCron { get; set; } = "* * * * *";

    /// <summary>How often an idle job server looks for queued jobs.</summary>
    public TimeSpan QueuePollInterval { get; set; } = TimeSpan.FromSeconds(5);
}
