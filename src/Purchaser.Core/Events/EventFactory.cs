using System.Text.Json;
using Purchaser.Contracts;
using Purchaser.Domain;
using Purchaser.Services;
using Purchaser.Storage;

namespace Purchaser.Events;

/// <summary>Builds outbox messages whose payload is the webhook body, fixed at the moment of the change.</summary>
internal static class EventFactory
{
    public static OutboxMessage ForRfq(string eventType, Rfq rfq, DateTimeOffset at, IReadOnlyList<VendorDistributionDto>? distribution = null)
    {
        var payload = new WebhookPayload<RfqEventData>(eventType, at, new RfqEventData(rfq.Id.Value, rfq.Reference, rfq.ToResource()) { Distribution = distribution });
        return new OutboxMessage(OutboxMessage.NewId(), rfq.TenantId, eventType, rfq.Id.Value, JsonSerializer.Serialize(payload, PurchaserJsonContext.Default.WebhookPayloadRfqEventData), at);
    }

    public static OutboxMessage QuoteReceived(Rfq rfq, QuoteRevision revision, DateTimeOffset at)
    {
        var data = new QuoteReceivedEventData(rfq.Id.Value, rfq.Number, rfq.Reference, revision.VendorId.Value, revision.ToResource());
        var payload = new WebhookPayload<QuoteReceivedEventData>(EventTypes.QuoteReceived, at, data);
        return new OutboxMessage(OutboxMessage.NewId(), rfq.TenantId, EventTypes.QuoteReceived, rfq.Id.Value, JsonSerializer.Serialize(payload, PurchaserJsonContext.Default.WebhookPayloadQuoteReceivedEventData), at);
    }

    public static OutboxMessage MailBounced(Rfq rfq, OutboundMail mail, string detail, Id<InboundMessage> bounce, DateTimeOffset at)
    {
        var data = new MailBouncedEventData(rfq.Id.Value, rfq.Number, rfq.Reference, mail.VendorId.Value, mail.Kind, mail.MessageId, mail.Recipients, detail, bounce.Value);
        var payload = new WebhookPayload<MailBouncedEventData>(EventTypes.MailBounced, at, data);
        return new OutboxMessage(OutboxMessage.NewId(), rfq.TenantId, EventTypes.MailBounced, rfq.Id.Value, JsonSerializer.Serialize(payload, PurchaserJsonContext.Default.WebhookPayloadMailBouncedEventData), at);
    }
}
