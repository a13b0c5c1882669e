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

    /// <summary>The attachments of a stored message, measured but not kept: for listings and limit checks.</summary>
    public static IReadOnlyList<MailAttachment> List(ReadOnlyMemory<byte> raw)
    {
        using var message = Parse(raw);
        return message is null ? [] : List(message);
    }

    /// <summary>The attachments of a message already parsed, measured but not kept.</summary>
    public static IReadOnlyList<MailAttachment> List(MimeMessage message)
    {
        var found = new List<MailAttachment>();
        Walk(message.Body, isRoot: true, keep: null, found);
        return found;
    }

    /// <summary>One attachment of a stored message with its decoded bytes, or null when there is no such attachment.</summary>
    public static MailAttachment? Find(ReadOnlyMemory<byte> raw, string id)
    {
        using var message = Parse(raw);
        if (message is null)
        {
            return null;
        }

        var found = new List<MailAttachment>();
        Walk(message.Body, isRoot: true, keep: id, found);
        return found.FirstOrDefault(a => string.Equals(a.Id, id, StringComparison.Ordinal));
    }

    private static MimeMessage? Parse(ReadOnlyMemory<byte> raw)
    {
        if (raw.IsEmpty)
        {
            return null;
        }

        try
        {
            return MimeReader.Load(raw, new ParserOptions { MaxMimeDepth = MaxDepth });
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static void Walk(MimeEntity? entity, bool isRoot, string? keep, List<MailAttachment> found)
    {
        switch (entity)
        {
            case Multipart multipart:
                foreach (var child in multipart)
                {
                    Walk(child, isRoot: false, keep, found);
                }

                break;
            case MessagePart { Message: { } inner } forwarded:
                found.Add(Measure(found, forwarded.ContentDisposition?.FileName ?? FileNameOf(inner.Subject), "message/rfc822", keep, stream => inner.WriteTo(stream)));
                break;
            case TextPart text when !text.IsAttachment && (isRoot || text.IsPlain || text.IsHtml):
                // The body (and its alternatives) is the message's text, not an attachment.
                break;
            case MimePart { Content: { } content } part:
                found.Add(Measure(found, part.FileName, SafeType(part.ContentType.MimeType), keep, stream => content.DecodeTo(stream)));
                break;
        }
    }

    /// <summary>Decodes one attachment into memory only when it is the one whose bytes are wanted; otherwise just counts them.</summary>
    private static MailAttachment Measure(List<MailAttachment> found, string? fileName, string contentType, string? keep, Action<Stream> write)
    {
        if (string.Equals(Next(found), keep, StringComparison.Ordinal))
        {
            using var bytes = new MemoryStream();
            write(bytes);
            return new MailAttachment(Next(found), fileName, contentType, bytes.Length, bytes.ToArray());
        }

        using var counter = new MimeKit.IO.MeasuringStream();
        write(counter);
        return new MailAttachment(Next(found), fileName, contentType, counter.Length, null);
    }

    private static string Next(List<MailAttachment> found) => (found.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string? FileNameOf(string? subject) => string.IsNullOrWhiteSpace(subject) ? null : subject.Trim() + ".eml";

    private static string SafeType(string declared) =>
        MediaType().IsMatch(declared) ? declared.ToLowerInvariant() : "application/octet-stream";

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,63}/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,63}$")]
    private static partial Regex MediaType();
}
