using MimeKit;
using Purchaser.Domain;
using Purchaser.Quotes.Text;

namespace Purchaser.Quotes.Mime;

/// <summary>Turns raw MIME bytes into a <see cref="QuoteDocument"/>, within the configured bounds.</summary>
internal static class MimeReader
{
    public static QuoteDocument Read(ReadOnlyMemory<byte> mime, Rfq rfq, QuoteParserOptions options, ICollection<string> problems)
    {
        var parserOptions = new ParserOptions { MaxMimeDepth = Math.Max(1, options.MaxMimeDepth) };
        using var stream = new MemoryStream(mime.ToArray(), writable: false);
        var message = MimeMessage.Load(parserOptions, stream);
        string? plain = null;
        string? html = null;
        var attachments = new List<QuoteAttachment>();
        var parts = 0;
        Walk(message.Body, 0);

        var text = plain is { } p && p.Trim().Length > 0 ? p : html is { } h ? HtmlText.ToText(h, options.MaxTextChars) : string.Empty;
        if (plain is { } && html is { } inlineHtml && inlineHtml.Contains("<table", StringComparison.OrdinalIgnoreCase))
        {
            attachments.Add(new QuoteAttachment(string.Empty, "text/html", "utf-8", System.Text.Encoding.UTF8.GetBytes(inlineHtml)));
        }

        if (text.Length > options.MaxTextChars)
        {
            problems.Add($"only the first {options.MaxTextChars} characters of the text were read");
            text = text[..options.MaxTextChars];
        }

        var date = message.Date == DateTimeOffset.MinValue ? (DateOnly?)null : DateOnly.FromDateTime(message.Date.DateTime);
        return new QuoteDocument(rfq, HistoryStripper.Strip(text), attachments, options)
        {
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
            var content = part.Text ?? string.Empty;
            if (content.Length > options.MaxTextChars * 4)
            {
                problems.Add("an oversized text part was cut short");
                content = content[..(options.MaxTextChars * 4)];
            }

            return content;
        }

        void AddAttachment(MimePart part)
        {
            if (part.Content is null)
            {
                return;
            }

            using var buffer = new MemoryStream();
            part.Content.DecodeTo(buffer);
            var name = part.FileName ?? part.ContentType.Name ?? string.Empty;
            if (buffer.Length > options.MaxAttachmentBytes)
            {
                problems.Add($"attachment {name} is larger than {options.MaxAttachmentBytes} bytes and was not read");
                return;
            }

            attachments.Add(new QuoteAttachment(name, part.ContentType.MimeType.ToLowerInvariant(), part.ContentType.Charset, buffer.ToArray()));
        }
    }
}
