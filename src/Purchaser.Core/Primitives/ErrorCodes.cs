namespace Purchaser;

/// <summary>The stable error codes Purchaser reports. They are part of the public contract: never reuse or rename one.</summary>
public static class ErrorCodes
{
    /// <summary>One or more input fields are invalid; see the error's fields.</summary>
    public const string ValidationFailed = "validation.failed";

    /// <summary>The RFQ does not exist for this tenant.</summary>
    public const string RfqNotFound = "rfq.not_found";

    /// <summary>The RFQ's status does not allow the requested transition.</summary>
    public const string RfqInvalidTransition = "rfq.invalid_transition";

    /// <summary>The RFQ can no longer be edited (only drafts can).</summary>
    public const string RfqNotEditable = "rfq.not_editable";

    /// <summary>The RFQ cannot be published without vendors.</summary>
    public const string RfqNoVendors = "rfq.no_vendors";

    /// <summary>Someone else changed the RFQ first; read it again and retry.</summary>
    public const string RfqConcurrencyConflict = "rfq.concurrency_conflict";

    /// <summary>The caller's <c>If-Match</c> version does not match the current one.</summary>
    public const string PreconditionFailed = "request.precondition_failed";

    /// <summary>The vendor does not exist for this tenant.</summary>
    public const string VendorNotFound = "vendor.not_found";

    /// <summary>A vendor with the same ERP code already exists.</summary>
    public const string VendorCodeTaken = "vendor.code_taken";

    /// <summary>The vendor list does not exist for this tenant.</summary>
    public const string VendorListNotFound = "vendor_list.not_found";

    /// <summary>A vendor list with the same name already exists.</summary>
    public const string VendorListNameTaken = "vendor_list.name_taken";

    /// <summary>The vendor is not attached to the RFQ.</summary>
    public const string VendorNotAttached = "rfq.vendor_not_attached";

    /// <summary>The quote revision does not exist on this RFQ for that vendor.</summary>
    public const string QuoteRevisionNotFound = "quote.revision_not_found";

    /// <summary>The inbound message was already stored as a quote revision; it is not stored twice.</summary>
    public const string InboundMessageAlreadyQuoted = "quote.inbound_message_already_quoted";

    /// <summary>A later revision of the vendor's quote supersedes the one named.</summary>
    public const string QuoteRevisionSuperseded = "quote.revision_superseded";

    /// <summary>The quote revision has no price for a line being awarded.</summary>
    public const string AwardLineNotQuoted = "award.line_not_quoted";

    /// <summary>The award names an RFQ line that does not exist or names it twice.</summary>
    public const string AwardInvalidLine = "award.invalid_line";

    /// <summary>The API key does not exist for this tenant.</summary>
    public const string ApiKeyNotFound = "api_key.not_found";

    /// <summary>The webhook endpoint does not exist for this tenant.</summary>
    public const string WebhookEndpointNotFound = "webhook.endpoint_not_found";

    /// <summary>The webhook message does not exist for this tenant and endpoint.</summary>
    public const string WebhookMessageNotFound = "webhook.message_not_found";

    /// <summary>The <c>Idempotency-Key</c> was already used with a different request.</summary>
    public const string IdempotencyKeyReused = "request.idempotency_key_reused";

    /// <summary>A request with the same <c>Idempotency-Key</c> is still running; retry after it answers.</summary>
    public const string IdempotencyRequestInProgress = "request.idempotency_request_in_progress";

    /// <summary>The request body is not valid JSON or has the wrong shape.</summary>
    public const string MalformedRequest = "request.malformed";
}
