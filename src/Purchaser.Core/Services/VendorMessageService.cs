using Purchaser.Domain;
using Purchaser.Events;
using Purchaser.Mail;
using Purchaser.Storage;

namespace Purchaser.Services;

/// <summary>Messages to a vendor in its RFQ thread (clarifications, negotiation), sent through the customer's mailbox.</summary>
public sealed class VendorMessageService
{
    private const int MaxTextLength = 20_000;

    private readonly RfqService _rfqs;
    private readonly IVendorStore _vendors;
    private readonly IOutboundMailStore _outbound;
    private readonly IInboundMessageStore _inbound;
    private readonly TimeProvider _time;
    private readonly IRfqMailComposer? _composer;

    /// <summary>Creates the service; resolved from DI. Sending needs a mail composer (<c>AddRfqMail()</c>).</summary>
    public VendorMessageService(RfqService rfqs, IVendorStore vendors, IOutboundMailStore outbound, IInboundMessageStore inbound, TimeProvider time, IRfqMailComposer? composer = null)
    {
        _rfqs = rfqs;
        _vendors = vendors;
        _outbound = outbound;
        _inbound = inbound;
        _time = time;
        _composer = composer;
    }

    /// <summary>Queues a message to the vendor, threaded under the last mail it was sent for this RFQ.</summary>
    public async Task<OutboundMail> SendAsync(Id<Tenant> tenantId, Id<Rfq> rfqId, Id<Vendor> vendorId, string? subject, string? text, Actor actor, CancellationToken cancellationToken = default)
    {
        new ValidationErrors()
            .Require(!string.IsNullOrWhiteSpace(text), "text", "The message text is required.")
            .Require((text?.Length ?? 0) <= MaxTextLength, "text", $"At most {MaxTextLength} characters.")
            .Require((subject?.Length ?? 0) <= 200, "subject", "At most 200 characters.")
            .ThrowIfAny();
        var (rfq, vendor) = await ThreadOwnersAsync(tenantId, rfqId, vendorId, cancellationToken).ConfigureAwait(false);
        if (_composer is null)
        {
            throw new PurchaserException(new PurchaserError("mail.not_configured", "Vendor mail is not configured on this host.", ErrorKind.Conflict));
        }

        var previous = (await _outbound.ListForRfqAsync(tenantId, rfqId, cancellationToken).ConfigureAwait(false)).LastOrDefault(m => m.VendorId == vendorId);
        var now = _time.GetUtcNow();
        var mail = _composer.ComposeMessage(rfq, vendor, string.IsNullOrWhiteSpace(subject) ? $"Re: Request for quotation {rfq.Number}: {rfq.Title}" : subject.Trim(), text!, previous, actor, now);
        await _outbound.EnqueueAsync(mail, StateChange.AuditOnly(new AuditEntry(tenantId, "rfq", rfqId.Value, "mail.queued", actor, now, $"message {mail.MessageId} to vendor {vendorId}")), cancellationToken).ConfigureAwait(false);
        return mail;
    }

    /// <summary>
    /// Records that <paramref name="mail"/> came back undelivered (reported by the stored <paramref name="bounce"/>): the
    /// send is failed with the server's reason, audited, and <c>mail.bounced</c> is queued in the same transaction.
    /// </summary>
    public async Task<OutboundMail> RecordBounceAsync(OutboundMail mail, string detail, Id<InboundMessage> bounce, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mail);
        ArgumentException.ThrowIfNullOrWhiteSpace(detail);
        var rfq = await _rfqs.GetAsync(mail.TenantId, mail.RfqId, cancellationToken).ConfigureAwait(false);
        var now = _time.GetUtcNow();
        var failed = mail with { Status = OutboundMailStatus.Failed, CompletedAt = mail.CompletedAt ?? now, LastResult = $"bounced: {detail}" };
        var audit = new AuditEntry(mail.TenantId, "rfq", mail.RfqId.Value, "mail.bounced", Actor.System, now, $"{mail.Kind} {mail.MessageId} to vendor {mail.VendorId}: {detail}");
        await _outbound.RecordAsync(failed, new StateChange([audit], [EventFactory.MailBounced(rfq, mail, detail, bounce, now)]), cancellationToken).ConfigureAwait(false);
        return failed;
    }

    /// <summary>The vendor's thread on the RFQ: outbound and inbound mail, oldest first.</summary>
    public async Task<(IReadOnlyList<OutboundMail> Outbound, IReadOnlyList<InboundMessage> Inbound)> ThreadAsync(Id<Tenant> tenantId, Id<Rfq> rfqId, Id<Vendor> vendorId, CancellationToken cancellationToken = default)
    {
        await ThreadOwnersAsync(tenantId, rfqId, vendorId, cancellationToken).ConfigureAwait(false);
        var outbound = (await _outbound.ListForRfqAsync(tenantId, rfqId, cancellationToken).ConfigureAwait(false)).Where(m => m.VendorId == vendorId).ToList();
        var inbound = await _inbound.ListThreadAsync(tenantId, rfqId, vendorId, cancellationToken).ConfigureAwait(false);
        return (outbound, inbound);
    }

    private async Task<(Rfq Rfq, Vendor Vendor)> ThreadOwnersAsync(Id<Tenant> tenantId, Id<Rfq> rfqId, Id<Vendor> vendorId, CancellationToken cancellationToken)
    {
        var rfq = await _rfqs.GetAsync(tenantId, rfqId, cancellationToken).ConfigureAwait(false);
        if (!rfq.HasVendor(vendorId))
        {
            throw new PurchaserException(new PurchaserError(ErrorCodes.VendorNotAttached, $"Vendor {vendorId} is not attached to {rfq.Number}.", ErrorKind.NotFound));
        }

        var vendor = await _vendors.FindAsync(tenantId, vendorId, cancellationToken).ConfigureAwait(false)
            ?? throw new PurchaserException(new PurchaserError(ErrorCodes.VendorNotFound, $"Vendor {vendorId} no longer exists.", ErrorKind.NotFound));
        return (rfq, vendor);
    }
}
