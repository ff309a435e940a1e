using HelpdeskConsole.Data.Seeding;
using Microsoft.Extensions.Options;

namespace HelpdeskConsole.Intake;

/// <summary>
/// The <c>--simulate</c> demo: a realistic complaint every few seconds through the real intake service, as if
/// citizens were filing them online, so a newcomer sees the queue and the overview come alive.
/// </summary>
internal sealed partial class ComplaintSimulator(
    TicketIntakeService intake,
    IOptions<IntakeOptions> options,
    TimeProvider clock,
    ILogger<ComplaintSimulator> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Simulate)
        {
            return;
        }

        var random = new Random();
        var every = TimeSpan.FromSeconds(options.Value.SimulateEverySeconds);
        LogStarted(logger, every.TotalSeconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            // Some jitter, so arrivals look like people and not like a metronome.
            await Task.Delay(every * (0.5 + random.NextDouble()), clock, stoppingToken);
            var complaint = SimulatedComplaints.Next(random, clock.GetUtcNow().UtcDateTime);
            var result = await intake.SubmitAsync(complaint, officerId: null, stoppingToken);
            if (!result.Succeeded)
            {
                LogRejected(logger, string.Join("; ", result.Errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")));
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Simulating citizens: a complaint about every {Seconds} s")]
    private static partial void LogStarted(ILogger logger, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A simulated complaint was refused: {Errors}")]
    private static partial void LogRejected(ILogger logger, string errors);
}
