using System.Net;
using System.Net.Http.Headers;

namespace Purchaser.Webhooks;

/// <summary>When a failed delivery is tried next: the configured waits with jitter, never before a server's Retry-After.</summary>
internal sealed class RetrySchedule(IReadOnlyList<TimeSpan> waits, double jitter, Func<double> random)
{
    private static readonly TimeSpan MaxRetryAfter = TimeSpan.FromHours(24);

    /// <summary>The time of the next attempt after <paramref name="attemptsMade"/> attempts, or null when the schedule is spent.</summary>
    public DateTimeOffset? Next(int attemptsMade, DateTimeOffset now, HttpStatusCode? status, RetryConditionHeaderValue? retryAfter)
    {
        if (attemptsMade > waits.Count)
        {
            return null;
        }

        var wait = waits[attemptsMade - 1];
        wait += wait * (jitter * ((random() * 2) - 1));
        if (status is HttpStatusCode.TooManyRequests or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout
            && RetryAfter(retryAfter, now) is { } serverWait && serverWait > wait)
        {
            wait = serverWait > MaxRetryAfter ? MaxRetryAfter : serverWait;
        }

        return now + wait;
    }

    private static TimeSpan? RetryAfter(RetryConditionHeaderValue? header, DateTimeOffset now) => header switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - now,
        _ => null,
    };
}
