using Purchaser.Quotes.Pdf;

namespace Purchaser.Quotes.Extraction;

/// <summary>
/// Reads PDF attachments that have a text layer: the page text, rebuilt line by line from glyph positions, goes through
/// the same text-table and prose readers as a mail body. Read from positions rather than typed, it ranks a little
/// below the same reading from a mail body or spreadsheet.
/// </summary>
internal sealed class PdfAttachmentExtractor : IQuoteExtractor
{
    /// <summary>How much of an extractor's confidence a reading from reconstructed PDF text keeps.</summary>
    public const double ConfidenceFactor = 0.9;

    public string Name => "pdf";

    public void Extract(QuoteDocument document, QuoteFindings findings)
    {
        foreach (var attachment in document.Attachments.Where(IsPdf))
        {
            var name = attachment.FileName.Length > 0 ? attachment.FileName : "PDF attachment";
            var pdf = PdfTextReader.Read(attachment.Content, name, document.Options);
            if (pdf.Problem is { } problem)
            {
                findings.Problems.Add(problem);
            }

            if (pdf.Text.Trim().Length == 0)
            {
                continue;
            }

            var first = AttachedText.Read(document, pdf.Text, findings);
            for (var i = first; i < findings.Lines.Count; i++)
            {
                findings.Lines[i].Confidence *= ConfidenceFactor;
            }

            findings.MarkPart(first, QuoteParts.Attachment(attachment));
        }
    }

    private static bool IsPdf(QuoteAttachment a) =>
        a.ContentType is "application/pdf" or "application/x-pdf"
        || a.FileName.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase);
}
