using Purchaser.Domain;
using Purchaser.Quotes.Extraction;

namespace Purchaser.Quotes;

/// <summary>A vendor reply prepared for the extractors: its fresh text (quoted history and signature removed) and attachments.</summary>
public sealed class QuoteDocument
{
    private DocumentContext? _context;
    private string[]? _lines;

    /// <summary>Creates a document answering <paramref name="rfq"/>.</summary>
    public QuoteDocument(Rfq rfq, string text, IReadOnlyList<QuoteAttachment> attachments, QuoteParserOptions options)
    {
        ArgumentNullException.ThrowIfNull(rfq);
        Rfq = rfq;
        Text = text ?? string.Empty;
        Attachments = attachments ?? [];
        Options = options ?? new QuoteParserOptions();
    }

    /// <summary>The RFQ the reply answers.</summary>
    public Rfq Rfq { get; }

    /// <summary>The reply's own text: the plain-text body, or the HTML body as text (tables as pipe-separated rows).</summary>
    public string Text { get; }

    /// <summary>Attachments and non-text parts.</summary>
    public IReadOnlyList<QuoteAttachment> Attachments { get; }

    /// <summary>The limits in force.</summary>
    public QuoteParserOptions Options { get; }

    /// <summary>The sender's address.</summary>
    public string? VendorEmail { get; init; }

    /// <summary>The subject line.</summary>
    public string? Subject { get; init; }

    /// <summary>The calendar date of the Date header; relative validity and lead times count from it.</summary>
    public DateOnly? QuotedOn { get; init; }

    internal DocumentContext Context => _context ??= new DocumentContext(this);

    /// <summary>The lines of <see cref="Text"/>, split once for the readers that go line by line.</summary>
    internal string[] TextLines => _lines ??= Purchaser.Quotes.Text.TextPatterns.Lines(Text);

    /// <summary>The lines of <see cref="Text"/> when the caller split them already (they must be what splitting it gives).</summary>
    internal string[] SplitLines
    {
        init => _lines = value;
    }
}
