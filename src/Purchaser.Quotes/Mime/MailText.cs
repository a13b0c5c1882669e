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

    /// <summary>The message's text, cut at <see cref="MaxChars"/>; null when the bytes are not MIME or carry no text.</summary>
    public static string? Read(ReadOnlyMemory<byte> raw)
    {
        if (raw.IsEmpty)
        {
            return null;
        }

        try
        {
            using var message = MimeReader.Load(raw, new ParserOptions { MaxMimeDepth = 32 });
            var text = message.TextBody is { Length: > 0 } plain ? plain : message.HtmlBody is { Length: > 0 } html ? HtmlText.ToText(html, MaxChars) : null;
            return text is null ? null : text.Length > MaxChars ? text[..MaxChars] : text;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
