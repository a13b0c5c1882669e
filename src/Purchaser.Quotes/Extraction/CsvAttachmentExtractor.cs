using Purchaser.Quotes.Tables;

namespace Purchaser.Quotes.Extraction;

/// <summary>Reads CSV and other delimited-text attachments (comma, semicolon, tab; UTF-8 or legacy charsets).</summary>
internal sealed class CsvAttachmentExtractor : IQuoteExtractor
{
    public string Name => "csv";

    public void Extract(QuoteDocument document, QuoteFindings findings)
    {
        foreach (var attachment in document.Attachments.Where(IsDelimited))
        {
            var first = findings.Lines.Count;
            var text = CsvParser.Decode(attachment.Content.Span, attachment.Charset);
            var table = CsvParser.Parse(text, document.Options.MaxTableRows, document.Options.MaxTableColumns, attachment.FileName, out var truncated);
            if (truncated)
            {
                findings.Problems.Add($"{attachment.FileName}: only the first {document.Options.MaxTableRows} rows were read");
            }

            if (!TableReader.Read(table, document.Context, findings))
            {
                FreeTextExtractor.Read(string.Join('\n', table.Rows.Select(r => string.Join("  ", r))), document.Context, findings, FreeTextExtractor.Confidence);
            }

            TermsReader.Read(string.Join('\n', table.Rows.Select(r => string.Join(' ', r))), document.Context, findings);
            findings.MarkPart(first, QuoteParts.Attachment(attachment));
        }
    }

    internal static bool IsDelimited(QuoteAttachment a) =>
        a.ContentType is "text/csv" or "text/comma-separated-values" or "text/tab-separated-values" or "application/csv" or "text/x-csv"
        || a.FileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)
        || a.FileName.EndsWith(".tsv", StringComparison.OrdinalIgnoreCase);
}
