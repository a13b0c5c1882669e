using System.Text;
using MimeKit;
using Purchaser.Quotes.Text;

namespace Purchaser.Quotes.Mime;

/// <summary>
/// What a stored email says, for a person reading the thread: its plain text, or its HTML as text when it has no plain
/// part, quoted history included (the thread shows the messages it quotes, but a vendor may answer inside the quote).
/// </summary>
internal static class MailText
{
    /// <summary>How much text a thread shows per message; the raw message keeps the rest.</summary>
    public const int MaxChars = 20_000;

    // Enough encoded bytes for MaxChars characters in any charset (UTF-8 needs at most 4 per character), and for HTML
    // whose markup the text drops.
    private const int MaxDecodedBytes = MaxChars * 8;

    /// <summary>The message's text, cut at <see cref="MaxChars"/>; null when the bytes are not readable MIME or carry no text.</summary>
    public static string? Read(ReadOnlyMemory<byte> raw)
    {
        if (raw.IsEmpty)
        {
            return null;
        }

        try
        {
            using var message = MimeReader.Load(raw, new ParserOptions { MaxMimeDepth = 32 });
            var body = message.BodyParts.OfType<TextPart>().Where(p => !p.IsAttachment).ToList();
            var text = body.FirstOrDefault(p => p.IsPlain) is { } plain ? Decode(plain)
                : body.FirstOrDefault(p => p.IsHtml) is { } html ? HtmlText.ToText(Decode(html), MaxChars)
                : null;
            return text is null ? null : text.Length > MaxChars ? text[..MaxChars] : text;
        }
        catch (Exception ex) when (ex is FormatException or ParseException or ArgumentException or NotSupportedException or InvalidOperationException or IOException)
        {
            // A message the pipeline stored but MimeKit cannot read shows without text rather than failing the thread.
            return null;
        }
    }

    /// <summary>The part's text, decoded only as far as a thread shows it, never into one giant string.</summary>
    private static string Decode(TextPart part)
    {
        if (part.Content is not { } content)
        {
            return string.Empty;
        }

        var bytes = MimeReader.Decode(content, MaxDecodedBytes);
        return (MimeReader.CharsetOf(part) ?? Encoding.UTF8).GetString(bytes.Span);
    }
}
