using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;
using Purchaser.Domain;
using Purchaser.Mail;
using Purchaser.Services;
using Purchaser.Storage;

namespace Purchaser.Quotes.Inbound;

/// <summary>
/// The one pipeline every inbound email goes through, whichever way it arrived: store it raw (a redelivery is a
/// duplicate, not a second quote), match it to an RFQ and vendor, read the quote, and store the quote revision, which
/// fires <c>quote.received</c>. A message that cannot be matched or read stays stored with the reason.
/// </summary>
public sealed partial class InboundMailProcessor : IInboundMailSink
{
    private readonly IInboundMessageStore _messages;
    private readonly IRfqStore _rfqs;
    private readonly IVendorStore _vendors;
    private readonly string? _trustedAuthServId;
    private readonly IOutboundMailStore? _outbound;
    private readonly ReplyMatcher _matcher;
    private readonly QuoteService _quotes;
    private readonly QuoteParser _parser;
    private readonly TimeProvider _time;
    private readonly ILogger<InboundMailProcessor> _logger;

    /// <summary>Creates the processor; resolved from DI.</summary>
    public InboundMailProcessor(IInboundMessageStore messages, IRfqStore rfqs, IVendorStore vendors, QuoteService quotes, QuoteParser parser, IOptions<PurchaserOptions> options, IOptions<MailOptions> mail, TimeProvider time, ILogger<InboundMailProcessor> logger, IOutboundMailStore? outbound = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(mail);
        _messages = messages;
        _rfqs = rfqs;
        _vendors = vendors;
        _trustedAuthServId = mail.Value.TrustedAuthServId;
        _outbound = outbound;
        _matcher = new ReplyMatcher(rfqs, vendors, outbound, options.Value.RfqNumberPrefix, mail.Value.ReplyAddress);
        _quotes = quotes;
        _parser = parser;
        _time = time;
        _logger = logger;
    }

    /// <summary>Processes one raw RFC 5322 message received for <paramref name="tenantId"/> through <paramref name="source"/>.</summary>
    public async Task<InboundMessage> ProcessAsync(Id<Tenant> tenantId, ReadOnlyMemory<byte> raw, string source, CancellationToken cancellationToken = default)
    {
        var headers = ReadHeaders(raw);
        var message = new InboundMessage
        {
            Id = Id<InboundMessage>.New(),
            TenantId = tenantId,
            MessageId = headers?.MessageId,
            ContentHash = Convert.ToHexStringLower(SHA256.HashData(raw.Span)),
            From = headers?.From.Mailboxes.FirstOrDefault()?.Address,
            Subject = headers?.Subject,
            SentAt = headers is { Date: var date } && date != DateTimeOffset.MinValue ? date : null,
            ReceivedAt = _time.GetUtcNow(),
            Source = source,
            Raw = raw,
        };
        var (stored, created) = await _messages.AddAsync(message, cancellationToken).ConfigureAwait(false);
        if (!created)
        {
            return stored;
        }

        var processed = headers switch
        {
            null => stored with { Status = InboundMessageStatus.Unmatched, Reason = "the message is not readable as MIME" },
            { Body: MultipartReport { ReportType: var type } report } when string.Equals(type, "delivery-status", StringComparison.OrdinalIgnoreCase)
                => await RecordBounceAsync(stored, report, cancellationToken).ConfigureAwait(false),
            _ => await ClassifyAsync(stored, headers, cancellationToken).ConfigureAwait(false),
        };
        await _messages.UpdateAsync(processed, cancellationToken).ConfigureAwait(false);
        Processed(_logger, processed.Id.Value, processed.From, processed.Status, processed.Reason);
        return processed;
    }

    /// <inheritdoc />
    public Task<InboundMessage> AcceptAsync(Id<Tenant> tenantId, ReadOnlyMemory<byte> raw, string source, CancellationToken cancellationToken) =>
        ProcessAsync(tenantId, raw, source, cancellationToken);

    private async Task<InboundMessage> ClassifyAsync(InboundMessage message, MimeMessage headers, CancellationToken cancellationToken)
    {
        var match = await _matcher.MatchAsync(message.TenantId, headers, cancellationToken).ConfigureAwait(false);
        if (match is not { Rfq: { } rfq, Vendor: { } vendor })
        {
            return message with { Status = InboundMessageStatus.Unmatched, Reason = match.Reason };
        }

        var matched = message with { RfqId = rfq.Id, VendorId = vendor.Id, MatchMethod = match.Method };
        if (match.Suspicious)
        {
            return matched with { Status = InboundMessageStatus.Suspicious, Reason = match.Reason };
        }

        if (SenderAuthentication.Failure(headers, _trustedAuthServId) is { } failure)
        {
            return matched with { Status = InboundMessageStatus.Suspicious, Reason = failure };
        }

        return await ReadQuoteAsync(matched, rfq, vendor, Actor.System, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Records a bounce against the mail it reports on: that send failed, with the server's reason.</summary>
    private async Task<InboundMessage> RecordBounceAsync(InboundMessage message, MultipartReport report, CancellationToken cancellationToken)
    {
        // The returned message, or only its headers (text/rfc822-headers is a MessagePart too), names the original.
        var original = report.OfType<MessagePart>().Select(p => p.Message?.MessageId).FirstOrDefault(id => !string.IsNullOrEmpty(id));
        // The first group describes the reporting server; the per-recipient groups carry Status and the diagnostic.
        var status = report.OfType<MessageDeliveryStatus>().SelectMany(d => d.StatusGroups).Where(g => g.Contains("Status"))
            .Select(g => $"{g["Final-Recipient"]} {g["Status"]} {g["Diagnostic-Code"]}".Trim()).FirstOrDefault() ?? "delivery failed";
        if (original is null || _outbound is null || await _outbound.FindByReplyAsync(null, original, cancellationToken).ConfigureAwait(false) is not { } mail || mail.TenantId != message.TenantId)
        {
            return message with { Status = InboundMessageStatus.Bounce, Reason = $"a bounce for a message Purchaser did not send ({original ?? "no original Message-ID"}): {status}" };
        }

        var now = _time.GetUtcNow();
        var failed = mail with { Status = OutboundMailStatus.Failed, CompletedAt = mail.CompletedAt ?? now, LastResult = $"bounced: {status}" };
        var audit = new AuditEntry(mail.TenantId, "rfq", mail.RfqId.Value, "mail.bounced", Actor.System, now, $"{mail.Kind} {mail.MessageId} to vendor {mail.VendorId}: {status}");
        await _outbound.RecordAsync(failed, StateChange.AuditOnly(audit), cancellationToken).ConfigureAwait(false);
        return message with { Status = InboundMessageStatus.Bounce, RfqId = mail.RfqId, VendorId = mail.VendorId, MatchMethod = "bounce", Reason = $"{mail.MessageId} bounced: {status}" };
    }

    /// <summary>
    /// A person's decision on a held message: take a suspicious message as the vendor's quote after all, or assign an
    /// unmatched one to an RFQ and vendor. The quote revision records the person as who recorded it.
    /// </summary>
    public async Task<InboundMessage> AssignAsync(Id<Tenant> tenantId, Id<InboundMessage> id, Id<Rfq>? rfqId, Id<Vendor>? vendorId, Actor actor, CancellationToken cancellationToken = default)
    {
        var message = await _messages.FindAsync(tenantId, id, cancellationToken).ConfigureAwait(false)
            ?? throw new PurchaserException(new PurchaserError("inbound.message_not_found", $"No inbound message with id {id} exists.", ErrorKind.NotFound));
        if (message.Status is InboundMessageStatus.Quoted)
        {
            throw new PurchaserException(new PurchaserError("inbound.already_quoted", "The message was already read as a quote revision.", ErrorKind.Conflict));
        }

        new ValidationErrors()
            .Require((rfqId ?? message.RfqId) is not null, "rfqId", "The message is matched to no RFQ; name one.")
            .Require((vendorId ?? message.VendorId) is not null, "vendorId", "The message is matched to no vendor; name one.")
            .ThrowIfAny();
        var rfq = await _rfqs.FindAsync(tenantId, (rfqId ?? message.RfqId)!.Value, cancellationToken).ConfigureAwait(false)
            ?? throw new PurchaserException(new PurchaserError(ErrorCodes.RfqNotFound, "No such RFQ exists.", ErrorKind.NotFound));
        var vendor = await _vendors.FindAsync(tenantId, (vendorId ?? message.VendorId)!.Value, cancellationToken).ConfigureAwait(false);
        if (vendor is null || !rfq.HasVendor(vendor.Id))
        {
            throw new PurchaserException(new PurchaserError(ErrorCodes.VendorNotAttached, $"That vendor is not attached to {rfq.Number}.", ErrorKind.Conflict));
        }

        var assigned = message with { RfqId = rfq.Id, VendorId = vendor.Id, MatchMethod = rfqId is null && vendorId is null ? message.MatchMethod : "manual" };
        var processed = await ReadQuoteAsync(assigned, rfq, vendor, actor, cancellationToken).ConfigureAwait(false);
        await _messages.UpdateAsync(processed, cancellationToken).ConfigureAwait(false);
        return processed;
    }

    private async Task<InboundMessage> ReadQuoteAsync(InboundMessage matched, Rfq rfq, Vendor vendor, Actor actor, CancellationToken cancellationToken)
    {
        if (rfq.Status is not (RfqStatus.Published or RfqStatus.Closed))
        {
            return matched with { Status = InboundMessageStatus.Rejected, Reason = $"{rfq.Number} is {rfq.Status.ToString().ToLowerInvariant()} and takes no more quotes" };
        }

        var quote = _parser.Parse(matched.Raw, rfq);
        // A question or other message stays in the thread only: no revision, so no quote.received.
        if (quote.Status == QuoteStatus.Unparseable || quote.Classification is QuoteClassification.Question or QuoteClassification.Other)
        {
            return matched with { Status = InboundMessageStatus.Unparseable, Reason = quote.Reason ?? "no quote could be read" };
        }

        try
        {
            var revision = await _quotes.StoreAsync(matched.TenantId, rfq.Id, vendor.Id, quote, QuoteSource.Email, matched.MessageId, actor, cancellationToken).ConfigureAwait(false);
            return matched with { Status = InboundMessageStatus.Quoted, QuoteRevisionId = revision.Id, Reason = quote.Reason };
        }
        catch (PurchaserException ex)
        {
            return matched with { Status = InboundMessageStatus.Rejected, Reason = ex.Error.Message };
        }
    }

    /// <summary>The headers (and, for matching, the text) of the message; null when the bytes are not MIME at all.</summary>
    private static MimeMessage? ReadHeaders(ReadOnlyMemory<byte> raw)
    {
        try
        {
            using var stream = new MemoryStream(raw.ToArray(), writable: false);
            var parsed = MimeMessage.Load(new ParserOptions { MaxMimeDepth = 32 }, stream);
            return parsed.Headers.Count == 0 ? null : parsed;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    [LoggerMessage(3001, LogLevel.Information, "Inbound message {MessageId} from {From}: {Status} {Reason}")]
    private static partial void Processed(ILogger logger, Guid messageId, string? from, InboundMessageStatus status, string? reason);
}
