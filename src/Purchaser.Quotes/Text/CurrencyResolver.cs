using System.Text.RegularExpressions;

namespace Purchaser.Quotes.Text;

/// <summary>
/// Turns currency marks into ISO codes for one document: <c>$</c> is USD unless the document names CAD, AUD and the
/// like; <c>¥</c> is JPY unless it names RMB or CNY.
/// </summary>
internal sealed partial class CurrencyResolver
{
    // Each statement with the words, codes or marks (any case) without which its pattern cannot match: one scan for all
    // of them tells which patterns are worth running, so a document naming one currency runs one pattern, not 24.
    private static readonly (string Code, Regex Pattern, string[] Triggers)[] Statements =
    [
        ("USD", Usd(), ["usd", "us$", "dollar"]),
        ("EUR", Eur(), ["eur", "€"]),
        ("GBP", Gbp(), ["gbp", "sterling", "pound", "£"]),
        ("JPY", Jpy(), ["jpy", "yen"]),
        ("CNY", Cny(), ["cny", "rmb", "renminbi", "yuan"]),
        ("CAD", Cad(), ["cad", "canadian", "canadien", "cdn", "c$", "ca$"]),
        ("AUD", Aud(), ["aud", "australian", "australien", "a$", "au$"]),
        ("NZD", Nzd(), ["nzd", "zealand", "nz$"]),
        ("CHF", Chf(), ["chf", "franc"]),
        ("SEK", Sek(), ["sek", "swedish"]),
        ("NOK", Nok(), ["nok", "norwegian"]),
        ("DKK", Dkk(), ["dkk", "danish"]),
        ("PLN", Pln(), ["pln", "zloty", "złoty"]),
        ("CZK", Czk(), ["czk", "czech"]),
        ("HUF", Huf(), ["huf", "forint"]),
        ("INR", Inr(), ["inr", "rupee", "₹"]),
        ("KRW", Krw(), ["krw", "won", "₩"]),
        ("MXN", Mxn(), ["mxn", "peso"]),
        ("BRL", Brl(), ["brl", "reais", "r$"]),
        ("SGD", Sgd(), ["sgd", "singapore", "s$"]),
        ("HKD", Hkd(), ["hkd", "hong", "hk$"]),
        ("TWD", Twd(), ["twd", "nt$", "taiwan"]),
        ("ZAR", Zar(), ["zar", "rand"]),
        ("TRY", Try(), ["try", "lira"]),
    ];

    private readonly string _dollar;
    private readonly string _yen;
    private readonly string? _krone;

    public CurrencyResolver(string documentText)
    {
        var stated = new List<(int Index, string Code)>();
        var candidates = Triggers.Find(documentText);
        for (var i = 0; i < Statements.Length; i++)
        {
            var (code, pattern, _) = Statements[i];
            if ((candidates & (1 << i)) == 0)
            {
                continue;
            }

            // "all prices are in USD, NOT in MXN pesos": a currency named to be ruled out is not stated.
            for (var match = pattern.Match(documentText); match.Success; match = match.NextMatch())
            {
                if (!Negated().IsMatch(documentText.AsSpan(Math.Max(0, match.Index - 12), Math.Min(12, match.Index))))
                {
                    stated.Add((match.Index, code));
                    break;
                }
            }
        }

        Stated = [.. stated.OrderBy(s => s.Index).Select(s => s.Code)];
        _dollar = Stated.FirstOrDefault(c => c is "CAD" or "AUD" or "NZD" or "SGD" or "HKD" or "TWD" or "MXN") ?? "USD";
        _yen = Stated.Contains("CNY") ? "CNY" : "JPY";
        _krone = Stated.FirstOrDefault(c => c is "SEK" or "NOK" or "DKK");
    }

    private static readonly TriggerSet Triggers = new([.. Statements.Select(s => s.Triggers)]);

    /// <summary>Currencies the document names in words or codes, first mention first.</summary>
    public IReadOnlyList<string> Stated { get; }

    public CurrencyCode? Resolve(string mark)
    {
        if (mark.Length == 3 && mark is not ("RMB" or "YEN") && char.IsAsciiLetterUpper(mark[0]) && char.IsAsciiLetterUpper(mark[1]) && char.IsAsciiLetterUpper(mark[2]))
        {
            return CurrencyCode.TryParse(mark, null, out var iso) ? iso : null;
        }

        var m = mark.Trim().TrimEnd('.');
        var code = m.ToUpperInvariant() switch
        {
            "$" => _dollar,
            "US$" => "USD",
            "C$" or "CA$" => "CAD",
            "A$" or "AU$" => "AUD",
            "NZ$" => "NZD",
            "S$" => "SGD",
            "HK$" => "HKD",
            "R$" => "BRL",
            "€" or "EURO" or "EUROS" => "EUR",
            "£" or "POUND" or "POUNDS" => "GBP",
            "¥" or "￥" => _yen,
            "YEN" => "JPY",
            "YUAN" or "RMB" => "CNY",
            "DOLLAR" or "DOLLARS" => _dollar,
            "FR" => "CHF",
            "RS" or "₹" => "INR",
            "₩" => "KRW",
            "TL" or "₺" => "TRY",
            "LEI" => "RON",
            "KR" => _krone,
            "ZŁ" => "PLN",
            "KČ" => "CZK",
            "FT" => "HUF",
            var other => other,
        };
        return code is not null && CurrencyCode.TryParse(code, null, out var result) ? result : null;
    }

    // One source-generated matcher per currency: built at compile time, not interpreted on every document.
    private const string Before = @"(?<![\w$])(?:";
    private const string After = @")(?![\w])";

    [GeneratedRegex(Before + @"USD|US\$|(?i:US\s+dollars?)|(?i:U\.S\.\s+dollars?)" + After, RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Usd();

    [GeneratedRegex(Before + @"EUR|(?i:euros?)|€" + After, RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Eur();

    [GeneratedRegex(Before + @"GBP|(?i:pounds?\s+sterling)|(?i:sterling)|(?i:british\s+pounds?)|£" + After, RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Gbp();

    [GeneratedRegex(Before + @"JPY|(?i:japanese\s+yen)|(?i:yen)" + After, RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Jpy();

    [GeneratedRegex(Before + @"CNY|RMB|(?i:renminbi)|(?i:yuan)" + After, RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Cny();

    [GeneratedRegex(Before + @"CAD(?=\s?\d)|(?<=\d\s?)CAD|(?<=(?i:in|currency:?)\s)CAD|\(CAD\)|(?i:canadian\s+dollars?)|(?i:dollars?\s+canadiens?)|CDN\$|CDN(?=\s?\d)|C\$|CA\$" + After, RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Cad();

    [GeneratedRegex(Before + @"AUD|(?i:australian\s+dollars?)|(?i:dollars?\s+australiens?)|A\$|AU\$" + After, RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Aud();

    [GeneratedRegex(Before + @"NZD|(?i:new\s+zealand\s+dollars?)|NZ\$" + After, RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Nzd();

    [GeneratedRegex(Before + @"CHF|(?i:swiss\s+francs?)" + After, RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Chf();

    [GeneratedRegex(Before + @"SEK|(?i:swedish\s+kron(?:a|or))" + After, RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Sek();

    [GeneratedRegex(Before + @"NOK|(?i:norwegian\s+kron(?:e|er))" + After, RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Nok();

    [GeneratedRegex(Before + @"DKK|(?i:danish\s+kron(?:e|er))" + After, RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Dkk();

    [GeneratedRegex(Before + @"PLN|(?i:zloty)|(?i:złoty)" + After, RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Pln();

    [GeneratedRegex(Before + @"CZK|(?i:czech\s+korun[ay])" + After, RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Czk();

    [GeneratedRegex(Before + @"HUF|(?i:forint)" + After, RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Huf();

    [GeneratedRegex(Before + @"INR|(?i:indian\s+rupees?)|₹" + After, RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Inr();

    [GeneratedRegex(Before + @"KRW|(?i:korean\s+won)|₩" + After, RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Krw();

    [GeneratedRegex(Before + @"MXN|(?i:mexican\s+pesos?)" + After, RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Mxn();

    [GeneratedRegex(Before + @"BRL|(?i:reais)|R\$" + After, RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Brl();

    [GeneratedRegex(Before + @"SGD|(?i:singapore\s+dollars?)|S\$" + After, RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Sgd();

    [GeneratedRegex(Before + @"HKD|(?i:hong\s+kong\s+dollars?)|HK\$" + After, RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Hkd();

    [GeneratedRegex(Before + @"TWD|NT\$|(?i:taiwan\s+dollars?)" + After, RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Twd();

    [GeneratedRegex(Before + @"ZAR|(?i:rand)" + After, RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Zar();

    [GeneratedRegex(Before + @"TRY|(?i:turkish\s+lira)" + After, RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Try();

    [GeneratedRegex(@"\b(?:not|no|nicht|pas|nie)\s+(?:in\s+|en\s+|in\s+the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Negated();
}
