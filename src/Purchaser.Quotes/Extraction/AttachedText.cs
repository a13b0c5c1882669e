using Purchaser.Quotes.Tables;

namespace Purchaser.Quotes.Extraction;

/// <summary>
/// Reads a document that came as an attachment and has become text (a PDF's text layer, a printout saved as .txt) the
/// way a mail body is read: its text tables, the prose around them and its terms, for the same RFQ, sender and date.
/// </summary>
internal static class AttachedText
{
    /// <summary>Reads <paramref name="text"/> into <paramref name="findings"/>; returns the index of the first line finding it added.</summary>
    public static int Read(QuoteDocument document, string text, QuoteFindings findings)
    {
        var first = findings.Lines.Count;
        var notes = findings.Notes.Count;
        var page = new QuoteDocument(document.Rfq, text, [], document.Options)
        {
            VendorEmail = document.VendorEmail,
            Subject = document.Subject,
            QuotedOn = document.QuotedOn,
        };
        foreach (var table in TextTableParser.Parse(page.Text, document.Options.MaxTableRows))
        {
            TableReader.Read(table, page.Context, findings);
        }

        // The prose around a table too ("CBL-4C22-PUR and PLT-0915-R2: no quote"), as in a mail body; rows the tables
        // read are not read again.
        FreeTextExtractor.Read(page.Text, page.Context, findings, FreeTextExtractor.Confidence);

        TermsReader.Read(page.Text.Replace('\t', ' '), page.Context, findings);

        // A document that answers no line (a data sheet sent along) states no conditions of the quote either: its
        // "subject to technical changes" is the data sheet's.
        if (!findings.Lines.Skip(first).Any(l => l.Answers))
        {
            for (var i = findings.Notes.Count - 1; i >= notes; i--)
            {
                findings.Notes.RemoveAt(i);
            }
        }

        return first;
    }
}
