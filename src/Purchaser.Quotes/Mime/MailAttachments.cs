using System.Text.RegularExpressions;
using MimeKit;

namespace Purchaser.Quotes.Mime;

/// <summary>
/// The attachments of a stored email (outbound or inbound), read on demand from its raw bytes so nothing is stored twice:
/// every non-body part, and forwarded messages as <c>message/rfc822</c>.
/// </summary>
internal static partial class MailAttachments
{
    /// <summary>How deep a stored message is walked; matches what the inbound pipeline reads.</summary>
    private const int MaxDepth = 32;

    public static IReadOnlyList<MailAttachment> Read(ReadOnlyMemory<byte> raw)
    {
        if (raw.IsEmpty)
        {
            return [];
        }

        MimeMessage message;
        try
        {
            using var stream = new MemoryStream(raw.ToArray(), writable: false);
            message = MimeMessage.Load(new ParserOptions { MaxMimeDepth = MaxDepth }, stream);
        }
        catch (FormatException)
        {
            return [];
        }

        return Read(message);
    }

    /// <summary>The attachments of a message already parsed.</summary>
    public static IReadOnlyList<MailAttachment> Read(MimeMessage message)
    {
        var found = new List<MailAttachment>();
        Walk(message.Body, isRoot: true, found);
        return found;
    }

    public static MailAttachment? Find(ReadOnlyMemory<byte> raw, string id) =>
        Read(raw).FirstOrDefault(a => string.Equals(a.Id, id, StringComparison.Ordinal));

    private static void Walk(MimeEntity? entity, bool isRoot, List<MailAttachment> found)
    {
        switch (entity)
        {
            case Multipart multipart:
                foreach (var child in multipart)
                {
                    Walk(child, isRoot: false, found);
                }

                break;
            case MessagePart { Message: { } inner } forwarded:
                using (var bytes = new MemoryStream())
                {
                    inner.WriteTo(bytes);
                    found.Add(new MailAttachment(Next(found), forwarded.ContentDisposition?.FileName ?? FileNameOf(inner.Subject), "message/rfc822", bytes.ToArray()));
                }

                break;
            case TextPart text when !text.IsAttachment && (isRoot || text.IsPlain || text.IsHtml):
                // The body (and its alternatives) is the message's text, not an attachment.
                break;
            case MimePart part when part.Content is not null:
                using (var bytes = new MemoryStream())
                {
                    part.Content.DecodeTo(bytes);
                    found.Add(new MailAttachment(Next(found), part.FileName, SafeType(part.ContentType.MimeType), bytes.ToArray()));
                }

                break;
        }
    }

    private static string Next(List<MailAttachment> found) => (found.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string? FileNameOf(string? subject) => string.IsNullOrWhiteSpace(subject) ? null : subject.Trim() + ".eml";

    private static string SafeType(string declared) =>
        MediaType().IsMatch(declared) ? declared.ToLowerInvariant() : "application/octet-stream";

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,63}/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,63}$")]
    private static partial Regex MediaType();
}
