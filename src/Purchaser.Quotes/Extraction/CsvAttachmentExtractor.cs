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

            if (!TableReader.Read(table, document.Context, findings)
                && (ColumnsNamedInMessage(table, document) is not { } named || !TableReader.Read(named, document.Context, findings)))
            {
                FreeTextExtractor.Read(string.Join('\n', table.Rows.Select(r => string.Join("  ", r))), document.Context, findings, FreeTextExtractor.Confidence);
            }

            TermsReader.Read(string.Join('\n', table.Rows.Select(r => string.Join(' ', r))), document.Context, findings);
            findings.MarkPart(first, QuoteParts.Attachment(attachment));
        }
    }

    /// <summary>
    /// An export with no header row whose columns the mail names in order ("RFQ line ; your part number ; quantity ; unit
    /// price in CAD ; lead time in weeks"): the table with that line as its header; null when no line of the message
    /// splits into as many names as the rows have cells.
    /// </summary>
    private static Table? ColumnsNamedInMessage(Table table, QuoteDocument document)
    {
        if (table.Rows.Count == 0 || table.Rows[0].Count < 3 || table.Rows.Any(r => r.Count != table.Rows[0].Count))
        {
            return null;
        }

        var columns = table.Rows[0].Count;
        foreach (var line in document.TextLines)
        {
            foreach (var separator in Separators)
            {
                if (line.Count(c => c == separator) != columns - 1)
                {
                    continue;
                }

                var names = line.Split(separator).Select(n => n.Trim()).ToList();
                if (names.TrueForAll(n => n.Length is > 0 and < 80 && n.Any(char.IsLetter)))
                {
                    return table with { Rows = [names, .. table.Rows] };
                }
            }
        }

        return null;
    }

    private static readonly char[] Separators = [';', ',', '\t', '|'];

    internal static bool IsDelimited(QuoteAttachment a) =>
        a.ContentType is "text/csv" or "text/comma-separated-values" or "text/tab-separated-values" or "application/csv" or "text/x-csv"
        || a.FileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)
        || a.FileName.EndsWith(".tsv", StringComparison.OrdinalIgnoreCase);
}
