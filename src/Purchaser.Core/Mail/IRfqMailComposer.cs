using Purchaser.Domain;

namespace Purchaser.Mail;

/// <summary>Composes the emails an RFQ sends its vendors. Implemented where a MIME library is available.</summary>
public interface IRfqMailComposer
{
    /// <summary>The invitation to quote for one vendor: one email to all of its contacts, with a response template.</summary>
    OutboundMail ComposeInvitation(Rfq rfq, Vendor vendor, Actor requestedBy, DateTimeOffset now);

    /// <summary>A message in the vendor's thread (a clarification, a counter-offer), threaded under the earlier mail.</summary>
    OutboundMail ComposeMessage(Rfq rfq, Vendor vendor, string subject, string text, OutboundMail? inReplyTo, Actor requestedBy, DateTimeOffset now);
}
