using System.Text.RegularExpressions;

namespace Purchaser.Quotes.Extraction;

/// <summary>
/// A finding's confidence as the assembler ranks it: the extractor's own, lowered when a number it read was a lone
/// "1,234" or "1.234" that could mean either a thousand or a decimal (the style was decided from the rest of the message,
/// but the reading may still be wrong).
/// </summary>
internal static partial class ReadingConfidence
{
    /// <summary>What a reading keeps of its confidence when one of its numbers is ambiguous.</summary>
    public const double AmbiguousFactor = 0.75;

    // Only fields whose source is the number as written; a quantity or tier list is sourced from its whole clause.
    private static readonly string[] NumberFields = [QuoteFields.UnitPrice, QuoteFields.Moq];

    public static double Of(LineFinding finding)
    {
        // "KRW 1,980": a price in a currency without a minor unit has no decimals to mistake for a thousand.
        var ambiguous = NumberFields.Any(field => finding.Sources.TryGetValue(field, out var text) && IsAmbiguous(text)
            && !(field == QuoteFields.UnitPrice && finding.Currency is { MinorUnits: 0 }));
        return ambiguous ? finding.Confidence * AmbiguousFactor : finding.Confidence;
    }

    /// <summary>Whether <paramref name="text"/> holds a number with one separator followed by exactly three digits.</summary>
    public static bool IsAmbiguous(string text) => HasSeparatorBeforeThreeDigits(text) && LoneGroup().IsMatch(text);

    private static bool HasSeparatorBeforeThreeDigits(ReadOnlySpan<char> text)
    {
        int at;
        while ((at = text.IndexOfAny('.', ',')) >= 0)
        {
            if (at + 3 < text.Length && char.IsDigit(text[at + 1]) && char.IsDigit(text[at + 2]) && char.IsDigit(text[at + 3]))
            {
                return true;
            }

            text = text[(at + 1)..];
        }

        return false;
    }

    [GeneratedRegex(@"(?<!\d)(?<!\d[.,'’\u00A0\u202F ])(?!0[.,])\d{1,3}[.,]\d{3}(?!\d|[.,'’]\d|[\u00A0\u202F ]\d{3}\b)", RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex LoneGroup();
}
