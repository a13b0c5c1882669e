namespace Purchaser.Quotes.Extraction;

/// <summary>
/// Reads attachments that a reader turns into text (Word, RTF) the way a mail body is read: their tables, the prose
/// around them and their terms. A subclass says which attachments it reads and how they become text.
/// </summary>
internal abstract class DocumentAttachmentExtractor : IQuoteExtractor
{
    public abstract string Name { get; }

    public void Extract(QuoteDocument document, QuoteFindings findings)
    {
        foreach (var attachment in document.Attachments.Where(Reads))
        {
            var text = Text(attachment, document.Options, findings.Problems);
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            var first = AttachedText.Read(document, text, findings);
            findings.MarkPart(first, QuoteParts.Attachment(attachment));
        }
    }

    /// <summary>Whether <paramref name="attachment"/> is this reader's kind of file.</summary>
    protected abstract bool Reads(QuoteAttachment attachment);

    /// <summary>The attachment's text, or null with the reason added to <paramref name="problems"/>.</summary>
    protected abstract string? Text(QuoteAttachment attachment, QuoteParserOptions options, ICollection<string> problems);
}
