using System.Text.Json;
using Purchaser.Client.Webhooks;
using Purchaser.Contracts;

namespace Purchaser.Client.Tests;

public sealed class WebhookEventTests
{
    [Theory]
    [InlineData(EventTypes.RfqCreated)]
    [InlineData(EventTypes.RfqPublished)]
    [InlineData(EventTypes.RfqAwarded)]
    [InlineData(EventTypes.RfqCancelled)]
    public void Rfq_events_read_as_rfq_payloads(string type)
    {
        var rfq = Samples.Rfq();
        var body = JsonSerializer.SerializeToUtf8Bytes(new WebhookPayload<RfqEventData>(type, rfq.UpdatedAt, new RfqEventData(rfq.Id, rfq.Reference, rfq)), PurchaserJsonContext.Default.WebhookPayloadRfqEventData);

        var webhook = WebhookEvent.Parse("msg_1", body);

        Assert.Equal(type, webhook.Type);
        Assert.Equal(rfq.UpdatedAt, webhook.Timestamp);
        Assert.Equal("RFQ-2026-000042", webhook.Rfq!.Data.Rfq.Number);
        Assert.Equal(rfq.Lines, webhook.Rfq.Data.Rfq.Lines);
        Assert.Null(webhook.QuoteReceived);
    }

    [Fact]
    public void Quote_received_reads_as_a_quote_payload()
    {
        var data = Samples.QuoteReceived();
        var body = JsonSerializer.SerializeToUtf8Bytes(new WebhookPayload<QuoteReceivedEventData>(EventTypes.QuoteReceived, data.Quote.ReceivedAt, data), PurchaserJsonContext.Default.WebhookPayloadQuoteReceivedEventData);

        var webhook = WebhookEvent.Parse("msg_2", body);

        Assert.Equal(new MoneyDto(12.5m, "USD"), webhook.QuoteReceived!.Data.Quote.Quote.Lines[0].UnitPrice);
        Assert.Null(webhook.Rfq);
    }

    [Fact]
    public void Mail_bounced_reads_as_a_bounce_payload_not_an_rfq_one()
    {
        var data = new MailBouncedEventData(Guid.NewGuid(), "RFQ-2026-000042", "SO-88123", Guid.NewGuid(), "invitation", "a1@customer.example", ["sales@acme.example"], "5.1.1 User unknown", Guid.NewGuid());
        var body = JsonSerializer.SerializeToUtf8Bytes(new WebhookPayload<MailBouncedEventData>(EventTypes.MailBounced, DateTimeOffset.UnixEpoch, data), PurchaserJsonContext.Default.WebhookPayloadMailBouncedEventData);

        var webhook = WebhookEvent.Parse("msg_5", body);

        Assert.Equal(data.VendorId, webhook.MailBounced!.Data.VendorId);
        Assert.Equal(["sales@acme.example"], webhook.MailBounced.Data.Recipients);
        Assert.Null(webhook.Rfq);
        Assert.Null(webhook.QuoteReceived);
    }

    [Fact]
    public void An_unknown_type_reads_without_data()
    {
        var webhook = WebhookEvent.Parse("msg_3", """{"type":"vendor.created","timestamp":"2026-03-01T09:00:00Z","data":{"anything":1}}"""u8);

        Assert.Equal("vendor.created", webhook.Type);
        Assert.Null(webhook.Rfq);
        Assert.Null(webhook.QuoteReceived);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("""{"timestamp":"2026-03-01T09:00:00Z"}""")]
    [InlineData("""{"type":"rfq.created"}""")]
    [InlineData("""{"type":"rfq.created","timestamp":"2026-03-01T09:00:00Z","data":{"rfqId":"not-a-guid"}}""")]
    [InlineData("not json")]
    public void A_body_that_is_not_a_payload_is_a_json_error(string body) =>
        Assert.ThrowsAny<JsonException>(() => WebhookEvent.Parse("msg_4", System.Text.Encoding.UTF8.GetBytes(body)));
}
