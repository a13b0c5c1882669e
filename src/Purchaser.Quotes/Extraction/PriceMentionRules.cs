using System.Text.RegularExpressions;
using Purchaser.Domain;
using Purchaser.Quotes.Text;

namespace Purchaser.Quotes.Extraction;

/// <summary>
/// Decides which amounts a line's text states as its price and what each is per: net over gross, no extension as a
/// price, a basis or currency stated once by a label for the amounts after it, and a price per kilogram or metre of a
/// part bought by the piece.
/// </summary>
internal static partial class PriceMentionRules
{
    /// <summary>
    /// "Gross price 0.2050 USD ... Discount 6 % ... Net price 0.1927 USD": the net price is what the buyer pays, so the
    /// gross or list price beside it is not a price of the quote.
    /// </summary>
    public static void PreferNet(string text, List<PriceMention> mentions)
    {
        if (mentions.Count < 2 || !text.Contains("net", StringComparison.OrdinalIgnoreCase) || !NetLabel().IsMatch(text))
        {
            return;
        }

        bool Labelled(PriceMention m, Regex label) => label.IsMatch(text.AsSpan(Math.Max(0, m.Index - 30), Math.Min(30, m.Index)));
        if (mentions.Exists(m => Labelled(m, NetLabel())) && mentions.Exists(m => Labelled(m, GrossLabel())))
        {
            mentions.RemoveAll(m => Labelled(m, GrossLabel()) && !Labelled(m, NetLabel()));
        }
    }

    /// <summary>
    /// "EUR 845.00/pc (RMB 6,903.65)", "USD 4.52/m (≈ KRW 6,210)": an amount in another currency in brackets right after a
    /// price converts it for the reader's information; it is no price of its own.
    /// </summary>
    public static void DropConversions(string text, List<PriceMention> mentions)
    {
        for (var i = mentions.Count - 1; i > 0; i--)
        {
            var (price, other) = (mentions[i - 1], mentions[i]);
            if (price.Currency is { } quoted && other.Currency is { } converted && quoted != converted && other.Index >= price.End
                && ConversionOpens().IsMatch(text.AsSpan(price.End, other.Index - price.End)))
            {
                mentions.RemoveAt(i);
            }
        }
    }

    /// <summary>
    /// Takes out of <paramref name="mentions"/> the add-ons priced beside a base price ("+$4.20/pc", "add $7.60 per sheet",
    /// "it's another $3.10/pc"): an add-on is never the price itself. Returns those the text says the request requires
    /// ("your print calls for it", "as specified in your RFQ"), which belong in the price; the others are options.
    /// </summary>
    public static List<PriceMention> TakeAddOns(string text, List<PriceMention> mentions)
    {
        var required = new List<PriceMention>();
        if (mentions.Count < 2 || !AddOnWords.Occurs(text))
        {
            return required;
        }

        // "setup $250 + $38.40/pc": the piece price added to a one-off charge is the price, not an add-on.
        // "2 500 pcs + : 36,75 €", "500 pièces et plus : 36,75 €": the open end of a ladder, not an add-on.
        var addOns = mentions.FindAll(m => AddOnBefore().IsMatch(text.AsSpan(Math.Max(0, m.Index - 12), Math.Min(12, m.Index)))
            && !TextPatterns.IsOneOffCharge(text.AsSpan(Math.Max(0, m.Index - 30), Math.Min(30, m.Index)))
            && !OpenTierBefore().IsMatch(text.AsSpan(Math.Max(0, m.Index - 30), Math.Min(30, m.Index))));
        if (addOns.Count == 0 || addOns.Count == mentions.Count)
        {
            return required;
        }

        foreach (var addOn in addOns)
        {
            mentions.Remove(addOn);
            var lineStart = text.LastIndexOf('\n', Math.Max(0, addOn.Index - 1)) + 1;
            var from = Math.Max(lineStart, addOn.Index - 100);
            if (RequiredByRequest().IsMatch(text.AsSpan(from, addOn.Index - from)) && !NotAsked().IsMatch(text.AsSpan(from, Math.Min(text.Length, addOn.End + 80) - from)))
            {
                required.Add(addOn);
            }
        }

        return required;
    }

    private static readonly TriggerSet AddOnWords = TriggerSet.Guard("+", "add", "plus", "another", "extra", "adder");

    [GeneratedRegex(@"(?:(?<![\w+])\+|\badd(?:itional)?|\bplus|\banother|\bextra|\badder(?:\s+of)?)\s*:?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex AddOnBefore();

    [GeneratedRegex(@"\d\s*(?:\p{L}{1,8}\.?\s*)?(?:\+|et\s+plus|and\s+up|or\s+more)\s*:?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex OpenTierBefore();

    [GeneratedRegex(@"\b(?:your\s+(?:print|drawing|rfq|request|spec\w*|inquiry)(?:\s*\([^)]{0,20}\))?\s+(?:calls\s+for|requires?|asks\s+for|specifies)|as\s+(?:specified|required|requested)|per\s+your\s+(?:print|drawing|spec\w*)|(?:is|are)\s+required|wie\s+(?:gefordert|spezifiziert)|gemäß\s+(?:Zeichnung|Anfrage))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex RequiredByRequest();

    [GeneratedRegex(@"\b(?:(?:does|do)\s*(?:n['’]t|\s+not)\s+(?:call\s+for|require|ask\s+for)|not\s+(?:included|in\s+the\s+(?:number|price))|if\s+you\s+(?:ever\s+)?(?:want|need|like))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex NotAsked();

    /// <summary>
    /// "USD 5.80 per kg, invoiced at the theoretical weight of 25.1 kg per sheet": a price per kilogram or metre of a part
    /// bought by the piece, with what one piece weighs or measures stated, is that much per piece.
    /// </summary>
    public static decimal? ByMeasurePerPiece(string text, PriceMention mention, RfqLine line, DecimalStyle style)
    {
        if (mention.Basis.Unit is not { Kind: UnitKind.Mass or UnitKind.Length, IsPackage: false } unit || line.Unit.Kind != UnitKind.Count
            || MeasurePerPiece().Match(text) is not { Success: true } m || UnitWords.Read(m.Groups["u"].Value) is not { } measured
            || measured.Kind != unit.Kind || !NumberParser.TryParse(m.Groups["n"].Value, style, out var perPiece) || perPiece <= 0)
        {
            return null;
        }

        return PriceBasis.Round(mention.Amount / (mention.Basis.Quantity * unit.Factor) * perPiece * measured.Factor);
    }

    /// <summary>
    /// "Preis EUR/100 St.: ab 1.000 St. 436,00 | ab 2.000 St. 412,00": a label naming the currency (and maybe the basis)
    /// makes the bare amounts after it prices, each with its tier quantity before it.
    /// </summary>
    public static List<PriceMention> UnderCurrencyLabel(string text, DocumentContext context, DecimalStyle style)
    {
        var found = new List<PriceMention>();
        if (!text.Contains(':') || CurrencyLabel().Match(text) is not { Success: true } label
            || context.Currencies.Resolve(label.Groups["cur"].Value) is not { } currency)
        {
            return found;
        }

        var basis = label.Groups["basis"].Success ? PriceBasis.ReadAfter(text, label.Groups["basis"].Index, out _) ?? PriceBasis.One : PriceBasis.One;
        foreach (Match amount in BareDecimal().Matches(text, label.Index + label.Length))
        {
            if (NumberParser.TryParse(amount.Value, style, out var value) && value > 0)
            {
                found.Add(new PriceMention(value, currency, amount.Index, amount.Index + amount.Length, basis));
            }
        }

        return found;
    }

    /// <summary>
    /// "Priced per mille: 10,000+ USD 21.40, 25,000+ USD 19.85": a basis stated by the label before the prices is theirs,
    /// where they state none of their own.
    /// </summary>
    public static void ApplyLabelBasis(string text, List<PriceMention> mentions)
    {
        if (mentions.Count == 0 || !text.Contains(':'))
        {
            return;
        }

        if (LabelBasis().Match(text) is { Success: true } label && PriceBasis.ReadAfter(text, label.Groups["basis"].Index, out _) is { } basis)
        {
            Apply(mentions, basis, after: label.Index);
        }
        else if (FieldWords.Occurs(text) && FieldBasis().Match(text) is { Success: true } field
            && (field.Groups["inline"].Success ? PriceBasis.ReadCell(field.Groups["inline"].Value) : FieldValue(text, field.Index + field.Length)) is { } stated && stated != PriceBasis.One)
        {
            // "Unit price: 3.05 / Price unit (each/100/1000): per 100": a form's own field for the basis sizes the price
            // its line gives, before or after it.
            Apply(mentions, stated, after: -1);
        }
    }

    private static void Apply(List<PriceMention> mentions, PriceBasis basis, int after)
    {
        for (var i = 0; i < mentions.Count; i++)
        {
            if (mentions[i].Index > after && mentions[i].Basis == PriceBasis.One)
            {
                mentions[i] = mentions[i] with { Basis = basis };
            }
        }
    }

    // The field's value: a basis as prose writes it ("per 100", "/1000", "per M") or as a cell holds it ("100", "each").
    private static PriceBasis? FieldValue(string text, int start)
    {
        while (start < text.Length && text[start] == ' ')
        {
            start++;
        }

        return PriceBasis.ReadAfter(text, start, out _)
            ?? (FieldCount().Match(text, start) is { Success: true } count && count.Index == start ? PriceBasis.ReadCell(count.Value) : null);
    }

    /// <summary>
    /// "$0.0694 each (8,000 pcs = $555.20)": an amount after "quantity =" that is another stated price times that quantity
    /// is the extension, not a price of its own (a break, "1,000 pcs = $0.15", is no such product).
    /// </summary>
    public static void DropExtensions(string text, List<PriceMention> mentions, DecimalStyle style)
    {
        if (mentions.Count < 2 || !text.Contains('='))
        {
            return;
        }

        mentions.RemoveAll(total =>
        {
            var m = QuantityEquals().Match(text, Math.Max(0, total.Index - 30), Math.Min(30, total.Index));
            return m.Success && NumberParser.TryParseCount(m.Groups["n"].Value, style, out var quantity) && quantity > 1
                && mentions.Exists(unit => unit.Index != total.Index && Math.Abs(unit.Amount * quantity - total.Amount) <= Math.Max(0.01m, total.Amount * 0.001m));
        });
    }

    /// <summary>
    /// "$0.066-0.074 depending on end finish ... your print calls for ground ends, so $0.074": a price the vendor
    /// concludes with ("so", "therefore") is the one that applies.
    /// </summary>
    public static void PreferConclusion(string text, List<PriceMention> mentions)
    {
        if (mentions.Count < 2)
        {
            return;
        }

        var concluded = mentions.FindLastIndex(m => Conclusion().IsMatch(text.AsSpan(Math.Max(0, m.Index - 12), Math.Min(12, m.Index))));
        if (concluded >= 0)
        {
            var kept = mentions[concluded];
            mentions.Clear();
            mentions.Add(kept);
        }
    }

    /// <summary>Whether <paramref name="text"/> starts with a net price label ("Net price 0.1927 USD").</summary>
    public static bool StartsWithNetPrice(string text) => NetLabel().Match(text) is { Success: true } m && text.AsSpan(0, m.Index).Trim().IsEmpty;

    [GeneratedRegex(@"^\s*[(\[]\s*(?:≈|~|approx\.?|ca\.?|about|=)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex ConversionOpens();

    [GeneratedRegex(@"\b(?:net(?:t|to)?\s+(?:unit\s+)?price|nettopreis|prix\s+net|precio\s+neto|prezzo\s+netto)\b[^\n]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex NetLabel();

    [GeneratedRegex(@"\b(?:gross|list|brutto|catalog(?:ue)?)\s+(?:unit\s+)?price\b[^\n]*$|\b(?:listenpreis|bruttopreis)\b[^\n]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex GrossLabel();

    [GeneratedRegex(@"(?<n>\d[\d,.']*)\s*(?:[A-Za-z]{1,6}\.?\s*)?=\s*$", RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex QuantityEquals();

    [GeneratedRegex(@"\b(?:priced|prices?|pricing|\w*preise?|prix|precios?|prezz[oi])(?:\s+(?:breaks?|tiers?|scales?|d[ée]gressifs))?\s+(?:in\s+)?(?:[A-Z]{3}\s*)?(?<basis>(?:per|pro|je|par|/)\s*[^:\n(]{1,20}?)\s*(?:\([^)\n]{0,40}\)\s*)?:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex LabelBasis();

    private static readonly TriggerSet FieldWords = TriggerSet.Guard("price", "pricing", "preiseinheit", "prix", "precio");

    [GeneratedRegex(@"\b(?:(?:price|pricing)\s+(?:unit|basis|per)|preiseinheit|unit[ée]\s+de\s+prix|unidad\s+de\s+precio)\b(?:\s*\([^)\n]{0,30}\))?\s*(?<inline>\d{1,3}(?:[.,']?\d{3})*)?\s*:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex FieldBasis();

    [GeneratedRegex(@"\d{1,3}(?:[,.']?\d{3})*(?![\d.,]\d)\b", RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex FieldCount();

    [GeneratedRegex(@"\b(?i:(?:unit\s+)?\w*(?:price|preis|prix|precio|prezz|prij[sz]|pris|pre[çc]o|cena)\w*)\s*(?<basis>(?i:/|per|pro|je)\s*[^:(\n]{1,15}?)?\s*\(?(?<cur>[A-Z]{3}|[$€£])(?:\s*,\s*(?i:netto|net|excl\.?\s+\w+|zzgl\.?\s+\w+))?\)?\s*(?<basis>(?i:/|per|pro|je)\s*[^:\n]{1,15}?)?(?:\s+(?i:by|for|according\s+to|depending\s+on)\s+[^:\n]{1,25}?)?\s*:", RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex CurrencyLabel();

    // An amount with cents and nothing glued to it: "436,00", "1.250,50", "21.40".
    [GeneratedRegex(@"(?<![\w.,-])\d{1,3}(?:[.,' ]\d{3})*[.,]\d{2}(?![\w.,%-])", RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex BareDecimal();

    [GeneratedRegex(@"(?<n>\d+(?:[.,]\d+)?)\s*(?<u>kg|g|lbs?|t|m|mm)\s*(?:per|/|a|each)\s*(?:sheet|piece|pc|pcs|ea|each|unit|part|plate|casting|bar|length|blank)\b|(?:weigh(?:s|t|ing)?|gewicht)\s*(?:of\s+|is\s+|:\s*)?(?<n>\d+(?:[.,]\d+)?)\s*(?<u>kg|g|lbs?)\s*(?:each|(?:per|je|pro)\s+\p{L}+|/\s*(?:pc|st|stk))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex MeasurePerPiece();

    [GeneratedRegex(@"\b(?:so|therefore|thus|hence)\s*,?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Conclusion();
}
