using System.Text.RegularExpressions;

namespace Purchaser.Quotes.Text;

/// <summary>A price written in text: its amount as written, currency mark, basis and where it sits.</summary>
internal readonly record struct PriceMention(decimal Amount, CurrencyCode? Currency, int Index, int End, PriceBasis Basis);

/// <summary>Finds prices in prose and cells: currency-marked amounts, and bare amounts after "@", "at", "price:" or before "each".</summary>
internal static partial class PriceFinder
{
    public static List<PriceMention> Find(string text, CurrencyResolver currencies, DecimalStyle style)
    {
        var found = new List<PriceMention>();
        if (text.AsSpan().IndexOfAnyInRange('0', '9') < 0)
        {
            return found;
        }

        if (MarkedCell(text, currencies) is { } cell)
        {
            found.Add(cell);
            return found;
        }

        return ByPatterns(text, currencies, style);
    }

    /// <summary>The last price in a table cell: the direct reading, else the last the patterns find.</summary>
    public static PriceMention? LastInCell(string cell, CurrencyResolver currencies, DecimalStyle style) =>
        cell.AsSpan().IndexOfAnyInRange('0', '9') < 0 ? null
            : MarkedCell(cell, currencies) ?? (ByPatterns(cell, currencies, style) is [.., var last] ? last : null);

    // "$58.00 MXN por cada 100 pzas": a symbol's amount with its code written after it; the basis follows the code.
    private static PriceBasis? CodedBasis(string text, int end, out int used)
    {
        used = 0;
        var rest = text.AsSpan(end);
        var code = rest.TrimStart(' ');
        var skipped = rest.Length - code.Length;
        if (skipped == 0 || code.Length < 4 || code[3] is not ' ' || !CurrencyCode.TryParse(code[..3], null, out _)
            || PriceBasis.ReadAfter(text, end + skipped + 3, out var afterCode) is not { } basis)
        {
            return null;
        }

        used = skipped + 3 + afterCode;
        return basis;
    }

    /// <summary>What <see cref="Find"/> reads through the patterns, for text the direct reading did not take.</summary>
    private static List<PriceMention> ByPatterns(string text, CurrencyResolver currencies, DecimalStyle style)
    {
        var found = new List<PriceMention>();
        for (var m = TextPatterns.CurrencyMarks.Occurs(text) ? TextPatterns.MoneyToken().Match(text) : Match.Empty; m.Success; m = m.NextMatch())
        {
            // "KRW 1,980": a currency without a minor unit groups thousands with its separator whatever the letter's style.
            var currency = currencies.Resolve(m.Groups["cur"].Value);
            if (!(currency is { MinorUnits: 0 } ? NumberParser.TryParseCount(m.Groups["num"].Value, style, out var amount) : NumberParser.TryParse(m.Groups["num"].ValueSpan, style, out amount)) || amount <= 0)
            {
                continue;
            }

            var end = m.Index + m.Length;
            var basis = PriceBasis.ReadAfter(text, end, out var used) ?? CodedBasis(text, end, out used) ?? PriceBasis.One;
            var mention = new PriceMention(amount, currency, m.Index, end + used, basis);
            found.Add(mention);
            if (used == 0 && end < text.Length && text[end] is ' ' or '\t')
            {
                found.AddRange(RowGoesOn(text, mention, m.Groups["num"].ValueSpan, style));
            }
        }

        // "18.4¢ ea": cents of the dollar the document's "$" stands for.
        if (text.Contains('¢'))
        {
            foreach (Match m in Cents().Matches(text))
            {
                if (NumberParser.TryParse(m.Groups["num"].ValueSpan, style, out var cents) && cents > 0)
                {
                    var end = m.Index + m.Length;
                    var basis = PriceBasis.ReadAfter(text, end, out var used) ?? PriceBasis.One;
                    found.Add(new PriceMention(cents / 100, currencies.Resolve("$"), m.Index, end + used, basis));
                }
            }
        }

        var rates = ExchangeRates(text, found);
        var marked = found.Count > 0;
        foreach (var (regex, guard) in Unmarked)
        {
            for (var m = guard.Occurs(text) ? regex.Match(text) : Match.Empty; m.Success; m = m.NextMatch())
            {
                var num = m.Groups["num"];
                if (found.Any(f => num.Index < f.End && num.Index + num.Length > f.Index) || rates.Exists(r => num.Index < r.End && num.Index + num.Length > r.Index)
                    || !NumberParser.TryParse(num.ValueSpan, style, out var amount) || amount <= 0)
                {
                    continue;
                }

                // "5,000 ea   $0.183 ea": beside a price with its currency, a whole number counted in "ea" is the quantity;
                // so is a whole number before a unit code in capitals ("2,000 EA 0.00"), as a quotation form prints it.
                if (regex == EachSuffix() && amount == decimal.Truncate(amount) && (marked || UnitCodeAfter().IsMatch(text.AsSpan(num.Index + num.Length))))
                {
                    continue;
                }

                // "$0.231 ea @ 1,000": after a price, "@" says at what quantity, not at what price.
                if (marked && text[m.Index] == '@' && found.Exists(f => f.End <= m.Index && text.AsSpan(f.End, m.Index - f.End).Trim().Length <= 4))
                {
                    continue;
                }

                var end = num.Index + num.Length;
                if (NotAPrice().IsMatch(text.AsSpan(end)))
                {
                    continue;
                }

                var basis = PriceBasis.ReadAfter(text, end, out var used) ?? PriceBasis.One;
                found.Add(new PriceMention(amount, null, num.Index, end + used, basis));
            }
        }

        if (found.Count > 1)
        {
            found.Sort((a, b) => a.Index.CompareTo(b.Index));
        }

        return found;
    }

    /// <summary>
    /// "Unit price USD 0,2140     0,1790     0,1610": amounts set in columns after a marked one, written with as many
    /// decimals, are prices in its currency (a row of tiers whose currency is written once).
    /// </summary>
    private static List<PriceMention> RowGoesOn(string text, PriceMention marked, ReadOnlySpan<char> markedNumber, DecimalStyle style)
    {
        var more = new List<PriceMention>();
        var decimals = markedNumber.Length - markedNumber.LastIndexOfAny('.', ',') - 1;
        if (decimals is < 1 or >= 5 || markedNumber.IndexOfAny('.', ',') != markedNumber.LastIndexOfAny('.', ','))
        {
            return more;
        }

        var at = marked.End;
        for (var next = ColumnAmount().Match(text, at); next.Success && next.Index == at; next = ColumnAmount().Match(text, at))
        {
            var num = next.Groups["num"];
            if (num.Length - num.ValueSpan.LastIndexOfAny('.', ',') - 1 != decimals || NotAPrice().IsMatch(text.AsSpan(num.Index + num.Length))
                || !NumberParser.TryParse(num.ValueSpan, style, out var amount) || amount <= 0)
            {
                break;
            }

            more.Add(new PriceMention(amount, marked.Currency, num.Index, num.Index + num.Length, PriceBasis.One));
            at = next.Index + next.Length;
        }

        return more;
    }

    [GeneratedRegex(@"\G(?:[ \t]{2,}|\t)(?<num>\d{1,4}[.,]\d{1,4})(?=\s|$)", RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex ColumnAmount();

    [GeneratedRegex(@"^\s*(?:EA|PC|PCS|ST|STK|SET|SETS)\b", RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex UnitCodeAfter();

    /// <summary>
    /// Takes out of <paramref name="found"/> the amounts of two currencies set equal ("USD 1 = KRW 1,374", "(1 EUR = 8.17
    /// RMB)"): an exchange rate, where neither is a price. Returns them.
    /// </summary>
    private static List<PriceMention> ExchangeRates(string text, List<PriceMention> found)
    {
        var rates = new List<PriceMention>();
        for (var i = found.Count - 2; i >= 0; i--)
        {
            var (first, second) = (found[i], found[i + 1]);
            // A currency we hold no code for ("1 EUR = 1,95583 BGN", the lev since the euro) is another currency all the same.
            if (first.Currency != second.Currency && (first.Currency is not null || second.Currency is not null) && second.Index >= first.End
                && RateEquals().IsMatch(text.AsSpan(first.End, second.Index - first.End)))
            {
                rates.Add(first);
                rates.Add(second);
                found.RemoveRange(i, 2);
                i--;
            }
        }

        return rates;
    }

    [GeneratedRegex(@"^\s*(?:=|≈|equals)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex RateEquals();

    /// <summary>
    /// The commonest price cell, "USD 12.50" or "$12.50" and nothing else, read without the patterns (which give the same
    /// reading, several times slower). Anything else returns null and goes through them.
    /// </summary>
    private static PriceMention? MarkedCell(string text, CurrencyResolver currencies)
    {
        var span = text.AsSpan();
        var start = span.Length - span.TrimStart().Length;
        var end = span.TrimEnd().Length;
        if (end - start < 2)
        {
            return null;
        }

        string mark;
        if (span[start] is '$' or '€' or '£')
        {
            mark = span[start] switch { '$' => "$", '€' => "€", _ => "£" };
        }
        else if (end - start > 4 && span.Slice(start, 3) is "USD" or "EUR" or "GBP" or "JPY" or "CNY" or "CAD" or "AUD" or "NZD" or "CHF" or "SEK" or "NOK"
            or "DKK" or "PLN" or "CZK" or "HUF" or "INR" or "KRW" or "MXN" or "BRL" or "SGD" or "HKD" or "TWD" or "ZAR" or "TRY" or "RMB")
        {
            mark = text.Substring(start, 3);
        }
        else
        {
            return null;
        }

        var numberStart = start + mark.Length;
        if (span[numberStart] is ' ' or '\t')
        {
            numberStart++;
        }

        // Up to 18 digits with at most one separator and one or two decimals: the number pattern reads exactly this whole.
        var number = span[numberStart..end];
        var separator = number.IndexOfAny('.', ',');
        var decimals = separator < 0 ? 0 : number.Length - separator - 1;
        if (number.Length - (separator < 0 ? 0 : 1) is 0 or > 18 || separator == 0 || separator > 0 && (decimals is not (1 or 2) || number[(separator + 1)..].IndexOfAny('.', ',') >= 0))
        {
            return null;
        }

        long mantissa = 0;
        foreach (var c in number)
        {
            if (char.IsAsciiDigit(c))
            {
                mantissa = (mantissa * 10) + (c - '0');
            }
            else if (c is not ('.' or ','))
            {
                return null;
            }
        }

        if (mantissa == 0)
        {
            return null;
        }

        var amount = new decimal((int)mantissa, (int)(mantissa >> 32), 0, false, (byte)decimals);
        return new PriceMention(amount, currencies.Resolve(mark), start, end, PriceBasis.One);
    }

    private static readonly (Regex Pattern, TriggerSet Guard)[] Unmarked =
    [
        (Labelled(), TriggerSet.Guard("@", "pric", "preis", "cost", "at")),
        (EachSuffix(), TriggerSet.Guard("ea", "/", "per", "apiece")),
        (AfterLeader(), TriggerSet.Guard("...", "…")),
    ];


    [GeneratedRegex(@"(?:@|\b(?:unit\s+)?price(?:\s+each)?\b\s*[:=]?|preis(?:\s+(?:je|pro)\s+\p{L}+)?\b\s*[:=]?|\brate\s*[:=]|\bcost\s*[:=])\s*(?<num>" + TextPatterns.Number + @")(?![\d%])|\bat\s+(?<num>\d+[.,](?!\d{3}(?!\d))\d+|0[.,]\d+)(?![\d%])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Labelled();

    [GeneratedRegex(@"(?<![\w.,-])(?<num>\d*[.,]\d+)\s*(?=each\b|ea\b|/\s*(?:pc|pcs|ea|piece|unit|m|kg|ft|lb|metre|meter)\b|per\s+(?:piece|unit|pc|metre|meter|kg)\b|apiece)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex EachSuffix();

    // "5,000 - 9,999 pcs .... 0.0712": a decimal amount a dotted leader points to is a price in a ladder or a list.
    [GeneratedRegex(@"(?:\.{3,}|…+)[ \t]*(?<num>\d*[.,]\d+)(?![\d.,])", RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex AfterLeader();

    [GeneratedRegex(@"(?<![\w.,])(?<num>\d+(?:[.,]\d+)?)\s?¢", RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Cents();

    // What follows a number that makes it a quantity, not a price: a unit, a duration, or the rest of a quantity range
    // that a marked price follows ("Price each" over "250 - 999   $2.60" read as one line).
    [GeneratedRegex(@"^\s*(?:\+|pcs|pieces|units|pc\b|stk|off\b|weeks?|wks?|days?|months?|%|m\b|metres|meters|ft\b|kg\b|x\b|mm\b|or\s+more|and\s+(?:up|above)|(?:-|–|to)\s*\d[\d,.'’]*\+?\s+(?:[$€£¥]|(?:USD|EUR|GBP|CAD|AUD|JPY|CHF)\s?\d)|(?:-|–|to)\s*\d[\d,.'’]*\s*(?:kg|pcs|pieces|units|m|ft|lbs?|sets?)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex NotAPrice();
}
