using System.ComponentModel.DataAnnotations;

namespace Purchaser.Mail;

/// <summary>Outbound and inbound vendor mail, bound from <c>Purchaser:Mail</c> and validated at start.</summary>
public sealed class MailOptions
{
    /// <summary>The customer's mailbox that RFQs are sent from, for example <c>purchasing@customer.example</c>.</summary>
    [Required]
    [EmailAddress]
    public string From { get; set; } = "purchasing@customer.example";

    /// <summary>The display name on outgoing mail.</summary>
    public string FromName { get; set; } = "Purchasing";

    /// <summary>
    /// The per-vendor reply address; <c>{token}</c> is replaced by the vendor's unguessable reply token. Plus-addressing
    /// (<c>purchasing+{token}@customer.example</c>) routes replies back to the customer's own mailbox.
    /// </summary>
    [Required]
    [RegularExpression(@"^[^@\s]*\{token\}[^@\s]*@[^@\s]+$", ErrorMessage = "ReplyAddress must be an address containing {token}, such as purchasing+{token}@customer.example.")]
    public string ReplyAddress { get; set; } = "purchasing+{token}@customer.example";

    /// <summary>
    /// The authserv-id the customer's own mail server stamps on <c>Authentication-Results</c> (for example
    /// <c>mx.customer.example</c>). Only those headers are trusted: a reply whose DMARC fails, or whose DKIM fails with no
    /// passing signature, is held as suspicious. Null trusts none and skips the check.
    /// </summary>
    public string? TrustedAuthServId { get; set; }

    /// <summary>The waits between send attempts after a temporary failure; after the last the mail is failed.</summary>
    public IList<TimeSpan> RetrySchedule { get; } = [TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(30), TimeSpan.FromHours(2)];

    /// <summary>How often the queue is checked when idle.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How long a host may take to send the mail it claimed before another host may claim it again (the time a dead
    /// host's claimed mail waits). Longer than the slowest send, or a slow send may go out twice.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Limits on inbound mail, whichever way it arrives (<c>Purchaser:Mail:Inbound</c>).</summary>
    [Microsoft.Extensions.Options.ValidateObjectMembers]
    public InboundMailLimits Inbound { get; set; } = new();

    /// <summary>The reply address for a token.</summary>
    public string ReplyAddressFor(string token) => ReplyAddress.Replace("{token}", token, StringComparison.Ordinal);
}
