namespace Purchaser.Quotes.Extraction;

/// <summary>
/// Reads plain-text attachments (a quotation printed to a .txt file, an ERP export) like a mail body; delimited
/// files are the CSV reader's.
/// </summary>
internal sealed class TextAttachmentExtractor : IQuoteExtractor
{
    public string Name => "text-attachment";

    public void Extract(QuoteDocument document, QuoteFindings findings)
    {
        foreach (var attachment in document.Attachments.Where(a => IsText(a) && !CsvAttachmentExtractor.IsDelimited(a)))
        {
            var text = Tables.CsvParser.Decode(attachment.Content.Span, attachment.Charset);
            if (text.Length > document.Options.MaxTextChars)
            {
                findings.Problems.Add($"{attachment.FileName}: only the first {document.Options.MaxTextChars} characters were read");
                text = text[..document.Options.MaxTextChars];
            }

            if (text.Trim().Length == 0)
            {
                continue;
            }

            var first = AttachedText.Read(document, text, findings);
            findings.MarkPart(first, QuoteParts.Attachment(attachment));
        }
    }

    private static bool IsText(QuoteAttachment a) =>
        a.ContentType == "text/plain" || a.FileName.EndsWith(".txt", StringComparison.OrdinalIgnoreCase);
}
