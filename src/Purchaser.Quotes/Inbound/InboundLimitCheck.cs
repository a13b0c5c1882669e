using System.Text;
using MimeKit;
using Purchaser.Mail;
using Purchaser.Quotes.Mime;

namespace Purchaser.Quotes.Inbound;

/// <summary>Checks a parsed inbound message against <see cref="InboundMailLimits"/> before anything reads its content.</summary>
internal static class InboundLimitCheck
{
    /// <summary>
    /// How inbound mail is parsed: nesting bounded one level past the limit (so a message over it is seen, not silently
    /// cut), and raw 8-bit headers that are not UTF-8 read as windows-1252, the superset of Latin-1 most legacy mailers send.
    /// </summary>
    public static ParserOptions ParserOptions(InboundMailLimits limits) => new()
    {
        MaxMimeDepth = limits.MaxMimeDepth + 1,
        CharsetEncoding = Windows1252.Value,
    };

    /// <summary>Why the message is over a limit, or null when it is within all of them.</summary>
    public static string? Violation(MimeMessage message, InboundMailLimits limits)
    {
        var depth = 0;
        var headers = message.Headers.Count;
        Walk(message.Body, 1);
        if (depth > limits.MaxMimeDepth)
        {
            return $"MIME parts nest deeper than {limits.MaxMimeDepth} levels (Purchaser:Mail:Inbound:MaxMimeDepth)";
        }

        if (headers > limits.MaxHeaders)
        {
            return $"{headers} header fields, more than {limits.MaxHeaders} (Purchaser:Mail:Inbound:MaxHeaders)";
        }

        var attachments = MailAttachments.List(message);
        if (attachments.Count > limits.MaxAttachments)
        {
            return $"{attachments.Count} attachments, more than {limits.MaxAttachments} (Purchaser:Mail:Inbound:MaxAttachments)";
        }

        return attachments.FirstOrDefault(a => a.Size > limits.MaxAttachmentBytes) is { } large
            ? $"attachment {large.Id} ({large.FileName ?? large.ContentType}) is {large.Size} bytes decoded, more than {limits.MaxAttachmentBytes} (Purchaser:Mail:Inbound:MaxAttachmentBytes)"
            : null;

        void Walk(MimeEntity? entity, int level)
        {
            if (entity is null)
            {
                return;
            }

            depth = Math.Max(depth, level);
            headers += entity.Headers.Count;
            switch (entity)
            {
                case Multipart multipart:
                    foreach (var child in multipart)
                    {
                        Walk(child, level + 1);
                    }

                    break;
                case MessagePart { Message: { } inner }:
                    headers += inner.Headers.Count;
                    Walk(inner.Body, level + 1);
                    break;
            }
        }
    }

    private static readonly Lazy<Encoding> Windows1252 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    });
}
