using Purchaser.Quotes.Tables;

namespace Purchaser.Quotes.Extraction;

/// <summary>Reads XLSX, XLS and ODS attachments; the header row is found by meaning anywhere in a sheet's first rows.</summary>
internal sealed class SpreadsheetAttachmentExtractor : IQuoteExtractor
{
    public string Name => "spreadsheet";

    public void Extract(QuoteDocument document, QuoteFindings findings)
    {
        foreach (var attachment in document.Attachments.Where(IsSpreadsheet))
        {
            var first = findings.Lines.Count;
            var options = document.Options;
            var tables = IsOpenDocument(attachment)
                ? OdsReader.Read(attachment.Content, attachment.FileName, options.MaxTableRows, options.MaxTableColumns, options.MaxSpreadsheetExpandedBytes, findings.Problems)
                : SpreadsheetReader.Read(attachment.Content, attachment.FileName, options.MaxTableRows, options.MaxTableColumns, options.MaxSpreadsheetExpandedBytes, findings.Problems);
            foreach (var table in tables)
            {
                var rows = table.Rows.Select(r => string.Join(' ', r.Where(c => c.Length > 0))).ToList();
                if (!TableReader.Read(table, document.Context, findings))
                {
                    // A cover sheet of terms ("Tooling | One-time die charge for GSK-EPDM-80: USD 240.00") states its
                    // conditions row by row, for the line a row names.
                    foreach (var row in rows.Where(r => FreeTextExtractor.IsNote(r)))
                    {
                        findings.AddNote(document.Context.Matcher.FindParts(row) is [var named, ..] ? named.LineNumber : null, row);
                    }
                }

                TermsReader.Read(string.Join('\n', rows), document.Context, findings);
            }

            findings.MarkPart(first, QuoteParts.Attachment(attachment));
        }
    }

    private static bool IsOpenDocument(QuoteAttachment a) =>
        a.ContentType == "application/vnd.oasis.opendocument.spreadsheet" || a.FileName.EndsWith(".ods", StringComparison.OrdinalIgnoreCase);

    private static bool IsSpreadsheet(QuoteAttachment a) => IsOpenDocument(a) ||
        a.ContentType is "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" or "application/vnd.ms-excel" or "application/excel" or "application/x-excel"
        || a.FileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase)
        || a.FileName.EndsWith(".xls", StringComparison.OrdinalIgnoreCase)
        || a.FileName.EndsWith(".xlsm", StringComparison.OrdinalIgnoreCase);
}
