using Purchaser.Quotes.Rtf;

namespace Purchaser.Quotes.Extraction;

/// <summary>Reads RTF attachments (WordPad, older ERP exports): their tables and paragraphs, like a mail body.</summary>
internal sealed class RtfAttachmentExtractor : IQuoteExtractor
{
    public string Name => "rtf";

    public void Extract(QuoteDocument document, QuoteFindings findings)
    {
        foreach (var attachment in document.Attachments.Where(IsRtf))
        {
            var text = RtfText.Read(attachment.Content.Span, attachment.FileName, document.Options.MaxTextChars, findings.Problems);
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            var first = AttachedText.Read(document, text, findings);
            findings.MarkPart(first, QuoteParts.Attachment(attachment));
        }
    }

    private static bool IsRtf(QuoteAttachment a) =>
        a.ContentType is "application/rtf" or "text/rtf" || a.FileName.EndsWith(".rtf", StringComparison.OrdinalIgnoreCase);
}
