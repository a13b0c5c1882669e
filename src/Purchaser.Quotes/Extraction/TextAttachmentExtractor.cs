namespace Purchaser.Quotes.Extraction;

/// <summary>
/// Reads plain-text attachments (a quotation printed to a .txt file, an ERP export) like a mail body; delimited
/// files are the CSV reader's.
/// </summary>
internal sealed class TextAttachmentExtractor : DocumentAttachmentExtractor
{
    public override string Name => "text-attachment";

    protected override bool Reads(QuoteAttachment attachment) =>
        (attachment.ContentType == "text/plain" || attachment.FileName.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
        && !CsvAttachmentExtractor.IsDelimited(attachment);

    protected override string? Text(QuoteAttachment attachment, QuoteParserOptions options, ICollection<string> problems)
    {
        var text = Tables.CsvParser.Decode(attachment.Content.Span, attachment.Charset);
        if (text.Length > options.MaxTextChars)
        {
            problems.Add($"{attachment.FileName}: only the first {options.MaxTextChars} characters were read");
            text = text[..options.MaxTextChars];
        }

        return text;
    }
}
