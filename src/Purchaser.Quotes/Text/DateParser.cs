using System.Globalization;
using System.Text.RegularExpressions;

namespace Purchaser.Quotes.Text;

/// <summary>Finds written dates (2026-07-15, 2026/07/15, 2026年7月15日, 06/30/2026, 31.07.2026, July 31, 2026, 31 Jul 2026).</summary>
internal static partial class DateParser
{
    private static readonly string[] Months =
    [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];

    private static readonly Dictionary<string, int> ExtraMonths = new(StringComparer.OrdinalIgnoreCase)
    {
        ["mär"] = 3, ["mai"] = 5, ["okt"] = 10, ["dez"] = 12, ["juni"] = 6, ["juli"] = 7, ["janv"] = 1, ["févr"] = 2, ["avr"] = 4, ["mars"] = 3,
        ["juin"] = 6, ["juil"] = 7, ["août"] = 8, ["déc"] = 12, ["sept"] = 9, ["maart"] = 3, ["mei"] = 5,
        ["már"] = 3, ["ápr"] = 4, ["máj"] = 5, ["jún"] = 6, ["júl"] = 7, ["szept"] = 9, ["ene"] = 1, ["abr"] = 4, ["ago"] = 8,
        ["set"] = 9, ["out"] = 10, ["dic"] = 12, ["gen"] = 1, ["mag"] = 5, ["giu"] = 6, ["lug"] = 7, ["ott"] = 10, ["iun"] = 6, ["iul"] = 7,
        ["sty"] = 1, ["lut"] = 2, ["kwi"] = 4, ["maj"] = 5, ["czer"] = 6, ["lip"] = 7, ["sier"] = 8, ["wrz"] = 9, ["paź"] = 10, ["lis"] = 11, ["gru"] = 12,
    };

    /// <summary>The first date in <paramref name="text"/> with where it ends; null when there is none.</summary>
    public static (DateOnly Date, int Index, int End)? FindFirst(string text, DateOnly? reference = null)
    {
        (DateOnly, int, int)? best = null;
        // Dates are written with digits, except "the end of July".
        if (!TextPatterns.HasDigit(text) && !text.Contains("end of", StringComparison.OrdinalIgnoreCase))
        {
            return best;
        }

        foreach (var regex in new[] { Iso(), Numeric(), MonthFirst(), DayFirst(), YearFirstNamed(), EndOfMonth() })
        {
            foreach (Match m in regex.Matches(text))
            {
                if (TryBuild(m, reference) is { } date && (best is null || m.Index < best.Value.Item2))
                {
                    best = (date, m.Index, m.Index + m.Length);
                    break;
                }
            }
        }

        // "w/c 13 July", "week commencing 6 July": delivery within that week, so by its Friday, as a calendar week is read.
        if (best is { } found && WeekCommencing().IsMatch(text.AsSpan(0, found.Item2)))
        {
            var (date, index, end) = found;
            var daysToFriday = ((int)DayOfWeek.Friday - (int)date.DayOfWeek + 7) % 7;
            best = (date.AddDays(daysToFriday is 6 ? -1 : daysToFriday), index, end);
        }

        return best;
    }

    /// <summary>
    /// A cell holding only a day and month ("7/17" in a US ship-date column, "17.07." in a German one), in the year that
    /// makes it the next such day from <paramref name="reference"/>; null for anything else.
    /// </summary>
    public static DateOnly? MonthDayCell(string cell, DateOnly reference)
    {
        var m = MonthDay().Match(cell);
        if (!m.Success)
        {
            return null;
        }

        var a = int.Parse(m.Groups["a"].Value, CultureInfo.InvariantCulture);
        var b = int.Parse(m.Groups["b"].Value, CultureInfo.InvariantCulture);
        var (month, day) = m.Groups["sep"].Value == "/" && a <= 12 ? (a, b) : (b, a);
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(reference.Year, month))
        {
            return null;
        }

        var date = new DateOnly(reference.Year, month, day);
        return date < reference ? date.AddYears(1) : date;
    }

    [GeneratedRegex(@"^\s*(?<a>\d{1,2})(?<sep>[/.])(?<b>\d{1,2})\.?\s*$", RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex MonthDay();

    private static DateOnly? TryBuild(Match m, DateOnly? reference)
    {
        int year, month, day;
        var endOfMonth = false;
        if (m.Groups["rel"].Success || m.Groups["q"].Success)
        {
            // "the end of this month" and "through Q3 (2026)" end on the last day of that month or quarter.
            if (reference is not { } today && !m.Groups["y"].Success)
            {
                return null;
            }

            month = m.Groups["q"].Success ? (m.Groups["q"].Value[0] - '0') * 3 : reference!.Value.Month;
            year = m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture) : 0;
            endOfMonth = true;
            day = 28;
        }
        else if (m.Groups["mon"].Success)
        {
            month = MonthNumber(m.Groups["mon"].Value);
            year = m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture) : 0;

            // "the end of June (2026)" is its last day, found once the year is known.
            endOfMonth = !m.Groups["d"].Success;
            day = endOfMonth ? 28 : int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        }
        else if (m.Groups["iy"].Success)
        {
            year = int.Parse(m.Groups["iy"].Value, CultureInfo.InvariantCulture);
            month = int.Parse(m.Groups["im"].Value, CultureInfo.InvariantCulture);
            day = int.Parse(m.Groups["id"].Value, CultureInfo.InvariantCulture);
        }
        else
        {
            var a = int.Parse(m.Groups["a"].Value, CultureInfo.InvariantCulture);
            var b = int.Parse(m.Groups["b"].Value, CultureInfo.InvariantCulture);
            year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
            var dotted = m.Groups["sep"].Value is "." or "-";
            (day, month) = a > 12 ? (a, b) : b > 12 ? (b, a) : dotted ? (a, b) : (b, a);
        }

        if (year == 0)
        {
            if (reference is not { } r)
            {
                return null;
            }

            year = r.Year;
            if (month > 0 && day is >= 1 and <= 31 && DateOnly.TryParse($"{year:D4}-{month:D2}-{Math.Min(day, DateTime.DaysInMonth(year, month)):D2}", CultureInfo.InvariantCulture, out var guess) && guess < r)
            {
                year++;
            }
        }
        else if (year < 100)
        {
            year += 2000;
        }

        if (endOfMonth && month is >= 1 and <= 12 && year is >= 2000 and <= 2100)
        {
            day = DateTime.DaysInMonth(year, month);
        }

        if (month is < 1 or > 12 || year is < 2000 or > 2100 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        return new DateOnly(year, month, day);
    }

    private static int MonthNumber(string name)
    {
        var key = name.Trim('.').ToLowerInvariant();
        foreach (var (prefix, number) in ExtraMonths)
        {
            if (key.StartsWith(prefix, StringComparison.Ordinal))
            {
                return number;
            }
        }

        return key.Length >= 3 ? Array.IndexOf(Months, key[..3]) + 1 : 0;
    }

    [GeneratedRegex(@"(?<![\d.])(?<iy>20\d\d)(?:[-/.]|\s*年\s*)(?<im>\d{1,2})(?:[-/.]|\s*月\s*)(?<id>\d{1,2})(?![\d])", RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Iso();

    [GeneratedRegex(@"\b(?:w/[cb]|w\.c\.|wc|wk\s+comm?\.?|week\s+(?:commencing|beginning|starting|of))\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex WeekCommencing();

    [GeneratedRegex(@"(?<![\d./-])(?<a>\d{1,2})(?<sep>[/.-])(?:(?<=\.)[ \u00A0])?(?<b>\d{1,2})\k<sep>(?:(?<=\.)[ \u00A0])?(?<y>20\d\d|\d\d)(?![\d])", RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Numeric();

    [GeneratedRegex(@"\b(?<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?<y>20\d\d))?(?![\d:])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex MonthFirst();

    [GeneratedRegex(@"(?<![\d])(?<d>\d{1,2})(?:st|nd|rd|th)?\.?[\s-]+(?:of\s+|de\s+)?(?<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|januar|februar|märz|mai|juni|juli|oktober|dezember|mär|okt|dez|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|maart|mei|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|ianuarie|iunie|iulie|septembrie|octombrie|noiembrie|decembrie|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia)\.?(?:[\s,-]+(?:de\s+)?(?<y>20\d\d))?(?![\d])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex DayFirst();

    // "2026. július 31-ig": Hungarian writes the year first, then the month's name and the day.
    [GeneratedRegex(@"(?<![\d])(?<y>20\d\d)\.?\s+(?<mon>január|február|március|április|május|június|július|augusztus|szeptember|október|november|december)\s+(?<d>\d{1,2})\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex YearFirstNamed();

    [GeneratedRegex(@"\bend\s+of\s+(?:the\s+|this\s+)?(?<rel>month)\b|\bQ(?<q>[1-4])(?:\s*[/-]?\s*(?<y>20\d\d))?\b|\bend\s+of\s+(?<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?(?:,?\s+(?<y>20\d\d)\b)?(?!\s*\d)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex EndOfMonth();
}
