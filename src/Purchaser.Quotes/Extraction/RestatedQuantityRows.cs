using System.Globalization;
using System.Text.RegularExpressions;
using Purchaser.Domain;
using Purchaser.Quotes.Text;

namespace Purchaser.Quotes.Extraction;

/// <summary>Prose rows that name no RFQ line but restate one line's requested quantity each, as a phone reply lists them.</summary>
internal static partial class RestatedQuantityRows
{
    /// <summary>
    /// "same order as your list:" over "5,000 pcs   $0.184 ea   4 wks" / "1,500 m   $1.36/m   2 wks": priced rows that name
    /// no line but restate its quantity are that line's, when each quantity is the request's for one line only.
    /// </summary>
    public static void Read(string[] lines, DocumentContext context, QuoteFindings findings, double confidence)
    {
        var rfq = context.Document.Rfq;
        var requested = new HashSet<decimal>(rfq.Lines.Select(l => l.Quantity));
        if (Array.FindAll(lines, t => LeadingCount(t) is { } count && requested.Contains(count)).Length < 2)
        {
            return;
        }

        foreach (var paragraph in FreeTextExtractor.Paragraphs(lines))
        {
            var rows = new List<(string Text, RfqLine Line)>();
            foreach (var row in paragraph)
            {
                // Cheapest test first: most rows are a table's, already read, or restate no quantity of the request.
                if (context.RowsReadByTables.Contains(row) || RestatedQuantity().Match(row) is not { Success: true } quantity
                    || !NumberParser.TryParseCount(quantity.Groups["n"].Value, context.TextStyle, out var restated)
                    || rfq.Lines.Where(l => l.Quantity == restated).Take(2).ToList() is not [var line]
                    || !TextPatterns.HasMoney(row) || context.Matcher.Find(row).Count > 0)
                {
                    continue;
                }

                rows.Add((row, line));
            }

            if (rows.Count < 2 || rows.Select(r => r.Line.LineNumber).Distinct().Count() != rows.Count)
            {
                continue;
            }

            var notes = new List<(int? Line, string Detail)>();
            foreach (var (text, line) in rows)
            {
                if (findings.Lines.Any(f => f.LineNumber == line.LineNumber && (f.UnitPrice is not null || f.NoBid)))
                {
                    continue;
                }

                var finding = LineTextReader.Read(text, line, context, confidence, context.TextStyle, notes);
                if (finding.UnitPrice is not null)
                {
                    findings.Lines.Add(finding);
                }
            }
        }
    }

    // The count a line opens with, grouped or not: the cheap test before the pattern.
    private static decimal? LeadingCount(string line)
    {
        var text = line.AsSpan().TrimStart();
        Span<char> digits = stackalloc char[16];
        var n = 0;
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                if (n == digits.Length)
                {
                    return null;
                }

                digits[n++] = c;
            }
            else if (c is not (',' or '.' or '\'' or ' ' or '\u00A0') || n == 0)
            {
                break;
            }
        }

        return n > 0 && decimal.TryParse(digits[..n], NumberStyles.None, CultureInfo.InvariantCulture, out var count) ? count : null;
    }

    [GeneratedRegex(@"^\s*(?<n>\d{1,3}(?:[,.' \u00A0]\d{3})*|\d+)\s*(?:pcs|pieces|pc|ea|each|units?|m|meters?|metres?|kg|sets?|kits?|sheets?|stk|st|szt|ks|adet|pz|uds)?\.?\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex RestatedQuantity();
}
