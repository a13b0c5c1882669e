using Purchaser.Quotes.Tables;

namespace Purchaser.Quotes.Extraction;

/// <summary>
/// Reads a document that came as an attachment and has become text (a PDF's text layer, a printout saved as .txt) the
/// way a mail body is read: its text tables, else its prose, and its terms, for the same RFQ, sender and date.
/// </summary>
internal static class AttachedText
{
    /// <summary>Reads <paramref name="text"/> into <paramref name="findings"/>; returns the index of the first line finding it added.</summary>
    public static int Read(QuoteDocument document, string text, QuoteFindings findings)
    {
        var first = findings.Lines.Count;
        var page = new QuoteDocument(document.Rfq, text, [], document.Options)
        {
            VendorEmail = document.VendorEmail,
            Subject = document.Subject,
            QuotedOn = document.QuotedOn,
        };
        var readTable = false;
        foreach (var table in TextTableParser.Parse(page.Text, document.Options.MaxTableRows))
        {
            readTable |= TableReader.Read(table, page.Context, findings);
        }

        if (!readTable)
        {
            FreeTextExtractor.Read(page.Text.Replace('\t', ' '), page.Context, findings, FreeTextExtractor.Confidence);
        }

        TermsReader.Read(page.Text.Replace('\t', ' '), page.Context, findings);
        return first;
    }
}
