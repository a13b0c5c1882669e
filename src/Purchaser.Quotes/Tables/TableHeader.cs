using System.Text.RegularExpressions;
using Purchaser.Domain;
using Purchaser.Quotes.Extraction;
using Purchaser.Quotes.Text;

namespace Purchaser.Quotes.Tables;

/// <summary>
/// What a table's header says: which row it is, each column's role, which column holds the price, and the currency,
/// price basis and lead-time unit a header cell states for its column.
/// </summary>
internal static partial class TableHeader
{
    // The row under a header, when it names columns too: two or more cells, no digits, at least one under an empty
    // header cell or read as a header word. Returns each column's header and sub-header joined.
    /// <summary>
    /// "Unit Price" over "(USD/1000pcs)", "Lead time" over "(weeks)": a row under the header holding only bracketed units,
    /// each under a named column, completes those columns' names. The header with them; null when there is no such row.
    /// </summary>
    internal static IReadOnlyList<string>? UnitRow(Table table, int headerIndex)
    {
        if (headerIndex + 1 >= table.Rows.Count)
        {
            return null;
        }

        var header = table.Rows[headerIndex];
        var below = table.Rows[headerIndex + 1];
        var filled = Enumerable.Range(0, below.Count).Where(c => below[c].Length > 0).ToList();
        if (filled.Count == 0 || !filled.TrueForAll(c => c < header.Count && header[c].Length > 0 && below[c] is ['(', .., ')'] && below[c].Length <= 24))
        {
            return null;
        }

        return [.. header.Select((h, c) => c < below.Count && below[c].Length > 0 ? $"{h} {below[c]}" : h)];
    }

    internal static IReadOnlyList<string>? SubHeader(Table table, int headerIndex)
    {
        if (headerIndex + 1 >= table.Rows.Count)
        {
            return null;
        }

        var header = table.Rows[headerIndex];
        var below = table.Rows[headerIndex + 1];
        var filled = below.Count(c => c.Length > 0);
        // Only a row filling the header's gaps can be its sub-header: most tables have none, and their first row skips the rest.
        if (filled < 2 || !Enumerable.Range(0, below.Count).Any(c => below[c].Length > 0 && (c >= header.Count || header[c].Length == 0)))
        {
            return null;
        }

        // "5K - 9.9K pcs | 10K - 29.9K pcs | 30K pcs up" under "Unit Price (US$ / 1,000 pcs)": tiers are the one sub-header
        // with digits.
        var tiers = below.Select(c => c.Length > 0 && TierHeader.MinQuantity(c) is not null).ToArray();
        if (below.Any(c => c.AsSpan().ContainsAnyInRange('0', '9')) && tiers.Count(t => t) < 2)
        {
            return null;
        }

        var fillsGaps = false;
        var named = 0;
        for (var c = 0; c < below.Count; c++)
        {
            if (below[c].Length == 0)
            {
                continue;
            }

            fillsGaps |= c >= header.Count || header[c].Length == 0;
            named += HeaderReader.Role(below[c]) != ColumnRole.Unknown || WeeksHeader().IsMatch(below[c]) || tiers[c] ? 1 : 0;
        }

        if (!fillsGaps || named * 2 < filled)
        {
            return null;
        }

        var width = Math.Max(header.Count, below.Count);
        var joined = new string[width];
        for (var c = 0; c < width; c++)
        {
            var top = c < header.Count ? header[c] : string.Empty;
            var sub = c < below.Count ? below[c] : string.Empty;
            joined[c] = top.Length == 0 ? sub : sub.Length == 0 ? top : $"{top} {sub}";
        }

        return joined;
    }

    internal static int FindHeader(Table table, out ColumnRole[] roles)
    {
        roles = [];
        var found = -1;
        var foundKnown = 0;
        for (var i = 0; i < Math.Min(table.Rows.Count, 15); i++)
        {
            var candidate = table.Rows[i].Select(HeaderReader.Role).ToArray();
            TierHeader.Mark(table.Rows[i], candidate);
            var known = candidate.Where(r => r != ColumnRole.Unknown).Distinct().ToList();
            var hasKey = known.Any(r => r is ColumnRole.UnitPrice or ColumnRole.Quantity or ColumnRole.LeadTime or ColumnRole.Previous or ColumnRole.TierPrice);
            var hasId = known.Any(r => r is ColumnRole.Part or ColumnRole.LineNumber or ColumnRole.Description);
            if (known.Count >= 2 && hasKey && hasId)
            {
                // A form's header block ("Your Reference | ... | Shipment Method") can look like a header of two columns;
                // the item table's own header, further down, names more.
                if (found < 0 || known.Count > foundKnown)
                {
                    (found, foundKnown, roles) = (i, known.Count, candidate);
                }

                if (known.Count >= 4)
                {
                    break;
                }
            }
        }

        return found;
    }

    /// <summary>
    /// "Q'ty (roll) | Q'ty (m)": of two quantity columns, the one counting packages is the package count, not the quantity.
    /// </summary>
    internal static void PreferUnitQuantity(ColumnRole[] roles, IReadOnlyList<string> header)
    {
        var quantities = Enumerable.Range(0, Math.Min(roles.Length, header.Count)).Where(c => roles[c] == ColumnRole.Quantity).ToList();
        if (quantities.Count < 2)
        {
            return;
        }

        var packaged = quantities.FindAll(c => BracketedUnit().Match(header[c]) is { Success: true } unit && UnitWords.Read(unit.Groups["u"].Value) is { IsPackage: true });
        if (packaged.Count > 0 && packaged.Count < quantities.Count)
        {
            foreach (var c in packaged)
            {
                roles[c] = ColumnRole.Unknown;
            }
        }
    }

    internal static void FixRoles(ColumnRole[] roles, List<IReadOnlyList<string>> rows)
    {
        for (var c = 0; c < roles.Length; c++)
        {
            if (roles[c] != ColumnRole.LineNumber)
            {
                continue;
            }

            var values = rows.Select(r => c < r.Count ? r[c] : string.Empty).Where(v => v.Length > 0).ToList();
            if (values.Count > 0 && values.Count(v => int.TryParse(v.TrimEnd('.'), out _)) * 2 < values.Count)
            {
                roles[c] = ColumnRole.Part;
            }
        }

        var priceColumns = Enumerable.Range(0, roles.Length).Where(i => roles[i] == ColumnRole.UnitPrice).ToList();
        if (priceColumns.Count == 0)
        {
            for (var c = 0; c < roles.Length; c++)
            {
                if (roles[c] == ColumnRole.Unknown)
                {
                    var values = rows.Select(r => c < r.Count ? r[c] : string.Empty).Where(v => v.Length > 0).ToList();
                    if (values.Count > 0 && values.Count(v => TextPatterns.MoneyToken().IsMatch(v)) * 2 > values.Count)
                    {
                        roles[c] = ColumnRole.UnitPrice;
                        break;
                    }
                }
            }
        }

        // "PRICE | PU" over "318.00 | C", "19.60 | M": an unnamed column right after the price holding only codes of what the
        // price buys, some of them a multiple, is the price unit.
        var price = Array.IndexOf(roles, ColumnRole.UnitPrice);
        if (price >= 0 && price + 1 < roles.Length && roles[price + 1] == ColumnRole.Unknown
            && rows.Where(r => price + 1 < r.Count && TextPatterns.HasDigit(r[price])).Select(r => r[price + 1]).Where(v => v.Length > 0).ToList() is { Count: > 0 } codes
            && codes.TrueForAll(v => v.Length <= 4 && v.All(char.IsLetter) && UnitWords.Read(v) is not null)
            && codes.Exists(v => PriceBasis.ReadCell(v) is { Quantity: > 1 } or { Unit.Factor: > 1 }))
        {
            roles[price + 1] = ColumnRole.PriceUnit;
        }
    }

    internal static int PriceColumn(ColumnRole[] roles, IReadOnlyList<string> header)
    {
        var candidates = Enumerable.Range(0, roles.Length).Where(i => roles[i] == ColumnRole.UnitPrice).ToList();
        if (candidates.Count == 0)
        {
            return -1;
        }

        // "Domestic price RMB (incl. 13% VAT) | Export price USD": a price for others, or with tax in it, is no offer to us.
        if (candidates.FindAll(i => i < header.Count && !NotOurPrice().IsMatch(header[i])) is { Count: > 0 } ours && ours.Count < candidates.Count)
        {
            candidates = ours;
        }

        // A revised price over the old one; a net price over the list price it was discounted from.
        var preferred = candidates.FirstOrDefault(i => NewWord().IsMatch(header[i]), -1);
        if (preferred < 0)
        {
            preferred = candidates.FirstOrDefault(i => NetWord().IsMatch(header[i]), -1);
        }

        var notList = candidates.Where(i => !ListWord().IsMatch(header[i])).DefaultIfEmpty(candidates[0]).ToList();
        return preferred >= 0 ? preferred : notList.FirstOrDefault(i => EachWord().IsMatch(header[i]), notList[0]);
    }

    internal static CurrencyCode? CurrencyIn(string header, DocumentContext context)
    {
        foreach (var m in CurrencyMark().EnumerateMatches(header))
        {
            if (context.Currencies.Resolve(header.Substring(m.Index, m.Length)) is { } code)
            {
                return code;
            }
        }

        return null;
    }

    internal static PriceBasis? BasisIn(string header)
    {
        var m = HeaderBasis().Match(header);
        return m.Success ? PriceBasis.ReadAfter(header[m.Index..], out _) : null;
    }

    // What a bare number under a lead-time header counts: "Lead time (weeks)", "LT wks", "(working days)", "(days)",
    // also in an export's field name written in one word ("DeliveryWorkingDays", "LeadTimeWeeks").
    internal static Func<int, int>? LeadUnitOf(string header)
    {
        var words = HeaderReader.JoinedWordsApart(header);
        return WeeksHeader().IsMatch(words) ? n => n * 7
            : WorkingDaysHeader().IsMatch(words) ? n => (int)Math.Ceiling(n * 7 / 5.0)
            : DaysHeader().IsMatch(words) ? n => n
            : null;
    }

    [GeneratedRegex(@"\b(?:weeks?|wks?|wochen)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex WeeksHeader();

    [GeneratedRegex(@"\b(?:working|business|work)\s*days?\b|\barbeitstage\b|\bwerkdagen\b|\bjours\s+ouvr", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex WorkingDaysHeader();

    [GeneratedRegex(@"\b(?:days|tage|jours|días|dagen|dagar)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex DaysHeader();

    [GeneratedRegex(@"\b(?:new|revised|current|updated|neu|aktuell)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex NewWord();

    [GeneratedRegex(@"\b(?:net|nett|netto|final|special|your)\b|nettopreis|prix\s+net|precio\s+neto", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex NetWord();

    [GeneratedRegex(@"\b(?:list|gross|brutto|msrp|catalog(?:ue)?)\b|listenpreis|bruttopreis|prix\s+(?:public|catalogue)|precio\s+(?:de\s+)?lista", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex ListWord();

    [GeneratedRegex(@"\b(?:each|unit|per|einzel\w*|ea)\b|einzel", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex EachWord();

    [GeneratedRegex(@"US\$|C\$|A\$|\b(?:" + TextPatterns.CurrencyCodes + @"|TL)\b|[$€£¥₺]", RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex CurrencyMark();

    [GeneratedRegex(@"(?:/|\bper\b)\s*(?:\d|M\b|C\b|k\b|thousand|hundred|box|pack|spool|reel|bag|carton|case|roll|coil|pallet|drum|crate|verp|zak|sell(?:ing)?\s+unit|sales?\s+unit)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex HeaderBasis();

    [GeneratedRegex(@"\((?<u>[^)]{1,12})\)\s*$", RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex BracketedUnit();

    [GeneratedRegex(@"\b(?:domestic|local|reference|informative|for\s+information|incl\.?\s*(?:\d+\s*%\s*)?(?:vat|gst|mwst|iva|tva)|inkl\.?\s*(?:\d+\s*%\s*)?mwst|gross|brutto)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex NotOurPrice();
}
