using Purchaser.Quotes.Word;

namespace Purchaser.Quotes.Extraction;

/// <summary>Reads Word (.docx) attachments: their tables and paragraphs, like a mail body.</summary>
internal sealed class WordAttachmentExtractor : DocumentAttachmentExtractor
{
    public override string Name => "word";

    protected override bool Reads(QuoteAttachment attachment) =>
        attachment.ContentType == "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        || attachment.FileName.EndsWith(".docx", StringComparison.OrdinalIgnoreCase);

    protected override string? Text(QuoteAttachment attachment, QuoteParserOptions options, ICollection<string> problems) =>
        WordText.Read(attachment.Content, attachment.FileName, options.MaxDocumentExpandedBytes, options.MaxTextChars, problems);
}
