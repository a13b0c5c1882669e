using System.Text.RegularExpressions;

namespace Purchaser.Quotes.Text;

/// <summary>
/// Reads lead times in calendar days: weeks x 7, months x 30, working days x 7/5 rounded up, ranges take the upper
/// bound, stock is 0.
/// </summary>
internal static partial class LeadTimeParser
{
    /// <summary>A lead time found in text, with where it was found.</summary>
    public readonly record struct Found(int Days, int Index, int Length);

    public static int? Parse(string? text, bool wholeCell = false) => Find(text, wholeCell) is [var f, ..] ? f.Days : null;

    /// <summary>The first lead time in a table cell, which may say just "stock" or a bare duration.</summary>
    public static Found? InCell(string cell) =>
        string.IsNullOrWhiteSpace(cell) ? null : SimpleDuration(cell) ?? (ByPatterns(cell, wholeCell: true) is [var first, ..] ? first : null);

    /// <summary>Every lead time in <paramref name="text"/>, in order; a lone cell may say just "stock" or a bare duration.</summary>
    public static IReadOnlyList<Found> Find(string? text, bool wholeCell = false) =>
        string.IsNullOrWhiteSpace(text) ? [] : SimpleDuration(text) is { } simple ? [simple] : Added(text, ByPatterns(text, wholeCell));

    /// <summary>
    /// Stages written one after the other ("2-3 weeks for machining, plus 5 working days at the anodizer", "7 wks + 1 wk",
    /// "3 wks to first articles, then 2 wks") add up to one lead time.
    /// </summary>
    private static IReadOnlyList<Found> Added(string text, IReadOnlyList<Found> found)
    {
        if (found.Count < 2 || text.AsSpan().IndexOfAny('+', 'p', 't') < 0)
        {
            return found;
        }

        var added = new List<Found>(found.Count) { found[0] };
        for (var i = 1; i < found.Count; i++)
        {
            var last = added[^1];
            var end = last.Index + last.Length;
            if (found[i].Index >= end && found[i].Index - end <= 40 && NextStage().IsMatch(text.AsSpan(end, found[i].Index - end)))
            {
                added[^1] = new Found(last.Days + found[i].Days, last.Index, found[i].Index + found[i].Length - last.Index);
                continue;
            }

            added.Add(found[i]);
        }

        return added;
    }

    [GeneratedRegex(@"^[^.;\n±]{0,30}?(?:\+(?!\s*[/\-–])|\bplus\b(?!\s*(?:/|or|minus))|\bthen\b|\bfollowed\s+by\b)[^.;\n\d]{0,30}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex NextStage();

    /// <summary>What <see cref="Find"/> reads through the patterns, for text the direct reading did not take.</summary>
    private static IReadOnlyList<Found> ByPatterns(string text, bool wholeCell)
    {
        var found = new List<Found>();
        // Durations are written in figures, or in words ("about four weeks") where a unit word is there to find.
        var hasDigit = text.AsSpan().IndexOfAnyInRange('0', '9') >= 0
            || text.Contains("week", StringComparison.OrdinalIgnoreCase) || text.Contains("day", StringComparison.OrdinalIgnoreCase) || text.Contains("month", StringComparison.OrdinalIgnoreCase);
        for (var m = hasDigit ? Duration().Match(text) : Match.Empty; m.Success; m = m.NextMatch())
        {
            var low = WrittenCount.Parse(m.Groups["a"].Value);
            var high = m.Groups["b"].Success ? WrittenCount.Parse(m.Groups["b"].Value) : low;
            var start = m.Index;

            // A range runs upwards; "per 100 - 20 working days" is a price basis, a dash, then the lead time.
            if (low > high)
            {
                low = high;
                start = m.Groups["b"].Index;
            }

            var amount = high;
            if (amount > 1000)
            {
                continue;
            }

            var unit = m.Groups["unit"].Value.ToLowerInvariant();
            var working = m.Groups["work"].Success || m.Groups["ouvr"].Success || m.Groups["cjkwork"].Success || unit.StartsWith("arbeitst", StringComparison.Ordinal) || unit.StartsWith("werkt", StringComparison.Ordinal) || unit is "wd" or "wds" or "bd" or "at";
            int days;
            if (unit.StartsWith('w') && !working && unit is not ("wd" or "wds") || unit.StartsWith("woche", StringComparison.Ordinal) || unit.StartsWith("sem", StringComparison.Ordinal) || unit.StartsWith("veck", StringComparison.Ordinal) || unit.StartsWith("haft", StringComparison.Ordinal) || unit.StartsWith("ty", StringComparison.Ordinal) || unit.StartsWith("tý", StringComparison.Ordinal) || unit.StartsWith("ug", StringComparison.Ordinal) || unit.StartsWith("uk", StringComparison.Ordinal) || unit.StartsWith("vek", StringComparison.Ordinal) || unit.StartsWith("săpt", StringComparison.Ordinal) || unit.StartsWith("sett", StringComparison.Ordinal) || unit is "kw" or "周" or "hét" || unit.EndsWith("星期", StringComparison.Ordinal))
            {
                days = amount * 7;
            }
            else if (unit.StartsWith('m') && !working || m.Groups["cjkmonth"].Success)
            {
                days = amount * 30;
            }
            else if (working)
            {
                days = (int)Math.Ceiling(amount * 7 / 5m);
            }
            else
            {
                days = amount;
            }

            found.Add(new Found(days, start, m.Index + m.Length - start));
        }

        for (var m = StockWords.Occurs(text) ? Stock().Match(text) : Match.Empty; m.Success; m = m.NextMatch())
        {
            found.Add(new Found(0, m.Index, m.Length));
        }

        if (found.Count == 0 && wholeCell)
        {
            var t = text.Trim().TrimEnd('.');
            if (StockWords.Occurs(t) && StockCell().IsMatch(t))
            {
                found.Add(new Found(0, 0, text.Length));
            }
            else if (int.TryParse(t, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var bare) && bare < 1000)
            {
                found.Add(new Found(bare, 0, text.Length));
            }
        }

        return found.Count > 1 ? [.. found.OrderBy(f => f.Index)] : found;
    }

    /// <summary>
    /// The commonest lead time cell, "3 weeks", "4-6 wks" or "10 days" and nothing else, read without the patterns (which
    /// give the same reading, several times slower). Anything else returns null and goes through them.
    /// </summary>
    private static Found? SimpleDuration(string text)
    {
        var span = text.AsSpan();
        var start = span.Length - span.TrimStart().Length;
        var end = span.TrimEnd().Length;
        var at = start;
        if (!Digits(span, ref at, out var low))
        {
            return null;
        }

        var high = low;
        var highStart = -1;
        var afterLow = at;
        SkipSpaces(span, ref at);
        if (at < end && span[at] is '-' or '–')
        {
            at++;
            SkipSpaces(span, ref at);
            highStart = at;
            if (!Digits(span, ref at, out high))
            {
                return null;
            }
        }
        else
        {
            at = afterLow;
        }

        SkipSpaces(span, ref at);
        var unit = span[at..end];
        var perWeek = unit.Equals("weeks", StringComparison.OrdinalIgnoreCase) || unit.Equals("week", StringComparison.OrdinalIgnoreCase)
            || unit.Equals("wks", StringComparison.OrdinalIgnoreCase) || unit.Equals("wk", StringComparison.OrdinalIgnoreCase);
        var perDay = unit.Equals("days", StringComparison.OrdinalIgnoreCase) || unit.Equals("day", StringComparison.OrdinalIgnoreCase);
        if (!perWeek && !perDay || high > 1000)
        {
            return null;
        }

        // As the pattern does: a range runs upwards, and a falling one starts at its upper bound.
        if (low > high)
        {
            start = highStart;
        }

        return new Found(perWeek ? high * 7 : high, start, end - start);

        static bool Digits(ReadOnlySpan<char> s, ref int i, out int value)
        {
            value = 0;
            var first = i;
            while (i < s.Length && char.IsAsciiDigit(s[i]) && i - first < 5)
            {
                value = value * 10 + s[i++] - '0';
            }

            // One to four digits, not followed by a letter or a separator that would make it another token.
            return i - first is >= 1 and <= 4 && (i == s.Length || s[i] is ' ' or '-' or '–' || char.IsAsciiLetter(s[i]));
        }

        static void SkipSpaces(ReadOnlySpan<char> s, ref int i)
        {
            while (i < s.Length && s[i] == ' ')
            {
                i++;
            }
        }
    }

    /// <summary>What the stock patterns cannot match without (a lone "0" cell is the one word without letters).</summary>
    private static readonly TriggerSet StockWords = TriggerSet.Guard("stock", "stk", "shelf", "lager", "voorraad", "avail", "immediate", "sofort", "prompt", "0", "estoque", "现货", "skladem", "pronta", "inmediata", "existencia", "raktár", "stoc", "sklad", "stok", "stanie", "magazyn", "magazzino");

    [GeneratedRegex(@"(?<![\w.,-[\p{IsCJKUnifiedIdeographs}]])(?<a>\d{1,4}|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))\)?(?:\s*(?:-|–|—|to|bis|tot|~|or)\s*\(?(?<b>\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\)?)?\s*(?:\+\s*)?(?<work>(?:working|business|work|production|manufacturing|werk|arbeits|arbets|iş\s)[- ]?)?(?<unit>weeks?|weks?|wks?\.?|w\b|settiman[ae]|(?:giorni|gg\.?)(?<ouvr>\s+lavorativi)?|mesi\b|wochen|woche|kw\b|months?|mos?\.?\b|monate?|mths?|days?\b|d\b|tage?n?\b|arbeitstage?n?|werktage?n?|wds?\b|bd\b|(?-i:AT)\b|semaines?|semanas?|sem\.|jours?(?<ouvr>\s+ouvr(?:és|ables|es))?|mois\b|(?:días|dias)(?<ouvr>\s+(?:laborables|hábiles|habiles|úteis|uteis))?|dni(?<ouvr>\s+robocz\w*)?|tygodni[ea]?|tydzień|weken|dagen|maanden?|veckor|vecka|dagar|månader|måneder|månad|uger?|uker?|veker?|(?<ouvr>arbeids|virke)?dager|(?<ouvr>arbejds)?dage|týdn[ůy]|týden|týžd(?:eň|ne|ňov|ňa)|tyzd(?:en|ne|nov|na)|(?<ouvr>pracovních\s+)?dn[íůy]|hét|(?<ouvr>munka)?nap|săptămâni|zile(?<ouvr>\s+lucrătoare)?|hafta|günü?|(?<cjkwork>个?工作日)|天|周|个?星期|(?<cjkmonth>个月))", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Duration();

    [GeneratedRegex(@"\b(?:(?:ex|from|in|off|ab|on|en|em|sur)[- ]?(?:the\s+)?(?:stock|shelf|lager|estoque)|na\s+sklad(?:ě|e|u)|stokta(?:n|dır)?|raktáron|na\s+stanie|z\s+magazynu|(?:a|da|pronto)\s+magazzino|stock\s*(?:item|available)|available\s+(?:now|immediately)|immediate(?:ly)?|sofort|prompt|(?:uit|op)\s+voorraad|(?:från|på|fra|frå)\s+lager|skladem|pronta\s+(?:entrega|consegna)|entrega\s+inmediata|en\s+existencia|de\s+stock|raktárr?ól|din\s+stoc)\b|(?:有)?现货|(?<=(?:^|[,;:|(/\t]|\s[-–—]|\.{2,}|…|\s{2})\s*)stock(?=\s*(?:[,.;|()/]|$)|\s{2,})|(?<=\b(?:lead\s*time|delivery(?:\s+time)?|lieferzeit|availability)\s*:\s*)stock\b(?!\s+(?:items?|sizes?|parts?|lengths?|levels?|permitting|status|check))|(?<=(?:^|\t|\s{2})\s*)(?<!\d\s*)stk(?=[ \t]*$|\s{2,})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Stock();

    [GeneratedRegex(@"^(?:stock|stk|ex[- ]?stock|in[- ]?stock|from\s+stock|lager|ab\s+lager|från\s+lager|sofort|immediate|(?:uit\s+)?voorraad|0|现货)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex StockCell();
}
