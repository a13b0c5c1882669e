using System.Text;
using MimeKit;
using MimeReader = Purchaser.Quotes.Mime.MimeReader;

namespace Purchaser.Quotes.Tests;

/// <summary>The direct UTF-8/ASCII decoding of a text part gives exactly what MimeKit's own decoding gives.</summary>
public class PlainTextDecodingTests
{
    // MimeKit looks a charset up once and keeps the answer: windows-1252 must be known before this class decodes the
    // corpus (the parser registers the code pages itself, but a test may run before any parser exists).
    static PlainTextDecodingTests() => System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);

    public static TheoryData<string> Messages()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(TestFiles.Corpus(), "*.eml").Concat(Directory.GetFiles(TestFiles.SharedSamples(), "*.eml", SearchOption.AllDirectories)))
        {
            data.Add(file);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Messages))]
    public void Every_text_part_of_the_corpora_decodes_as_MimeKit_decodes_it(string file)
    {
        var message = MimeMessage.Load(file);
        foreach (var part in message.BodyParts.OfType<TextPart>())
        {
            if (MimeReader.PlainText(part, part.Content!) is { } direct)
            {
                Assert.Equal(part.Text, direct);
            }
        }
    }

    [Theory]
    [InlineData("utf-8", "Preis 12,50 € netto, Lieferzeit 3 Wochen", "8bit")]
    [InlineData("utf-8", "Preis 12,50 € netto, Lieferzeit 3 Wochen", "quoted-printable")]
    [InlineData("utf-8", "Preis 12,50 € netto, Lieferzeit 3 Wochen", "base64")]
    [InlineData("us-ascii", "Price USD 12.50 each\r\nLead time 3 weeks", "7bit")]
    public void A_utf8_or_ascii_part_is_decoded_directly(string charset, string text, string encoding)
    {
        var part = new TextPart("plain") { ContentTransferEncoding = ContentEncodingFor(encoding) };
        part.SetText(charset, text);
        var reloaded = Reload(part);

        var direct = MimeReader.PlainText(reloaded, reloaded.Content!);

        Assert.NotNull(direct);
        Assert.Equal(reloaded.Text, direct);
        Assert.Equal(text.Replace("\r\n", "\n", StringComparison.Ordinal), direct.TrimEnd('\n'));
    }

    [Fact]
    public void Another_charset_or_bytes_that_are_not_valid_utf8_are_left_to_MimeKit()
    {
        var latin1 = new TextPart("plain");
        latin1.SetText("iso-8859-1", "Preis 12,50 Euro, Größe M8");
        Assert.Null(MimeReader.PlainText(Reload(latin1), Reload(latin1).Content!));

        var mislabelled = new TextPart("plain") { Content = new MimeContent(new MemoryStream(Encoding.Latin1.GetBytes("Gr\u00f6\u00dfe M8 12,50"))) };
        mislabelled.ContentType.Charset = "utf-8";
        Assert.Null(MimeReader.PlainText(mislabelled, mislabelled.Content));
    }

    private static ContentEncoding ContentEncodingFor(string name) => name switch
    {
        "8bit" => ContentEncoding.EightBit,
        "quoted-printable" => ContentEncoding.QuotedPrintable,
        "base64" => ContentEncoding.Base64,
        _ => ContentEncoding.SevenBit,
    };

    private static TextPart Reload(TextPart part)
    {
        var message = new MimeMessage { Body = part };
        using var stream = new MemoryStream();
        message.WriteTo(stream);
        stream.Position = 0;
        return (TextPart)MimeMessage.Load(stream).Body!;
    }
}
