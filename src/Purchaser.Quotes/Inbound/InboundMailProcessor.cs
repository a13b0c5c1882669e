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
    private readonly InboundMailLimits _limits;
    private readonly IOutboundMailStore? _outbound;
    private readonly ReplyMatcher _matcher;
    private readonly QuoteService _quotes;
    private readonly VendorMessageService _threads;
    private readonly QuoteParser _parser;
    private readonly TimeProvider _time;
    private readonly ILogger<InboundMailProcessor> _logger;

    /// <summary>Creates the processor; resolved from DI.</summary>
    public InboundMailProcessor(IInboundMessageStore messages, IRfqStore rfqs, IVendorStore vendors, QuoteService quotes, VendorMessageService threads, QuoteParser parser, IOptions<PurchaserOptions> options, IOptions<MailOptions> mail, TimeProvider time, ILogger<InboundMailProcessor> logger, IOutboundMailStore? outbound = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(mail);
        _messages = messages;
        _rfqs = rfqs;
        _vendors = vendors;
        _trustedAuthServId = mail.Value.TrustedAuthServId;
        _limits = mail.Value.Inbound;
        _outbound = outbound;
        _matcher = new ReplyMatcher(rfqs, vendors, outbound, options.Value.RfqNumberPrefix, mail.Value.ReplyAddress);
        _quotes = quotes;
        _threads = threads;
        _parser = parser;
        _time = time;
        _logger = logger;
    }

    /// <summary>Processes one raw RFC 5322 message received for <paramref name="tenantId"/> through <paramref name="source"/>.</summary>
    public async Task<InboundMessage> ProcessAsync(Id<Tenant> tenantId, ReadOnlyMemory<byte> raw, string source, CancellationToken cancellationToken = default)
    {
        if (raw.Length > _limits.MaxMessageBytes)
        {
            return await RecordTooLargeAsync(tenantId, raw, source, cancellationToken).ConfigureAwait(false);
        }

        using var headers = ReadHeaders(raw);
        var message = new InboundMessage
        {
            Id = Id<InboundMessage>.New(),
            TenantId = tenantId,
            MessageId = headers?.MessageId,
            ContentHash = Hash(raw.Span),
            From = headers?.From.Mailboxes.FirstOrDefault()?.Address,
            Subject = headers?.Subject,
            SentAt = headers is { Date: var date } && date != DateTimeOffset.MinValue ? date : null,
            ReceivedAt = _time.GetUtcNow(),
            Source = source,
            Raw = raw,
        };
        var (stored, created) = await _messages.AddAsync(message, cancellationToken).ConfigureAwait(false);
        if (!created && !IsAbandoned(stored))
        {
            return stored;
        }

        var processed = headers switch
        {
            null => stored with { Status = InboundMessageStatus.Unmatched, Reason = "the message is not readable as MIME" },
            _ when InboundLimitCheck.Violation(headers, _limits) is { } violation => stored with { Status = InboundMessageStatus.Refused, Reason = violation },
            { Body: MultipartReport { ReportType: var type } report } when string.Equals(type, "delivery-status", StringComparison.OrdinalIgnoreCase)
                => await RecordBounceAsync(stored, report, cancellationToken).ConfigureAwait(false),
            _ => await ClassifyAsync(stored, headers, cancellationToken).ConfigureAwait(false),
        };
        await _messages.UpdateAsync(processed, cancellationToken).ConfigureAwait(false);
        Processed(_logger, processed.Id.Value, processed.From, processed.Status, processed.Reason);
        return processed;
    }

    /// <summary>
    /// Stored but never read: the host that stored it died (or its store failed) before the rest of the pipeline ran.
    /// A redelivery reads it then, once it has waited long enough that no live host can still be reading it.
    /// </summary>
    private bool IsAbandoned(InboundMessage stored) =>
        stored.Status is InboundMessageStatus.Received && _time.GetUtcNow() - stored.ReceivedAt >= AbandonedAfter;

    /// <summary>How long a stored message may wait for its reading before a redelivery reads it instead.</summary>
    internal static readonly TimeSpan AbandonedAfter = TimeSpan.FromSeconds(10);

    /// <inheritdoc />
    public async Task<InboundMessage> RecordTooLargeAsync(Id<Tenant> tenantId, InboundEnvelope envelope, string source, string reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        var message = new InboundMessage
        {
            Id = Id<InboundMessage>.New(),
            TenantId = tenantId,
            MessageId = string.IsNullOrWhiteSpace(envelope.MessageId) ? null : envelope.MessageId,
            ContentHash = Hash(System.Text.Encoding.UTF8.GetBytes("origin:" + envelope.Origin)),
            From = envelope.From,
            Subject = envelope.Subject,
            SentAt = envelope.SentAt,
            ReceivedAt = _time.GetUtcNow(),
            Source = source,
            Raw = ReadOnlyMemory<byte>.Empty,
            Status = InboundMessageStatus.Refused,
            Reason = reason,
        };
        var (stored, _) = await _messages.AddAsync(message, cancellationToken).ConfigureAwait(false);
        Processed(_logger, stored.Id.Value, stored.From, stored.Status, stored.Reason);
        return stored;
    }

    /// <summary>A message over the size limit that did arrive in full (posted, dropped): only its headers are kept.</summary>
    private Task<InboundMessage> RecordTooLargeAsync(Id<Tenant> tenantId, ReadOnlyMemory<byte> raw, string source, CancellationToken cancellationToken)
    {
        HeaderList? headers = null;
        try
        {
            using var stream = new MemoryStream(raw.ToArray(), writable: false);
            headers = HeaderList.Load(InboundLimitCheck.ParserOptions(_limits), stream, cancellationToken);
        }
        catch (FormatException)
        {
            // Not even headers: the size and the reason are still worth recording.
        }

        var from = headers?[HeaderId.From] is { } fromText && InternetAddressList.TryParse(fromText, out var addresses) ? addresses.Mailboxes.FirstOrDefault()?.Address : null;
        var sentAt = headers?[HeaderId.Date] is { } dateText && MimeKit.Utils.DateUtils.TryParse(dateText, out var date) ? date : (DateTimeOffset?)null;
        var envelope = new InboundEnvelope(Hash(raw.Span), raw.Length)
        {
            MessageId = headers?[HeaderId.MessageId] is { } id ? MimeKit.Utils.MimeUtils.ParseMessageId(id) : null,
            From = from,
            Subject = headers?[HeaderId.Subject],
            SentAt = sentAt,
        };
        return RecordTooLargeAsync(tenantId, envelope, source, TooLarge(raw.Length, _limits.MaxMessageBytes), cancellationToken);
    }

    /// <summary>The reason recorded for a message over the size limit.</summary>
    private static string TooLarge(long size, long limit) =>
        $"the message is {size} bytes, more than {limit}: only its headers were recorded (Purchaser:Mail:Inbound:MaxMessageBytes)";

    private static string Hash(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

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

        return await ReadQuoteAsync(matched, headers, rfq, vendor, Actor.System, cancellationToken).ConfigureAwait(false);
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

        await _threads.RecordBounceAsync(mail, status, message.Id, cancellationToken).ConfigureAwait(false);
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

        if (message.Status is InboundMessageStatus.Refused)
        {
            throw new PurchaserException(new PurchaserError("inbound.refused", $"The message is over the inbound mail limits and is not read: {message.Reason}", ErrorKind.Conflict));
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
        using var parsed = ReadHeaders(message.Raw);
        var processed = await ReadQuoteAsync(assigned, parsed, rfq, vendor, actor, cancellationToken).ConfigureAwait(false);
        await _messages.UpdateAsync(processed, cancellationToken).ConfigureAwait(false);
        return processed;
    }

    /// <summary>Reads and stores the quote; <paramref name="parsed"/> is the message as already parsed for matching, when it was.</summary>
    private async Task<InboundMessage> ReadQuoteAsync(InboundMessage matched, MimeMessage? parsed, Rfq rfq, Vendor vendor, Actor actor, CancellationToken cancellationToken)
    {
        if (rfq.Status is not (RfqStatus.Published or RfqStatus.Closed))
        {
            return matched with { Status = InboundMessageStatus.Rejected, Reason = $"{rfq.Number} is {rfq.Status.ToString().ToLowerInvariant()} and takes no more quotes" };
        }

        var quote = _parser.Parse(matched.Raw, parsed, rfq);
        // A question or other message stays in the thread only: no revision, so no quote.received.
        if (quote.Status == QuoteStatus.Unparseable || quote.Classification is QuoteClassification.Question or QuoteClassification.Other)
        {
            return matched with { Status = InboundMessageStatus.Unparseable, Reason = quote.Reason ?? "no quote could be read" };
        }

        try
        {
            var revision = await _quotes.StoreAsync(matched.TenantId, rfq.Id, vendor.Id, quote, QuoteSource.Email, matched, actor, cancellationToken).ConfigureAwait(false);
            return matched with { Status = InboundMessageStatus.Quoted, QuoteRevisionId = revision.Id, Reason = quote.Reason };
        }
        catch (PurchaserException ex)
        {
            return matched with { Status = InboundMessageStatus.Rejected, Reason = ex.Error.Message };
        }
    }

    /// <summary>
    /// The message parsed once, within the inbound mail limits: its headers and text for matching, and then the quote
    /// reading itself. Null when the bytes are not MIME at all. The caller disposes it.
    /// </summary>
    private MimeMessage? ReadHeaders(ReadOnlyMemory<byte> raw)
    {
        try
        {
            var parsed = Mime.MimeReader.Load(raw, InboundLimitCheck.ParserOptions(_limits));
            if (parsed.Headers.Count > 0)
            {
                return parsed;
            }

            parsed.Dispose();
            return null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    [LoggerMessage(3001, LogLevel.Information, "Inbound message {MessageId} from {From}: {Status} {Reason}")]
    private static partial void Processed(ILogger logger, Guid messageId, string? from, InboundMessageStatus status, string? reason);
}
