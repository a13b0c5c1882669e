using Purchaser.Quotes.Word;

namespace Purchaser.Quotes.Extraction;

/// <summary>Reads Word (.docx) attachments: their tables and paragraphs, like a mail body.</summary>
internal sealed class WordAttachmentExtractor : IQuoteExtractor
{
    public string Name => "word";

    public void Extract(QuoteDocument document, QuoteFindings findings)
    {
        foreach (var attachment in document.Attachments.Where(IsWord))
        {
            var text = WordText.Read(attachment.Content, attachment.FileName, document.Options.MaxDocumentExpandedBytes, document.Options.MaxTextChars, findings.Problems);
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            var first = AttachedText.Read(document, text, findings);
            findings.MarkPart(first, QuoteParts.Attachment(attachment));
        }
    }

    private static bool IsWord(QuoteAttachment a) =>
        a.ContentType == "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        || a.FileName.EndsWith(".docx", StringComparison.OrdinalIgnoreCase);
}
