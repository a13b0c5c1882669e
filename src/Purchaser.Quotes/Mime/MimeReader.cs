using System.Runtime.InteropServices;
using System.Text;
using MimeKit;
using Purchaser.Domain;
using Purchaser.Quotes.Text;

namespace Purchaser.Quotes.Mime;

/// <summary>Turns a MIME message into a <see cref="QuoteDocument"/>, within the configured bounds.</summary>
internal static class MimeReader
{
    // MimeKit remembers its first answer for a charset: a cp1252 body decoded before the code pages are known would
    // stay undecodable for the life of the process, so they are registered before the first message is read.
    static MimeReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>
    /// Parses raw MIME without copying it: the parts' content stays a window on <paramref name="mime"/> (which must
    /// outlive the message), so an attachment costs memory only when it is decoded, and only up to the limits.
    /// </summary>
    public static MimeMessage Load(ReadOnlyMemory<byte> mime, QuoteParserOptions options) =>
        Load(mime, new ParserOptions { MaxMimeDepth = Math.Max(1, options.MaxMimeDepth) });

    /// <inheritdoc cref="Load(ReadOnlyMemory{byte}, QuoteParserOptions)"/>
    public static MimeMessage Load(ReadOnlyMemory<byte> mime, ParserOptions parserOptions)
    {
        var stream = MemoryMarshal.TryGetArray(mime, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(mime.ToArray(), writable: false);
        return MimeMessage.Load(parserOptions, stream, persistent: true);
    }

    /// <summary>Why the message's own header block is out of bounds, or null when it is not.</summary>
    /// <summary>The domains and names of whom the reply goes to, less the sender's own domain (a colleague in copy).</summary>
    private static List<string> BuyerMarks(MimeMessage message)
    {
        var senderDomain = message.From.Mailboxes.FirstOrDefault()?.Domain;
        var marks = new List<string>();
        foreach (var mailbox in message.To.Mailboxes.Concat(message.Cc.Mailboxes))
        {
            if (mailbox.Domain is { Length: > 0 } domain && !string.Equals(domain, senderDomain, StringComparison.OrdinalIgnoreCase))
            {
                marks.Add("@" + domain);
                if (mailbox.Name is { Length: > 3 } name)
                {
                    marks.Add(name);
                }
            }
        }

        return marks;
    }

    public static string? HeaderProblem(MimeMessage message, QuoteParserOptions options) =>
        HeaderBytes(message.Headers) > options.MaxHeaderBytes ? $"the message headers are larger than {options.MaxHeaderBytes} bytes" : null;

    public static QuoteDocument Read(MimeMessage message, Rfq rfq, QuoteParserOptions options, ICollection<string> problems)
    {
        string? plain = null;
        string? html = null;
        var attachments = new List<QuoteAttachment>();
        var parts = 0;
        Walk(message.Body, 0);

        string? htmlText = null;

        // A text alternative without a single digit beside an HTML one with numbers is a "view this in HTML" stub; so is
        // one that names none of the RFQ's parts beside an HTML one that does ("Megan sent you a quote, review it online"
        // over line items laid out as cards).
        if (plain is { } stub && html is { } && !stub.AsSpan().ContainsAnyInRange('0', '9'))
        {
            htmlText = HtmlText.ToText(html, options.MaxTextChars);
            plain = htmlText.AsSpan().ContainsAnyInRange('0', '9') ? null : plain;
        }
        else if (plain is { } summary && html is { } && !NamesAnyPart(summary, rfq) && NamesAnyPart(htmlText = HtmlText.ToText(html, options.MaxTextChars), rfq))
        {
            plain = null;
        }

        var text = plain is { } p && p.Trim().Length > 0 ? p : html is { } h ? htmlText ?? HtmlText.ToText(h, options.MaxTextChars) : string.Empty;
        if (plain is { } && html is { } inlineHtml && inlineHtml.Contains("<table", StringComparison.OrdinalIgnoreCase))
        {
            attachments.Add(new QuoteAttachment(string.Empty, "text/html", "utf-8", Encoding.UTF8.GetBytes(inlineHtml)));
        }

        if (text.Length > options.MaxTextChars)
        {
            problems.Add($"only the first {options.MaxTextChars} characters of the text were read");
            text = text[..options.MaxTextChars];
        }

        // "RE: RFQ NR-RFQ-0619 - GSK-EPDM-80 $0.18 ea, 4 wks" over a body that says "see subject": the subject is the quote.
        if (message.Subject is { Length: > 0 } subject && TextPatterns.HasMoney(subject) && !TextPatterns.HasMoney(text))
        {
            text = subject + "\n\n" + text;
        }

        var date = message.Date == DateTimeOffset.MinValue ? (DateOnly?)null : DateOnly.FromDateTime(message.Date.DateTime);
        var lines = OtherRfqSections.Remove(HistoryStripper.StripLines(text, BuyerMarks(message)), rfq.Number);
        return new QuoteDocument(rfq, string.Join('\n', lines), attachments, options)
        {
            SplitLines = lines,
            VendorEmail = message.From.Mailboxes.FirstOrDefault()?.Address,
            Subject = message.Subject,
            QuotedOn = date,
        };

        void Walk(MimeEntity? entity, int depth)
        {
            if (entity is null || ++parts > options.MaxParts)
            {
                return;
            }

            if (depth > options.MaxMimeDepth)
            {
                problems.Add($"MIME nesting deeper than {options.MaxMimeDepth} levels was not read");
                return;
            }

            if (depth > 0 && HeaderBytes(entity.Headers) > options.MaxHeaderBytes)
            {
                problems.Add($"a MIME part with headers larger than {options.MaxHeaderBytes} bytes was not read");
                return;
            }

            switch (entity)
            {
                case Multipart multipart:
                    foreach (var child in multipart)
                    {
                        Walk(child, depth + 1);
                    }

                    break;
                case MessagePart { Message: { } inner }:
                    Walk(inner.Body, depth + 1);
                    break;
                case TextPart textPart when !textPart.IsAttachment && textPart.IsPlain && plain is null:
                    plain = Bounded(textPart);
                    break;
                case TextPart textPart when !textPart.IsAttachment && textPart.IsHtml && html is null:
                    html = Bounded(textPart);
                    break;
                case MimePart part:
                    AddAttachment(part);
                    break;
            }
        }

        string? Bounded(TextPart part)
        {
            var maxChars = options.MaxTextChars * 4;
            if (part.Content is not { } content)
            {
                return string.Empty;
            }

            // A body far beyond what is read is decoded only as far as needed, never into one giant string.
            if (content.Stream is { CanSeek: true } encoded && encoded.Length > maxChars * 2L)
            {
                var head = Decode(content, maxChars * 2);
                problems.Add("an oversized text part was cut short");
                var cut = (CharsetOf(part) ?? Encoding.UTF8).GetString(head.Span);
                return cut.Length > maxChars ? cut[..maxChars] : cut;
            }

            var text = PlainText(part, content) ?? part.Text ?? string.Empty;
            if (text.Length > maxChars)
            {
                problems.Add("an oversized text part was cut short");
                text = text[..maxChars];
            }

            return text;
        }

        void AddAttachment(MimePart part)
        {
            if (part.Content is not { } content)
            {
                return;
            }

            var name = part.FileName ?? part.ContentType.Name ?? string.Empty;
            var bytes = Decode(content, options.MaxAttachmentBytes + 1);
            if (bytes.Length > options.MaxAttachmentBytes)
            {
                problems.Add($"attachment {name} is larger than {options.MaxAttachmentBytes} bytes and was not read");
                return;
            }

            attachments.Add(new QuoteAttachment(name, part.ContentType.MimeType.ToLowerInvariant(), part.ContentType.Charset, bytes));
        }
    }

    /// <summary>
    /// The text of a UTF-8 or ASCII part, decoded directly: what <see cref="TextPart.Text"/> gives for such a part, without
    /// its charset lookup through the code page provider. Null for any other charset or bytes that do not decode
    /// strictly, which then go the MimeKit way (with its fallbacks).
    /// </summary>
    internal static string? PlainText(TextPart part, IMimeContent content)
    {
        var charset = part.ContentType.Charset;
        var utf8 = charset is not null && (charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase));
        if (!utf8 && charset is not null && !charset.Equals("us-ascii", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var capacity = content.Stream is { CanSeek: true } encoded ? (int)Math.Min(encoded.Length, int.MaxValue) : 0;
        using var buffer = new MemoryStream(capacity);
        content.DecodeTo(buffer);
        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        var text = utf8 ? System.Text.Unicode.Utf8.IsValid(bytes) ? Encoding.UTF8.GetString(bytes) : null
            : System.Text.Ascii.IsValid(bytes) ? Encoding.ASCII.GetString(bytes) : null;

        // As MimeKit's text does: DOS line ends become Unix ones.
        return text is not null && text.Contains('\r', StringComparison.Ordinal) ? text.Replace("\r\n", "\n", StringComparison.Ordinal) : text;
    }

    /// <summary>Decodes at most <paramref name="limit"/> bytes of a part's content: an oversized part is never decoded whole.</summary>
    internal static ReadOnlyMemory<byte> Decode(IMimeContent content, int limit)
    {
        var capacity = content.Stream is { CanSeek: true } encoded ? (int)Math.Min(encoded.Length, limit) : 0;
        using var buffer = new MemoryStream(capacity);
        using var capped = new CappedStream(buffer, limit);
        try
        {
            content.DecodeTo(capped);
        }
        catch (CappedStream.LimitReachedException)
        {
        }

        return new ReadOnlyMemory<byte>(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    internal static Encoding? CharsetOf(TextPart part)
    {
        try
        {
            return part.ContentType.CharsetEncoding;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static long HeaderBytes(HeaderList headers)
    {
        long total = 0;
        foreach (var header in headers)
        {
            total += header.Field.Length + header.RawValue.Length + 1;
        }

        return total;
    }

    private static bool NamesAnyPart(string text, Rfq rfq)
    {
        var normalized = LineMatcher.Normalize(text);
        return rfq.Lines.Any(l => LineMatcher.Normalize(l.PartNumber) is { Length: >= 4 } part && normalized.Contains(part, StringComparison.Ordinal));
    }
}
