using System.Globalization;
using System.Text.RegularExpressions;

namespace Purchaser.Quotes.Text;

/// <summary>
/// A delivery named by its calendar week ("KW 34", "CW 34", "week 34", "wk. 34/2026"): the ISO week's Friday, the last
/// working day of the week, counted in days from the quote date. A week already past this year is next year's.
/// </summary>
internal static partial class CalendarWeek
{
    public static int? DaysAfter(string text, DateOnly quotedOn)
    {
        if (!TextPatterns.HasDigit(text) || Week().Match(text) is not { Success: true } m)
        {
            return null;
        }

        var week = int.Parse(m.Groups["w"].Value, CultureInfo.InvariantCulture);
        var year = m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture) : quotedOn.Year;
        if (week is < 1 or > 53 || (week == 53 && ISOWeek.GetWeeksInYear(year) < 53))
        {
            return null;
        }

        var friday = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Friday));
        if (!m.Groups["y"].Success && friday < quotedOn)
        {
            friday = DateOnly.FromDateTime(ISOWeek.ToDateTime(year + 1, Math.Min(week, ISOWeek.GetWeeksInYear(year + 1)), DayOfWeek.Friday));
        }

        return friday >= quotedOn ? friday.DayNumber - quotedOn.DayNumber : null;
    }

    [GeneratedRegex(@"\b(?:KW|CW|calendar\s+week|week|wk\.?|semaine|semana|settimana|uge|uke|vecka)\s*(?<w>\d{1,2})(?:\s*/\s*(?<y>20\d\d))?\b(?!\s*(?:weeks?|wks?|days?|wochen|tage))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Week();
}
