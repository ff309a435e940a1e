using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace HelpdeskConsole.Intake;

/// <summary>
/// One limiter for every way a complaint is filed (API and public form), so the form is no way around the
/// API's limit. Anonymous clients are limited per IP address; signed-in accounts (officers, integrations with
/// a bearer token) per account and generously, so a partner system is never throttled as one flooder.
/// </summary>
public sealed class IntakeRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<HttpContext> limiter;

    public IntakeRateLimiter(IOptions<IntakeOptions> options)
    {
        var settings = options.Value;
        limiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
        {
            var userId = context.User.FindFirstValue(ClaimTypes.NameIdentifier);
            if (userId is not null)
            {
                return RateLimitPartition.GetTokenBucketLimiter("user:" + userId, _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = settings.AuthenticatedPerSecond,
                    TokensPerPeriod = settings.AuthenticatedPerSecond,
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                });
            }

            var address = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
            return RateLimitPartition.GetFixedWindowLimiter("ip:" + address, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = settings.AnonymousPerMinute,
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
                AutoReplenishment = true,
            });
        });
    }

    /// <summary>Null when the complaint may go ahead; otherwise how long the client should wait.</summary>
    public TimeSpan? TryAcquire(HttpContext context)
    {
        using var lease = limiter.AttemptAcquire(context);
        if (lease.IsAcquired)
        {
            return null;
        }

        return lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromSeconds(60);
    }

    public static string RetryAfterSeconds(TimeSpan wait) =>
        Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);

    public void Dispose() => limiter.Dispose();
}
