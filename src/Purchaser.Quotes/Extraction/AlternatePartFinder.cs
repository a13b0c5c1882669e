using System.Text.RegularExpressions;
using Purchaser.Quotes.Text;

namespace Purchaser.Quotes.Extraction;

/// <summary>
/// Finds the part a vendor offers in place of the one asked for: a part-like token after a word such as "alternative",
/// "equivalent" or "our part", or the part named before "instead of", which is neither an RFQ part, a specification
/// ("M4x10", "ISO 4762") nor the RFQ's own number. A maker's name in capitals right before it ("SMC C96SDB32-80C") is
/// who makes it, not part of its number.
/// </summary>
internal static partial class AlternatePartFinder
{
    /// <summary>The part the text offers in place of the one asked for, with where it stands; null when it offers none.</summary>
    public static (string Token, int Index)? Find(string text, DocumentContext context)
    {
        foreach (Match keyword in TextPatterns.AlternateWord().Matches(text))
        {
            if (DigitAfter().IsMatch(text.AsSpan(keyword.Index + keyword.Length)) || InsteadOfNumber().IsMatch(text.AsSpan(keyword.Index)))
            {
                continue;
            }

            // "FIT-316-G12-10 - our stock no. PF-31612-10": a distributor's number for the part just named is a cross
            // reference; "we can offer 5754-H22, our stock code LAM-5754-30" names what is offered instead.
            if (keyword.Value.StartsWith("our stock", StringComparison.OrdinalIgnoreCase)
                && context.Matcher.FindParts(text.Substring(Math.Max(0, keyword.Index - 80), Math.Min(80, keyword.Index))).Count > 0)
            {
                continue;
            }

            var window = text.Substring(keyword.Index, Math.Min(120, text.Length - keyword.Index));
            foreach (Match token in TextPatterns.PartLikeToken().Matches(window))
            {
                var value = token.Value.TrimEnd('.', ',', ')');
                var index = keyword.Index + token.Index;
                if (!IsOffered(value, context) || DocumentNumberBefore().IsMatch(text.AsSpan(Math.Max(0, index - 20), Math.Min(20, index))))
                {
                    continue;
                }

                // "alternate for 6205-2RS", "equivalent to SKF 6205": the part right after is the one replaced.
                if (ReplacedAfterKeyword().IsMatch(text.AsSpan(keyword.Index + keyword.Length, index - keyword.Index - keyword.Length)))
                {
                    continue;
                }

                // The offer about the part starts at its maker's name: a price between "instead of" and "SMC" is the old one's.
                return BrandBefore().Match(text, keyword.Index, index - keyword.Index) is { Success: true } brand && !NotABrand.Contains(brand.Groups["b"].Value)
                    ? (value, brand.Groups["b"].Index)
                    : (value, index);
            }
        }

        // "NW-ISO32-80-PPV ... offered instead of the Festo DSBC-32-80-PPVA-N3": the part named before "instead of".
        foreach (Match keyword in InsteadOf().Matches(text))
        {
            // "7 weeks instead of 6": a changed value, not a part in place of another.
            if (DigitAfter().IsMatch(text.AsSpan(keyword.Index + keyword.Length)))
            {
                continue;
            }

            var before = text.AsSpan(Math.Max(0, keyword.Index - 150), Math.Min(150, keyword.Index)).ToString();
            var offset = Math.Max(0, keyword.Index - 150);
            foreach (var token in TextPatterns.PartLikeToken().Matches(before).Reverse())
            {
                var value = token.Value.TrimEnd('.', ',', ')');
                if (IsOffered(value, context) && !DocumentNumberBefore().IsMatch(before.AsSpan(0, token.Index)))
                {
                    return (value, offset + token.Index);
                }
            }
        }

        return null;
    }

    /// <summary>Whether the part named at <paramref name="index"/> is the one being replaced ("offered instead of the XYZ-200").</summary>
    public static bool IsReplacedPart(string text, int index) =>
        index > 0 && InsteadOfEnd().IsMatch(text.AsSpan(Math.Max(0, index - 40), Math.Min(40, index)));

    /// <summary>An offered part's cell without the maker's name before the number ("HTB 6205-2RS/C3" is 6205-2RS/C3).</summary>
    public static string WithoutMaker(string cell)
    {
        var trimmed = cell.Trim();
        return MakerFirst().Match(trimmed) is { Success: true } m && !NotABrand.Contains(m.Groups["b"].Value) && TextPatterns.PartLikeToken().IsMatch(m.Groups["part"].Value)
            ? m.Groups["part"].Value
            : trimmed;
    }

    /// <summary>Whether <paramref name="text"/> names a part it is offered in place of ("alternate for 6205-2RS").</summary>
    public static bool SaysWhatItReplaces(string text) => text.Length > 0 && InsteadOf().IsMatch(text);

    private static bool IsOffered(string value, DocumentContext context) =>
        !context.Matcher.IsRfqPart(value) && !SpecLike().IsMatch(value) && value.Length >= 4 && !IsRfqReference(value, context);

    private static bool IsRfqReference(string token, DocumentContext context)
    {
        var rfq = context.Document.Rfq;
        var normalized = LineMatcher.Normalize(token);
        return normalized == LineMatcher.Normalize(rfq.Number)
            || (rfq.Reference is { } reference && normalized == LineMatcher.Normalize(reference))
            || (context.Document.Subject is { } subject && LineMatcher.Normalize(subject).Contains(normalized, StringComparison.Ordinal));
    }

    // Capitals right before an offered part that name who makes it ("we offer SMC C96SDB32-80C"). Words in capitals that
    // are labels or codes, not makers, are no maker's name.
    private static readonly HashSet<string> NotABrand = new(StringComparer.Ordinal)
    {
        "PN", "NO", "NR", "REF", "ART", "ITEM", "PART", "TYPE", "MODEL", "OEM", "ISO", "DIN", "EN", "IEC", "THE", "OUR", "NEW", "AN", "A", "IS", "OR", "AND", "USD", "EUR", "GBP", "CAD", "QTY", "RFQ", "SKU", "MPN",
    };

    [GeneratedRegex(@"\b(?:instead\s+of|in\s+place\s+of|as\s+(?:a|an)\s+(?:substitute|replacement|equivalent)\s+for|(?:alternat(?:e|ive)|equivalent|substitute|replacement)\s+(?:for|to)(?=\s+(?:(?:the|your|a|an)\s+)?(?:[A-Z][A-Z&]{1,5}\s+)?[\w-]*\d))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex InsteadOf();

    [GeneratedRegex(@"\b(?:instead\s+of|in\s+place\s+of|(?:substitute|replacement|equivalent|alternat(?:e|ive))\s+(?:for|to))(?:\s+(?:the|your|a|an))?(?:\s+\p{L}+)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex InsteadOfEnd();

    [GeneratedRegex(@"^\s*(?:for|to|of)\s+(?:(?:the|your|a|an)\s+)?(?:[A-Z][A-Z&]{1,5}\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex ReplacedAfterKeyword();

    [GeneratedRegex(@"^(?:M\d+(?:[xX]\d+)*|\d+(?:[xX.,]\d+)*(?:mm|m)?|[A-Z]\d-\d+|ISO\d+|DIN\d+|RAL\d+|AISI\d+|SUS\d+|AWG\d*)$", RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex SpecLike();

    [GeneratedRegex(@"(?<![\w-])(?<b>[A-Z][A-Z&]{1,5})[ \u00A0]$", RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex BrandBefore();

    [GeneratedRegex(@"^(?<b>[A-Z][A-Z&]{1,5})[ \u00A0]+(?<part>\S*\d\S*)$", RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex MakerFirst();

    // "replaces our quote AQ-26-0588": the vendor's own document number, not a part.
    [GeneratedRegex(@"\b(?:(?:our|the|your|this|revised|updated|new|corrected|original|previous|first)\s+(?:quot\w*|offer|proposal|angebot|offerte|invoice|order)\s*(?:no\.?|nr\.?|number|#)?|(?:quot\w*|offer|proposal|angebot|offerte|invoice|PI|order)\s*(?:no\.?|nr\.?|number|#))\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex DocumentNumberBefore();

    [GeneratedRegex(@"^\s*[$€£]?\d", RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex DigitAfter();

    [GeneratedRegex(@"^instead\s+of\s+[$€£]?\d", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex InsteadOfNumber();
}
