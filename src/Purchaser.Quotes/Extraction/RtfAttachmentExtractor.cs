using Purchaser.Quotes.Rtf;

namespace Purchaser.Quotes.Extraction;

/// <summary>Reads RTF attachments (WordPad, older ERP exports): their tables and paragraphs, like a mail body.</summary>
internal sealed class RtfAttachmentExtractor : DocumentAttachmentExtractor
{
    public override string Name => "rtf";

    protected override bool Reads(QuoteAttachment attachment) =>
        attachment.ContentType is "application/rtf" or "text/rtf" || attachment.FileName.EndsWith(".rtf", StringComparison.OrdinalIgnoreCase);

    protected override string? Text(QuoteAttachment attachment, QuoteParserOptions options, ICollection<string> problems) =>
        RtfText.Read(attachment.Content.Span, attachment.FileName, options.MaxTextChars, problems);
}
