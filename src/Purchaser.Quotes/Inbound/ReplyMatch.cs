using Purchaser.Domain;

namespace Purchaser.Quotes.Inbound;

/// <summary>The RFQ and vendor an inbound message answers, and how that was decided; or why nothing matched.</summary>
internal sealed record ReplyMatch(Rfq? Rfq, Vendor? Vendor, string? Method, string? Reason)
{
    public static ReplyMatch None(string reason) => new(null, null, null, reason);
}
