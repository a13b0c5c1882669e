using System.Globalization;
using System.Text.RegularExpressions;
using Purchaser.Quotes.Text;

namespace Purchaser.Quotes.Extraction;

/// <summary>Reads quote-wide terms: validity (relative to the Date header or a written date), Incoterms and stated currency.</summary>
internal static partial class TermsReader
{
    public static void Read(string text, DocumentContext context, QuoteFindings findings)
    {
        findings.ValidUntil ??= Validity(text, context.Document.QuotedOn);
        if (findings.Incoterms is null && Incoterms.Find(text) is { } incoterm)
        {
            findings.Incoterms = incoterm.Code;
        }

        var currencies = ReferenceEquals(text, context.Document.Text) ? context.Currencies : new CurrencyResolver(text);
        foreach (var code in currencies.Stated)
        {
            if (CurrencyCode.TryParse(code, null, out var currency))
            {
                findings.VoteCurrency(currency);
            }
        }
    }

    public static DateOnly? Validity(string text, DateOnly? quotedOn)
    {
        foreach (Match word in TextPatterns.ValidityWord().Matches(text))
        {
            // "Valid from 05.06.2026" is when the offer starts; its end is stated elsewhere ("Valid to 17.07.2026").
            if (StartOfValidity().IsMatch(text.AsSpan(word.Index + word.Length)))
            {
                // "Valid from 12.06.2026 to 30.06.2026" says both in one breath.
                if (FromTo().Match(text, word.Index + word.Length) is { Success: true } range && DateParser.FindFirst(range.Groups["end"].Value, quotedOn) is { } last)
                {
                    return last.Date;
                }

                continue;
            }

            var window = text.Substring(word.Index, Math.Min(90, text.Length - word.Index));
            var stop = window.IndexOfAny(['\n', ';']);
            if (stop > 0 && stop < 25)
            {
                window = window[..Math.Min(window.Length, 60)];
            }

            // "the offer below says 30 days, but they hold these prices until August 31": the term after "but" replaces it.
            if (ButThenDate().Match(text, word.Index + word.Length) is { Success: true, Length: < 120 } but
                && DateParser.FindFirst(text.Substring(but.Index + but.Length, Math.Min(90, text.Length - but.Index - but.Length)), quotedOn) is { } amended)
            {
                return amended.Date;
            }

            var relative = Relative().Match(window);
            var date = DateParser.FindFirst(window, quotedOn);
            if (relative.Success && (date is null || relative.Index < date.Value.Index))
            {
                if (quotedOn is not { } start)
                {
                    continue;
                }

                return After(start, WrittenCount.Parse(relative.Groups["n"].Value), relative.Groups["unit"].Value);
            }

            if (date is { } d && d.Index < 60)
            {
                return d.Date;
            }

            // "Dieses Angebot ist bis 17.07.2026 gültig": the end date is written before the word.
            var lineStart = text.LastIndexOf('\n', Math.Max(0, word.Index - 1)) + 1;
            var before = text[Math.Max(lineStart, word.Index - 50)..word.Index];
            if (EndDateBefore().Match(before) is { Success: true } end && DateParser.FindFirst(end.Groups["date"].Value, quotedOn) is { } written)
            {
                return written.Date;
            }

            // "Dieses Angebot ist 45 Tage ab Angebotsdatum gültig": the period is written before the word.
            if (quotedOn is { } from && PeriodBefore().Match(before) is { Success: true } period)
            {
                return After(from, WrittenCount.Parse(period.Groups["n"].Value), period.Groups["unit"].Value);
            }
        }

        return TermsLineValidity(text, quotedOn);
    }

    // The rest of the validity's sentence from a "but" that goes on to a later end (", but ... until August 31, 2026").
    [GeneratedRegex(@"\G[^.;\n]*?\b(?:but|however|aber|jedoch|mais|pero)\b(?=[^.;\n]*?\b(?:until|till|through|thru|to|bis|jusqu|hasta)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex ButThenDate();

    /// <summary>The day <paramref name="n"/> units of <paramref name="unitWord"/> (weeks, months, days in the languages read) after <paramref name="start"/>.</summary>
    private static DateOnly After(DateOnly start, int n, string unitWord)
    {
        var unit = unitWord.ToLowerInvariant();
        return unit.StartsWith('w') || unit.StartsWith('s') || unit.StartsWith('h') && !unit.StartsWith("hó", StringComparison.Ordinal) || unit.StartsWith("ug", StringComparison.Ordinal) || unit.StartsWith("tý", StringComparison.Ordinal) || unit.StartsWith("ty", StringComparison.Ordinal) || unit.StartsWith("ve", StringComparison.Ordinal) || unit.EndsWith('周') || unit.EndsWith("星期", StringComparison.Ordinal) ? start.AddDays(n * 7)
            : unit.StartsWith('m') || unit.StartsWith("hó", StringComparison.Ordinal) || unit.EndsWith('月') ? start.AddMonths(n) : start.AddDays(n);
    }

    /// <summary>
    /// A terse footer of terms ("USD, FOB Toledo OH, 30 days.") states validity as a bare day count beside the
    /// currency or Incoterm; payment terms say "net 30 days", and a lead time would carry its own word.
    /// </summary>
    private static DateOnly? TermsLineValidity(string text, DateOnly? quotedOn)
    {
        if (quotedOn is not { } start || !text.Contains("days", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        foreach (Match line in TermsLineDays().Matches(text))
        {
            var terms = line.Groups["terms"].Value;
            if (Incoterms.Find(terms) is not null || new CurrencyResolver(terms).Stated.Count > 0)
            {
                return start.AddDays(int.Parse(line.Groups["n"].Value, CultureInfo.InvariantCulture));
            }
        }

        return null;
    }

    [GeneratedRegex(@"(?<![\d.,])(?<n>\d{1,3}|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|thirty|sixty|ninety))\)?\s*(?:de\s+)?(?:calendar\s+|working\s+|business\s+)?(?<unit>days?|weeks?|wks?|months?|tage?n?|wochen|monate?|jours|semaines?|mois|días|dias|semanas?|meses|giorni|gg|settimane|mesi|tygodni(?:e)?|miesi[ęe]c(?:y|e)|maanden|gün|hafta|dager|dage|dagar|dagen|dní|dnů|dny|dni|zile|napig|nap|uger|veckor|weken|týdnů|týdny|hét|měsíc\w*|måneder|månader|hónap\w*)\b|(?<![\d.,年])(?<n>\d{1,3})\s*(?<unit>天|个?月(?!\d|末)|周|个?星期)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Relative();

    [GeneratedRegex(@"^[ \t]*(?<terms>(?:[^,;\n]{1,30}[,;][ \t]*){1,4})(?<!\bnet[ \t]*)(?<n>\d{1,3})[ \t]*(?:calendar[ \t]+)?days[ \t]*\.?[ \t]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Multiline, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex TermsLineDays();

    [GeneratedRegex(@"\b(?:bis|until|till|through|thru|to|do|hasta|até|jusqu['’]au|tot)\s+(?:(?:zum|einschließlich|incl\.?|inclusive|en\s+met)\s+)?(?<date>\S+(?:\s+\S+){0,2}?)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex EndDateBefore();

    [GeneratedRegex(@"(?<![\d.,])(?<n>\d{1,3})\s*(?<unit>tage?n?|days?|wochen|weeks?|monate?n?|months?|dagen|weken|maanden|jours|semaines|mois|giorni|settimane|mesi|días|dias|semanas|meses|dni|tygodni|miesięcy)\s+(?:(?:ab|from|nach|after|vom)\s+\p{L}+\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex PeriodBefore();

    [GeneratedRegex(@"\G\s*(?:from|since|ab|vom|van|du|dal|desde|od)\s+\S+\s+(?:to|until|till|bis|tot|au|al|hasta|do)\s+(?<end>[^\n;]{6,20})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex FromTo();

    [GeneratedRegex(@"^\s*(?:from|since|ab|vom|à\s+partir\s+du|desde|van(?:af)?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex StartOfValidity();
}
