namespace Purchaser.Quotes;

/// <summary>
/// One way of reading quote data from a reply. The parser runs every extractor over the reply in turn; each adds what
/// it recognizes to the shared findings. An extractor that throws is skipped and its failure recorded.
/// </summary>
public interface IQuoteExtractor
{
    /// <summary>A short name used in failure reasons.</summary>
    string Name { get; }

    /// <summary>Reads <paramref name="document"/> and adds to <paramref name="findings"/>.</summary>
    void Extract(QuoteDocument document, QuoteFindings findings);
}
