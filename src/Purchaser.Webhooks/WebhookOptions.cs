using System.ComponentModel.DataAnnotations;

namespace Purchaser.Webhooks;

/// <summary>Webhook delivery options, bound from <c>Purchaser:Webhooks</c> and validated at start.</summary>
public sealed class WebhookOptions
{
    /// <summary>How long one attempt may take before it counts as failed.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:05:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// The waits between attempts: the first attempt is immediate, then one attempt after each wait; after the last the
    /// delivery is failed (and can be replayed). The default is the Standard Webhooks schedule.
    /// </summary>
    public IList<TimeSpan> RetrySchedule { get; } =
    [
        TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30), TimeSpan.FromHours(2), TimeSpan.FromHours(5),
        TimeSpan.FromHours(10), TimeSpan.FromHours(14), TimeSpan.FromHours(20), TimeSpan.FromHours(24),
    ];

    /// <summary>Each wait is varied by up to this fraction either way, so retries of many messages do not arrive in step.</summary>
    [Range(0.0, 0.5)]
    public double Jitter { get; set; } = 0.1;

    /// <summary>An endpoint whose every delivery has failed for this long is disabled.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "90.00:00:00")]
    public TimeSpan DisableAfter { get; set; } = TimeSpan.FromDays(5);

    /// <summary>How long the old secret keeps signing after a rotation.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "30.00:00:00")]
    public TimeSpan SecretOverlap { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How many deliveries run at once across all endpoints.</summary>
    [Range(1, 1024)]
    public int MaxConcurrentDeliveries { get; set; } = 32;

    /// <summary>
    /// How long the dispatcher waits when there is nothing to do. Work this host commits wakes it at once; the poll finds
    /// work other hosts wrote and retries coming due.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a claimed delivery stays leased to this host before another may take it over.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Allow plain http and endpoints on loopback, private, link-local and metadata addresses. For development only:
    /// it lets a webhook reach inside the network the host runs in.
    /// </summary>
    public bool AllowPrivateNetworks { get; set; }

    /// <summary>How much of a response body is kept with an attempt.</summary>
    [Range(0, 65536)]
    public int ResponseBodyLimit { get; set; } = 1024;
}
