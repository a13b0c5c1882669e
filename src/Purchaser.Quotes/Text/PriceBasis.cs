using System.Text.RegularExpressions;
using Purchaser.Domain;

namespace Purchaser.Quotes.Text;

/// <summary>What a stated price is for: "/M", "per 1000 pcs", "per box of 500", "/ 100 pcs", "per 305 m spool", "each".</summary>
/// <param name="Quantity">How many <paramref name="Unit"/> the price buys.</param>
/// <param name="Unit">The unit, or null for the RFQ unit.</param>
/// <param name="UpperM">Whether the unit was written as a capital M (per thousand for counted goods, per metre for lengths).</param>
internal readonly partial record struct PriceBasis(decimal Quantity, UnitWord? Unit, bool UpperM)
{
    public static PriceBasis One { get; } = new(1, null, false);

    /// <summary>Reads a basis at the start of <paramref name="text"/>; <paramref name="length"/> is how much it used.</summary>
    public static PriceBasis? ReadAfter(string text, out int length) => ReadAfter(text, 0, out length);

    /// <summary>Reads a basis starting at <paramref name="start"/> of <paramref name="text"/>; <paramref name="length"/> is how much it used.</summary>
    public static PriceBasis? ReadAfter(string text, int start, out int length)
    {
        length = 0;
        // An amount also written in words ("USD 71.50 (seventy-one US dollars and fifty cents) per thousand"): the basis
        // follows the words.
        if (WordsInParentheses(text.AsSpan(start)) is > 0 and var words && ReadAfter(text, start + words, out var afterWords) is { } basis)
        {
            length = words + afterWords;
            return basis;
        }

        // A tax note between the amount and its basis ("32,40 € HT le mille", "USD 4.10 excl. VAT per kg").
        if (TaxNote().Match(text, start) is { Success: true } tax && tax.Index == start && ReadAfter(text, start + tax.Length, out var afterTax) is { } taxed)
        {
            length = tax.Length + afterTax;
            return taxed;
        }

        if (!CanStartBasis(text.AsSpan(start)))
        {
            return null;
        }

        if (start > 0)
        {
            text = text[start..];
        }

        var m = ChineseCount().Match(text);
        if (m.Success)
        {
            length = m.Length;
            var scale = m.Groups["scale"].Value switch { "百" => 100m, "千" => 1000m, "万" => 10_000m, _ => 1m };
            return new PriceBasis(scale, UnitWords.Read("pc"), false);
        }

        m = PackOf().Match(text);
        if (m.Success && TryCount(m.Groups["n"].Value, out var packQty) && packQty > 0)
        {
            length = m.Length;
            var unit = UnitWords.Read(m.Groups["u"].Value);
            return new PriceBasis(packQty, unit is { IsPackage: false } ? unit : UnitWords.Read("pc"), false);
        }

        m = Counted().Match(text);
        if (m.Success && TryCount(m.Groups["n"].Value, out var n) && n > 0)
        {
            var unitText = m.Groups["u"].Value;
            var unit = UnitWords.Read(unitText);
            var pack = m.Groups["pack"].Success ? UnitWords.Read(m.Groups["pack"].Value) : null;
            if (unitText.Length > 0 && unit is null)
            {
                length = m.Groups["n"].Index + m.Groups["n"].Length;
                return new PriceBasis(n, null, false);
            }

            length = m.Length;
            if (unit is { IsPackage: true })
            {
                return new PriceBasis(n, unit, false);
            }

            _ = pack;
            return new PriceBasis(n, unit, unitText == "M");
        }

        // "US$ 19,80 por mil unidades", "za tisíc ks": per thousand in words that are no unit elsewhere ("5 mil" is a
        // thickness).
        m = PerThousandWord().Match(text);
        if (m.Success)
        {
            length = m.Length;
            return new PriceBasis(1000, UnitWords.Read("pc"), false);
        }

        m = PerUnit().Match(text);
        if (m.Success && UnitWords.Read(m.Groups["u"].Value) is { } word)
        {
            length = m.Length;
            return new PriceBasis(1, word, m.Groups["u"].Value == "M");
        }

        m = Each().Match(text);
        if (m.Success)
        {
            length = m.Length;
            return new PriceBasis(1, UnitWords.Read("pc"), false);
        }

        return null;
    }

    /// <summary>Every basis pattern starts, after spaces, with "/", "per", "pro", "je", "za", "a", "for", "each", "ea", "net", an article ("la", "le", "el", "par", "por") or "每".</summary>
    private static bool CanStartBasis(ReadOnlySpan<char> text)
    {
        var first = text.TrimStart();
        return !first.IsEmpty && ((first[0] | 0x20) is '/' or 'p' or 'j' or 'a' or 'f' or 'e' or 'n' or 'l' or 'o' or 'c' or 'z' || first[0] == '每');
    }

    /// <summary>Reads a basis written as a column header or cell: "1000", "305 m spool", "per 100", "/M", "box of 500".</summary>
    public static PriceBasis? ReadCell(string? cell)
    {
        if (string.IsNullOrWhiteSpace(cell))
        {
            return null;
        }

        var t = cell.Trim();
        if (TryCount(t, out var bare) && bare > 0)
        {
            return new PriceBasis(bare, null, false);
        }

        if (ReadAfter(t, out _) is { } basis)
        {
            return basis;
        }

        return ReadAfter("per " + t, out _);
    }

    /// <summary>The price per one RFQ unit of <paramref name="line"/>, or null when the basis cannot be converted.</summary>
    public decimal? ToRfqUnit(decimal amount, RfqLine line, PackSizes packs)
    {
        if (Quantity <= 0)
        {
            return null;
        }

        if (Unit is not { } unit)
        {
            return Round(Quantity == 1 ? amount : amount / Quantity);
        }

        var rfqBase = UnitWords.BaseFactor(line.Unit, packs);
        var rfqKind = line.Unit.Kind == UnitKind.Package ? UnitKind.Count : line.Unit.Kind;
        unit = UnitWords.ForLine(unit, rfqKind);

        decimal basisBase;
        if (unit.IsPackage)
        {
            if (UnitWords.Read(line.Unit.Code) is { IsPackage: true } rfqPack && rfqPack.Word == unit.Word)
            {
                return Round(amount / Quantity);
            }

            if (packs.For(unit.Word) is not { } size)
            {
                return null;
            }

            basisBase = Quantity * size;
        }
        else if (unit.Kind == UnitKind.Length && rfqKind == UnitKind.Count && unit.Factor == 1)
        {
            basisBase = Quantity * 1000;
        }
        else if (unit.Kind != rfqKind)
        {
            return unit.Kind == UnitKind.Count && unit.Factor == 1 ? Round(amount / Quantity) : null;
        }
        else
        {
            basisBase = Quantity * unit.Factor;
        }

        if (rfqBase is not { } perRfqUnit || basisBase <= 0)
        {
            return null;
        }

        return Round(amount / basisBase * perRfqUnit);
    }

    /// <summary>Rounds to eight decimals and drops trailing zeros.</summary>
    public static decimal Round(decimal value)
    {
        var rounded = decimal.Round(value, 8, MidpointRounding.AwayFromZero);
        if (rounded.Scale == 0)
        {
            return rounded;
        }

        // Trailing zeros dropped by integer steps on the 96-bit digits: 12.500 is 12.5.
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(rounded, bits);
        var digits = ((UInt128)(uint)bits[2] << 64) | ((UInt128)(uint)bits[1] << 32) | (uint)bits[0];
        var scale = rounded.Scale;
        if (digits % 10 != 0)
        {
            return rounded;
        }

        while (scale > 0 && digits % 10 == 0)
        {
            digits /= 10;
            scale--;
        }

        return new decimal((int)(uint)digits, (int)(uint)(digits >> 32), (int)(uint)(digits >> 64), rounded < 0, scale);
    }

    // A quantity a price is for: "per 1.000 pcs" and "per 1,000" are both a thousand, since no price is for one piece
    // written with three decimals; anything else is read as a number.
    private static bool TryCount(string text, out decimal count)
    {
        if (GroupedThousands().IsMatch(text))
        {
            count = decimal.Parse(string.Concat(text.Where(char.IsAsciiDigit)), System.Globalization.CultureInfo.InvariantCulture);
            return true;
        }

        return NumberParser.TryParse(text, DecimalStyle.Unknown, out count);
    }

    // The length of a parenthesis of words right at the start ("  (forty-four US dollars)"), or 0: one without figures,
    // so a basis written in parentheses ("(per 100)") is not skipped as words.
    private static int WordsInParentheses(ReadOnlySpan<char> text)
    {
        var open = text.IndexOfAnyExcept(' ');
        if (open < 0 || text[open] != '(')
        {
            return 0;
        }

        var inner = text[(open + 1)..];
        var close = inner.IndexOfAny('(', ')');
        if (close < 0 || inner[close] != ')' || close > 100)
        {
            return 0;
        }

        inner = inner[..close];
        return inner.IndexOfAnyInRange('0', '9') < 0 && inner.IndexOfAnyInRange('a', 'z') >= 0 ? open + close + 2 : 0;
    }

    /// <summary>"/件", "/千件", "每百个": per piece, per thousand, per hundred pieces, in Chinese counting words.</summary>
    [GeneratedRegex(@"^\s*(?:/|每)\s*(?<scale>百|千|万)?(?:件|个|只|套|支|根|片|粒|颗|pcs?\b)", RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex ChineseCount();

    [GeneratedRegex(@"^\s*(?:/|per|pro|je|a|for\s+(?:a|one|each)|each|la|le|les|par|el|por)\s*(?:(?:big|bulk|jumbo)\s+)?(?:box|pack|package|pkg|packet|bag|reel|roll|spool|carton|case|tube|bundle|coil|drum|pallet|set|kit|lot|los|" + UnitWords.PackagesAbroad + @")s?\s+(?:of|with|à|a|containing|de|del|da|von|mit|con|com|van|om|af|med)\s+(?<n>\d[\d,.']*)\s*(?<u>(?!(?:in|at|on|to|for|and|or|ex|from|is|are)\b)[A-Za-z]+\.?)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex PackOf();

    [GeneratedRegex(@"^\s*(?:/|per|pro|pr\.|je|les|la|le|par|el|los|por(?:\s+cada)?|ogni)\s*(?<n>(?>\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?![\d,.])|\d(?:[\d,.']*\d)?))(?!k?\s*\+|k?\s*[-–]\s*\d[\d,.']*k?\s*[:+]|k?\s*(?:[A-Za-z]{1,6}\.?\s*)?@|k?\s*(?:[A-Za-z]{1,6}\.?\s*)?[:=]?\s*[$€£¥])\s*(?<u>(?!(?:in|at|on|to|for|and|or|ex|from|is|are)\b)[A-Za-z]+\.?)?(?:\s*(?<pack>box|pack|package|bag|reel|roll|spool|carton|case|tube|bundle|coil|drum|" + UnitWords.PackagesAbroad + @")s?\b)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Counted();

    [GeneratedRegex(@"^\s*(?i:/|per|pro|pr\.|je|al|an|a|la|les|le|par|el|por|o(?=\s+(?:milheiro|milhar|cento)\b))\s*(?i:(?:big|bulk|jumbo)\s+)?(?<u>(?i:(?:sell(?:ing)?|sales?)\s+units?)|\p{L}+\d?|m²|m³)\b\.?", RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex PerUnit();

    [GeneratedRegex(@"^\s*(?:por|per|pro|za|na)\s+(?:mil|tisíc|tisic|tysiąc|tysiac)\b(?:\s+(?:unidades|uds\.?|piezas|pzas\.?|peças|ks|kusů|szt\.?|sztuk))?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex PerThousandWord();

    [GeneratedRegex(@"^\s*(?:each|ea\b\.?|apiece|a\s+piece|per\s+piece|net\s+each|/\s*ea\b|each\s+net|cad\b\.?|cadauno|c/u\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Each();

    [GeneratedRegex(@"\G\s*(?:HT|H\.T\.|HTVA|excl\.?\s+(?:VAT|GST|tax)|ex\.?\s+(?:VAT|GST)|zzgl\.?\s+MwSt\.?|netto|sin\s+IVA|\+\s*IVA|\+\s*VAT|plus\s+VAT)(?![\w])", RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex TaxNote();

    [GeneratedRegex(@"^\d{1,3}(?:[.,'’ \u00A0\u202F]\d{3})+$", RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex GroupedThousands();
}
