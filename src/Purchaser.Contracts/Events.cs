namespace Purchaser.Contracts;

/// <summary>The event types Purchaser emits; the <c>type</c> of a webhook payload.</summary>
public static class EventTypes
{
    /// <summary>An RFQ was created.</summary>
    public const string RfqCreated = "rfq.created";

    /// <summary>An RFQ was sent to its vendors.</summary>
    public const string RfqPublished = "rfq.published";

    /// <summary>An RFQ stopped accepting quotes.</summary>
    public const string RfqClosed = "rfq.closed";

    /// <summary>An RFQ was awarded.</summary>
    public const string RfqAwarded = "rfq.awarded";

    /// <summary>An RFQ was cancelled.</summary>
    public const string RfqCancelled = "rfq.cancelled";

    /// <summary>A quote revision was stored.</summary>
    public const string QuoteReceived = "quote.received";

    /// <summary>A vendor's mail server returned an email Purchaser sent (a delivery status notification): that send failed.</summary>
    public const string MailBounced = "mail.bounced";

    /// <summary>The engine disabled a webhook endpoint (410 Gone, or failing for too long).</summary>
    public const string WebhookEndpointDisabled = "webhook.endpoint.disabled";

    /// <summary>A test message sent on request to one endpoint.</summary>
    public const string Ping = "ping";

    /// <summary>Every event type an endpoint can subscribe to.</summary>
    public static IReadOnlyList<string> All { get; } = [RfqCreated, RfqPublished, RfqClosed, RfqAwarded, RfqCancelled, QuoteReceived, MailBounced, WebhookEndpointDisabled, Ping];
}

/// <summary>The data of every <c>rfq.*</c> event: the RFQ as it was right after the change.</summary>
/// <param name="RfqId">The RFQ.</param>
/// <param name="Reference">The ERP's reference.</param>
/// <param name="Rfq">The RFQ resource.</param>
public sealed record RfqEventData(Guid RfqId, string? Reference, RfqResource Rfq)
{
    /// <summary>On <c>rfq.published</c> when mail is configured: how the invitation to each vendor went.</summary>
    public IReadOnlyList<VendorDistributionDto>? Distribution { get; init; }
}

/// <summary>How the invitation to one vendor went.</summary>
/// <param name="VendorId">The vendor.</param>
/// <param name="Status"><c>sent</c> (accepted by the mail server) or <c>failed</c>.</param>
/// <param name="Recipients">The contacts it went to.</param>
/// <param name="MessageId">The invitation's Message-ID.</param>
/// <param name="Detail">The mail server's answer or the error.</param>
public sealed record VendorDistributionDto(Guid VendorId, string Status, IReadOnlyList<string> Recipients, string MessageId, string? Detail);

/// <summary>The data of <c>quote.received</c>.</summary>
/// <param name="RfqId">The RFQ answered.</param>
/// <param name="RfqNumber">Its number.</param>
/// <param name="Reference">The ERP's reference.</param>
/// <param name="VendorId">The quoting vendor.</param>
/// <param name="Quote">The stored revision with the normalized quote.</param>
public sealed record QuoteReceivedEventData(Guid RfqId, string RfqNumber, string? Reference, Guid VendorId, QuoteResource Quote);

/// <summary>The data of <c>mail.bounced</c>: which send to which vendor came back, and why.</summary>
/// <param name="RfqId">The RFQ the mail belongs to.</param>
/// <param name="RfqNumber">Its number.</param>
/// <param name="Reference">The ERP's reference.</param>
/// <param name="VendorId">The vendor the mail went to.</param>
/// <param name="Kind"><c>invitation</c> or <c>message</c> (a later message in the thread).</param>
/// <param name="MessageId">The returned mail's Message-ID.</param>
/// <param name="Recipients">The contacts it was sent to.</param>
/// <param name="Detail">The reporting server's reason: recipient, status code and diagnostic.</param>
/// <param name="InboundMessageId">The stored bounce (<c>GET /api/v1/inbound/messages/{id}</c>).</param>
public sealed record MailBouncedEventData(Guid RfqId, string RfqNumber, string? Reference, Guid VendorId, string Kind, string MessageId, IReadOnlyList<string> Recipients, string Detail, Guid InboundMessageId);

/// <summary>The data of <c>webhook.endpoint.disabled</c>.</summary>
/// <param name="EndpointId">The endpoint.</param>
/// <param name="Url">Its URL.</param>
/// <param name="Reason">Why it was disabled.</param>
public sealed record WebhookEndpointDisabledEventData(Guid EndpointId, string Url, string Reason);

/// <summary>The data of <c>ping</c>.</summary>
/// <param name="EndpointId">The endpoint pinged.</param>
/// <param name="Message">A human-readable note.</param>
public sealed record PingEventData(Guid EndpointId, string Message);

/// <summary>A webhook payload: <c>{ "type", "timestamp", "data" }</c>.</summary>
/// <typeparam name="TData">The data type for the event type.</typeparam>
/// <param name="Type">The event type.</param>
/// <param name="Timestamp">When the event happened.</param>
/// <param name="Data">The event's data.</param>
public sealed record WebhookPayload<TData>(string Type, DateTimeOffset Timestamp, TData Data);
