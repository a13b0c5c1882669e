using System.ComponentModel.DataAnnotations;

namespace Purchaser;

/// <summary>Engine-wide options, bound from <c>Purchaser</c> in configuration and validated at start.</summary>
public sealed class PurchaserOptions
{
    /// <summary>The prefix of RFQ numbers: <c>RFQ</c> gives <c>RFQ-2026-000042</c>.</summary>
    [Required]
    [RegularExpression("^[A-Z][A-Z0-9]{0,9}$", ErrorMessage = "RfqNumberPrefix must be 1 to 10 upper-case letters or digits, starting with a letter.")]
    public string RfqNumberPrefix { get; set; } = "RFQ";

    /// <summary>The most lines one RFQ may have.</summary>
    [Range(1, 10_000)]
    public int MaxLinesPerRfq { get; set; } = 1000;

    /// <summary>How often published RFQs past their response due time are closed.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan ResponseDueCheckInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How long the response to an <c>Idempotency-Key</c> is kept for retries; older keys are forgotten (and may be used
    /// again). Checked every hour.
    /// </summary>
    [Range(typeof(TimeSpan), "00:10:00", "90.00:00:00")]
    public TimeSpan IdempotencyRetention { get; set; } = TimeSpan.FromHours(24);

    /// <summary>
    /// How long a host's claim on work only one host may do at a time (reading a mailbox) lasts unless renewed: when
    /// the host dies another takes the work over after at most this long plus a fifth of it. Renewed every third.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.500", "00:10:00")]
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(10);
}
