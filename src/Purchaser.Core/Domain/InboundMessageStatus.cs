namespace Purchaser.Domain;

/// <summary>What became of an inbound email.</summary>
public enum InboundMessageStatus
{
    /// <summary>Stored, not processed yet.</summary>
    Received,

    /// <summary>Matched to an RFQ and vendor and read as a quote revision.</summary>
    Quoted,

    /// <summary>Matched, but no quote could be read from it (a question, a note); it stays in the thread with the reason.</summary>
    Unparseable,

    /// <summary>Matched to nothing; kept for a person to assign.</summary>
    Unmatched,

    /// <summary>Matched, but the RFQ no longer takes quotes (awarded or cancelled); it stays in the thread.</summary>
    Rejected,

    /// <summary>A delivery status notification: one of Purchaser's own mails bounced, recorded against that send.</summary>
    Bounce,

    /// <summary>Matched, but the sender is not a known contact of the vendor; not taken as a quote until a person accepts it.</summary>
    Suspicious,

    /// <summary>Over a limit on inbound mail (size, MIME depth, headers, attachments): kept with the reason, not read.</summary>
    Refused,
}
