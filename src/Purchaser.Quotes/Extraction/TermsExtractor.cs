namespace Purchaser.Quotes.Extraction;

/// <summary>Reads quote-wide terms from the reply's text: validity, Incoterms, stated currency.</summary>
internal sealed class TermsExtractor : IQuoteExtractor
{
    public string Name => "terms";

    public void Extract(QuoteDocument document, QuoteFindings findings) => TermsReader.Read(document.Text, document.Context, findings);
}
