using System.Text.RegularExpressions;

namespace Purchaser.Quotes.Text;

/// <summary>
/// Turns currency marks into ISO codes for one document: <c>$</c> is USD unless the document names CAD, AUD and the
/// like; <c>¥</c> is JPY unless it names RMB or CNY.
/// </summary>
internal sealed partial class CurrencyResolver
{
    private static readonly (string Code, Regex Pattern)[] Statements =
    [
        ("USD", Named(@"USD|US\$|(?i:US\s+dollars?)|(?i:U\.S\.\s+dollars?)")),
        ("EUR", Named(@"EUR|(?i:euros?)|€")),
        ("GBP", Named(@"GBP|(?i:pounds?\s+sterling)|(?i:sterling)|(?i:british\s+pounds?)|£")),
        ("JPY", Named(@"JPY|(?i:japanese\s+yen)|(?i:yen)")),
        ("CNY", Named(@"CNY|RMB|(?i:renminbi)|(?i:yuan)")),
        ("CAD", Named(@"CAD(?=\s?\d)|(?<=\d\s?)CAD|(?<=(?i:in|currency:?)\s)CAD|\(CAD\)|(?i:canadian\s+dollars?)|C\$|CA\$")),
        ("AUD", Named(@"AUD|(?i:australian\s+dollars?)|A\$|AU\$")),
        ("NZD", Named(@"NZD|(?i:new\s+zealand\s+dollars?)|NZ\$")),
        ("CHF", Named(@"CHF|(?i:swiss\s+francs?)")),
        ("SEK", Named(@"SEK|(?i:swedish\s+kron(?:a)|(?i:or))")),
        ("NOK", Named(@"NOK|(?i:norwegian\s+kron(?:e)|(?i:er))")),
        ("DKK", Named(@"DKK|(?i:danish\s+kron(?:e)|(?i:er))")),
        ("PLN", Named(@"PLN|(?i:zloty)|(?i:złoty)")),
        ("CZK", Named(@"CZK|(?i:czech\s+korun[ay])")),
        ("HUF", Named(@"HUF|(?i:forint)")),
        ("INR", Named(@"INR|(?i:indian\s+rupees?)|₹")),
        ("KRW", Named(@"KRW|(?i:korean\s+won)|₩")),
        ("MXN", Named(@"MXN|(?i:mexican\s+pesos?)")),
        ("BRL", Named(@"BRL|(?i:reais)|R\$")),
        ("SGD", Named(@"SGD|(?i:singapore\s+dollars?)|S\$")),
        ("HKD", Named(@"HKD|(?i:hong\s+kong\s+dollars?)|HK\$")),
        ("TWD", Named(@"TWD|NT\$|(?i:taiwan\s+dollars?)")),
        ("ZAR", Named(@"ZAR|(?i:rand)")),
        ("TRY", Named(@"TRY|(?i:turkish\s+lira)")),
    ];

    private readonly string _dollar;
    private readonly string _yen;
    private readonly string? _krone;

    public CurrencyResolver(string documentText)
    {
        Stated = [.. Statements
            .Select(s => (s.Code, Match: s.Pattern.Match(documentText)))
            .Where(s => s.Match.Success)
            .OrderBy(s => s.Match.Index)
            .Select(s => s.Code)];
        _dollar = Stated.FirstOrDefault(c => c is "CAD" or "AUD" or "NZD" or "SGD" or "HKD" or "TWD" or "MXN") ?? "USD";
        _yen = Stated.Contains("CNY") ? "CNY" : "JPY";
        _krone = Stated.FirstOrDefault(c => c is "SEK" or "NOK" or "DKK");
    }

    /// <summary>Currencies the document names in words or codes, first mention first.</summary>
    public IReadOnlyList<string> Stated { get; }

    public CurrencyCode? Resolve(string mark)
    {
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
            "KR" => _krone,
            "ZŁ" => "PLN",
            "KČ" => "CZK",
            "FT" => "HUF",
            var other => other,
        };
        return code is not null && CurrencyCode.TryParse(code, null, out var result) ? result : null;
    }

    private static Regex Named(string alternatives) =>
        new(@"(?<![\w$])(?:" + alternatives + @")(?![\w])", RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(250));
}
