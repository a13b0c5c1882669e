using System.Text.Json;
using Purchaser.Contracts;

namespace Purchaser.Client.Webhooks;

/// <summary>
/// A verified webhook's payload, typed by its <c>type</c>: <see cref="Rfq"/> for <c>rfq.*</c>,
/// <see cref="QuoteReceived"/> for <c>quote.received</c>, <see cref="MailBounced"/> for <c>mail.bounced</c>. All are null for a type this version does not know, so a
/// receiver keeps working when Purchaser adds events.
/// </summary>
public sealed class WebhookEvent
{
    private const string RfqTypePrefix = "rfq.";

    private WebhookEvent(string messageId, string type, DateTimeOffset timestamp, WebhookPayload<RfqEventData>? rfq, WebhookPayload<QuoteReceivedEventData>? quoteReceived, WebhookPayload<MailBouncedEventData>? mailBounced = null)
    {
        MessageId = messageId;
        Type = type;
        Timestamp = timestamp;
        Rfq = rfq;
        QuoteReceived = quoteReceived;
        MailBounced = mailBounced;
    }

    /// <summary>The <c>webhook-id</c>; use it to deduplicate processing.</summary>
    public string MessageId { get; }

    /// <summary>The event type, one of <see cref="EventTypes"/>.</summary>
    public string Type { get; }

    /// <summary>When the event happened.</summary>
    public DateTimeOffset Timestamp { get; }

    /// <summary>The payload of an <c>rfq.*</c> event.</summary>
    public WebhookPayload<RfqEventData>? Rfq { get; }

    /// <summary>The payload of <c>quote.received</c>.</summary>
    public WebhookPayload<QuoteReceivedEventData>? QuoteReceived { get; }

    /// <summary>The payload of <c>mail.bounced</c>.</summary>
    public WebhookPayload<MailBouncedEventData>? MailBounced { get; }

    /// <summary>Reads a payload already verified.</summary>
    /// <param name="messageId">The <c>webhook-id</c>.</param>
    /// <param name="body">The body.</param>
    /// <exception cref="JsonException">The body is not a webhook payload.</exception>
    public static WebhookEvent Parse(string messageId, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(messageId);
        var reader = new Utf8JsonReader(body);
        using var document = JsonDocument.ParseValue(ref reader);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty("type", out var typeElement) || typeElement.ValueKind != JsonValueKind.String
            || !root.TryGetProperty("timestamp", out var timestampElement) || !timestampElement.TryGetDateTimeOffset(out var timestamp))
        {
            throw new JsonException("The webhook body is not a payload with a string 'type' and a 'timestamp'.");
        }

        var type = typeElement.GetString()!;
        if (type == EventTypes.QuoteReceived)
        {
            return new WebhookEvent(messageId, type, timestamp, null, Required(root.Deserialize(PurchaserJsonContext.Default.WebhookPayloadQuoteReceivedEventData)));
        }

        if (type == EventTypes.MailBounced)
        {
            return new WebhookEvent(messageId, type, timestamp, null, null, Required(root.Deserialize(PurchaserJsonContext.Default.WebhookPayloadMailBouncedEventData)));
        }

        if (type.StartsWith(RfqTypePrefix, StringComparison.Ordinal))
        {
            return new WebhookEvent(messageId, type, timestamp, Required(root.Deserialize(PurchaserJsonContext.Default.WebhookPayloadRfqEventData)), null);
        }

        return new WebhookEvent(messageId, type, timestamp, null, null);
    }

    private static T Required<T>(T? value)
        where T : class => value ?? throw new JsonException("The webhook body is null.");
}
