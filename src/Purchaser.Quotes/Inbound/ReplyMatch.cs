using Purchaser.Domain;

namespace Purchaser.Quotes.Inbound;

/// <summary>The RFQ and vendor an inbound message answers, and how that was decided; or why nothing matched.</summary>
internal sealed record ReplyMatch(Rfq? Rfq, Vendor? Vendor, string? Method, string? Reason)
{
    /// <summary>Matched by reply token or thread, but the sender is no known contact or domain of the vendor.</summary>
    public bool Suspicious { get; init; }

    public static ReplyMatch None(string reason) => new(null, null, null, reason);
}
