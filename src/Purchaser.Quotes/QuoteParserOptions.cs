namespace Purchaser.Quotes;

/// <summary>Bounds that keep hostile or oversized replies cheap to read.</summary>
public sealed class QuoteParserOptions
{
    /// <summary>Largest message read, in bytes; larger input is unparseable.</summary>
    public int MaxMessageBytes { get; set; } = 25 * 1024 * 1024;

    /// <summary>Largest header block of the message, or of one MIME part, in bytes; a larger message is unparseable, a larger part is skipped.</summary>
    public int MaxHeaderBytes { get; set; } = 256 * 1024;

    /// <summary>Deepest MIME nesting followed, the body being depth 0.</summary>
    public int MaxMimeDepth { get; set; } = 8;

    /// <summary>Most MIME parts looked at.</summary>
    public int MaxParts { get; set; } = 64;

    /// <summary>Largest attachment read, in bytes; larger ones are skipped with a reason.</summary>
    public int MaxAttachmentBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>Most bytes a spreadsheet may expand to when unzipped; a larger one (a zip bomb) is skipped with a reason.</summary>
    public long MaxSpreadsheetExpandedBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>Most bytes a Word document may expand to when unzipped; a larger one (a zip bomb) is skipped with a reason.</summary>
    public long MaxDocumentExpandedBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>Most characters of body text read.</summary>
    public int MaxTextChars { get; set; } = 200_000;

    /// <summary>Most rows read from one CSV file or sheet.</summary>
    public int MaxTableRows { get; set; } = 2_000;

    /// <summary>Most columns read from one table.</summary>
    public int MaxTableColumns { get; set; } = 64;

    /// <summary>Largest PDF attachment read, in bytes; larger ones are skipped with a reason.</summary>
    public int MaxPdfBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>Most pages read from one PDF; the rest are skipped with a reason.</summary>
    public int MaxPdfPages { get; set; } = 20;

    /// <summary>Most characters (glyphs) read from one PDF, the operation budget of its text extraction.</summary>
    public int MaxPdfLetters { get; set; } = 200_000;

    /// <summary>Time budget for reading one PDF, in milliseconds; a read that overruns it is abandoned with a reason.</summary>
    public int MaxPdfMilliseconds { get; set; } = 3_000;

    /// <summary>
    /// Takes the bounds an inbound message was already checked against: its size, its MIME depth (the inbound limit counts
    /// the body as level 1, the parser as depth 0) and the size of one attachment.
    /// </summary>
    internal void Follow(Purchaser.Mail.InboundMailLimits inbound)
    {
        MaxMessageBytes = (int)Math.Min(int.MaxValue, inbound.MaxMessageBytes);
        MaxMimeDepth = Math.Max(1, inbound.MaxMimeDepth - 1);
        MaxAttachmentBytes = (int)Math.Min(int.MaxValue, inbound.MaxAttachmentBytes);
    }
}
