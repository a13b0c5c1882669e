using System.Text;
using MimeMessage = MimeKit.MimeMessage;
using Purchaser.Domain;
using Purchaser.Quotes.Classification;
using Purchaser.Quotes.Extraction;
using Purchaser.Quotes.Mime;

namespace Purchaser.Quotes;

/// <summary>
/// Reads a vendor's reply email into a <see cref="NormalizedQuote"/> for the RFQ it answers. Never throws on bad input:
/// a reply that yields nothing is <see cref="QuoteStatus.Unparseable"/> with a <see cref="NormalizedQuote.Reason"/>.
/// </summary>
public sealed class QuoteParser
{
    private readonly IReadOnlyList<IQuoteExtractor> _extractors;
    private readonly QuoteParserOptions _options;

    static QuoteParser() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Creates a parser with the built-in extractors, or with <paramref name="extractors"/> in that order.</summary>
    public QuoteParser(IEnumerable<IQuoteExtractor>? extractors = null, QuoteParserOptions? options = null)
    {
        _extractors = [.. extractors ?? DefaultExtractors()];
        _options = options ?? new QuoteParserOptions();
    }

    /// <summary>
    /// The built-in extractors in their order: quote-wide terms from the reply's own text first (its validity and
    /// Incoterms win over an attached terms-of-sale sheet's), then text tables, HTML tables, CSV, spreadsheet, PDF and
    /// plain-text attachments, and free text. Add your own to this list to extend the pipeline.
    /// </summary>
    public static IReadOnlyList<IQuoteExtractor> DefaultExtractors() =>
    [
        new TermsExtractor(),
        new TextTableExtractor(),
        new HtmlTableExtractor(),
        new CsvAttachmentExtractor(),
        new SpreadsheetAttachmentExtractor(),
        new PdfAttachmentExtractor(),
        new TextAttachmentExtractor(),
        new WordAttachmentExtractor(),
        new RtfAttachmentExtractor(),
        new FreeTextExtractor(),
    ];

    /// <summary>Parses the raw MIME bytes of a reply to <paramref name="rfq"/>.</summary>
    public NormalizedQuote Parse(ReadOnlyMemory<byte> mime, Rfq rfq) => Parse(mime, null, rfq);

    /// <summary>
    /// Reads a reply that was already parsed, so the bytes are not parsed twice. The limits on nesting, parts, headers,
    /// attachments and text apply as for raw bytes.
    /// </summary>
    public NormalizedQuote Parse(MimeMessage message, Rfq rfq)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(rfq);
        return Read(message, rfq);
    }

    /// <summary>Reads <paramref name="mime"/>, using <paramref name="loaded"/> when the caller already parsed it (without copying the bytes, which must outlive it).</summary>
    internal NormalizedQuote Parse(ReadOnlyMemory<byte> mime, MimeMessage? loaded, Rfq rfq)
    {
        ArgumentNullException.ThrowIfNull(rfq);
        if (mime.Length == 0)
        {
            return Unparseable("the message is empty");
        }

        if (mime.Length > _options.MaxMessageBytes)
        {
            return Unparseable($"the message is larger than {_options.MaxMessageBytes} bytes");
        }

        if (loaded is not null)
        {
            return Read(loaded, rfq);
        }

        MimeMessage own;
        try
        {
            own = MimeReader.Load(mime, _options);
        }
        catch (Exception ex)
        {
            return Unparseable($"the message could not be read as MIME: {ex.Message}");
        }

        // MimeKit's messages, parts and contents have finalizers: one not disposed survives a collection and drags its
        // whole tree (and a large attachment's buffers) into an older generation.
        using (own)
        {
            return Read(own, rfq);
        }
    }

    private NormalizedQuote Read(MimeMessage message, Rfq rfq)
    {
        var problems = new List<string>();
        QuoteDocument document;
        try
        {
            if (MimeReader.HeaderProblem(message, _options) is { } headerProblem)
            {
                return Unparseable(headerProblem);
            }

            if (MailSystemReport.Describe(message) is { } report)
            {
                return Unparseable($"not a quote: {report} from the mail system") with
                {
                    Classification = QuoteClassification.Other,
                    VendorEmail = message.From.Mailboxes.FirstOrDefault()?.Address,
                };
            }

            document = MimeReader.Read(message, rfq, _options, problems);
        }
        catch (Exception ex)
        {
            return Unparseable($"the message could not be read as MIME: {ex.Message}");
        }

        return Parse(document, problems);
    }

    /// <summary>Runs the extractors over an already prepared <paramref name="document"/>.</summary>
    public NormalizedQuote Parse(QuoteDocument document) => Parse(document, []);

    private NormalizedQuote Parse(QuoteDocument document, List<string> problems)
    {
        ArgumentNullException.ThrowIfNull(document);
        var findings = new QuoteFindings();
        foreach (var problem in problems)
        {
            findings.Problems.Add(problem);
        }

        foreach (var extractor in _extractors)
        {
            try
            {
                extractor.Extract(document, findings);
            }
            catch (Exception ex)
            {
                findings.Problems.Add($"{extractor.Name} extractor failed: {ex.GetType().Name}: {ex.Message}");
            }
        }

        try
        {
            var quote = ReplyClassifier.Classify(document, findings, QuoteAssembler.Assemble(document, findings));
            return quote.VendorEmail is null && document.VendorEmail is { } email ? quote with { VendorEmail = email } : quote;
        }
        catch (Exception ex)
        {
            return Unparseable($"the findings could not be assembled: {ex.Message}") with { VendorEmail = document.VendorEmail };
        }
    }

    private static NormalizedQuote Unparseable(string reason) => new() { Status = QuoteStatus.Unparseable, Reason = reason };
}
