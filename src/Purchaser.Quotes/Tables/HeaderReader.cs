using System.Text.RegularExpressions;

namespace Purchaser.Quotes.Tables;

/// <summary>Recognizes header cells by meaning, in English and German: "Einzelpreis / Price each" is a unit price.</summary>
internal static partial class HeaderReader
{
    public static ColumnRole Role(string header)
    {
        var h = WhiteSpace().Replace(header.ToLowerInvariant().Replace('_', ' '), " ").Trim();
        if (h.Length == 0 || h.Length > 60)
        {
            return ColumnRole.Unknown;
        }

        if (Alternate().IsMatch(h))
        {
            return ColumnRole.Alternate;
        }

        if (BreakPrice().IsMatch(h))
        {
            return ColumnRole.BreakPrice;
        }

        if (BreakQuantity().IsMatch(h))
        {
            return ColumnRole.BreakQuantity;
        }

        if (Moq().IsMatch(h))
        {
            return ColumnRole.Moq;
        }

        if (Total().IsMatch(h))
        {
            return ColumnRole.Total;
        }

        if (PriceUnit().IsMatch(h))
        {
            return ColumnRole.PriceUnit;
        }

        if (Previous().IsMatch(h))
        {
            return ColumnRole.Previous;
        }

        if (Lead().IsMatch(h))
        {
            return ColumnRole.LeadTime;
        }

        if (Price().IsMatch(h))
        {
            return ColumnRole.UnitPrice;
        }

        if (Currency().IsMatch(h))
        {
            return ColumnRole.Currency;
        }

        if (Quantity().IsMatch(h))
        {
            return ColumnRole.Quantity;
        }

        if (Unit().IsMatch(h))
        {
            return ColumnRole.Unit;
        }

        if (LineNumber().IsMatch(h))
        {
            return ColumnRole.LineNumber;
        }

        if (Part().IsMatch(h))
        {
            return ColumnRole.Part;
        }

        if (Description().IsMatch(h))
        {
            return ColumnRole.Description;
        }

        return Comment().IsMatch(h) ? ColumnRole.Comment : ColumnRole.Unknown;
    }

    [GeneratedRegex(@"\s+", RegexOptions.None, 100)]
    private static partial Regex WhiteSpace();

    [GeneratedRegex(@"\b(?:alternat\w*|alt\.?\s*(?:part|p/?n|item)|substitut\w*|equivalent|(?:offered|quoted|proposed)\s+(?:part|item|p/?n)|replacement|ersatz)\b", RegexOptions.CultureInvariant, 100)]
    private static partial Regex Alternate();

    [GeneratedRegex(@"\b(?:break|tier|staffel|volume|discount)\w*\s*(?:unit\s+)?(?:price|preis|cost)|(?:price|preis)\s*(?:break|tier|staffel)\s*(?:price)?$", RegexOptions.CultureInvariant, 100)]
    private static partial Regex BreakPrice();

    [GeneratedRegex(@"\b(?:break|tier|staffel|volume)\w*\s*(?:qty|quantity|menge|from|min|at)|(?:qty|quantity)\s*(?:break|tier)", RegexOptions.CultureInvariant, 100)]
    private static partial Regex BreakQuantity();

    [GeneratedRegex(@"\b(?:moq|mbq|min(?:imum)?\.?\s*(?:order|ord|qty|quantity|buy|lot)\w*|mindest\w*|min\.?)\b", RegexOptions.CultureInvariant, 100)]
    private static partial Regex Moq();

    [GeneratedRegex(@"\b(?:total|extended|ext\.?\s*price|gesamt\w*|amount|line\s+value|value|summe|betrag|montant)\b", RegexOptions.CultureInvariant, 100)]
    private static partial Regex Total();

    [GeneratedRegex(@"^(?:per|pe|price\s*unit|pricing\s*unit|price\s+per|preiseinheit|unit\s+of\s+price|price\s+basis|per\s+qty|uom\s+price)$|\bprice\s+unit\b|\bpreiseinheit\b", RegexOptions.CultureInvariant, 100)]
    private static partial Regex PriceUnit();

    [GeneratedRegex(@"\b(?:previous|old|original|was|prior|last|vorher|bisher|alt)\b", RegexOptions.CultureInvariant, 100)]
    private static partial Regex Previous();

    [GeneratedRegex(@"\b(?:lead|leadtime|lead\s*time|lt|delivery|del\.?|deliv\w*|lieferzeit|liefertermin|lieferung|ship\w*|availability|avail\.?|dispatch|ready|termin|délai|plazo)\b", RegexOptions.CultureInvariant, 100)]
    private static partial Regex Lead();

    [GeneratedRegex(@"\b(?:price|prices|preis|einzelpreis|ep|rate|cost|each|revised|new|current|updated|offer|prix|precio|usd|eur|gbp|jpy|cny)\b|preis", RegexOptions.CultureInvariant, 100)]
    private static partial Regex Price();

    [GeneratedRegex(@"^(?:currency|curr\.?|cur\.?|ccy|währung|devise)$", RegexOptions.CultureInvariant, 100)]
    private static partial Regex Currency();

    [GeneratedRegex(@"\b(?:qty|qty\.|quantity|quantities|menge|anzahl|qté|quantité|cantidad|pcs|stück)\b", RegexOptions.CultureInvariant, 100)]
    private static partial Regex Quantity();

    [GeneratedRegex(@"^(?:unit|units|uom|u/m|um|einheit|me|unit of measure|unité)$", RegexOptions.CultureInvariant, 100)]
    private static partial Regex Unit();

    [GeneratedRegex(@"^(?:#|ln|ln\.|lne|line|line\s*(?:no\.?|nr\.?|#|number)|pos|pos\.|position|item\s*(?:#|no\.?)|no\.?|nr\.?|lfd\.?\s*nr\.?|row|your\s+line|rfq\s+line)$", RegexOptions.CultureInvariant, 100)]
    private static partial Regex LineNumber();

    [GeneratedRegex(@"\b(?:part|parts|item|article|artikel|p/n|pn|sku|material|product|code|catalog\w*|mpn|ref\w*|teil\w*|sachnummer|your\s+ref)\b|artikel", RegexOptions.CultureInvariant, 100)]
    private static partial Regex Part();

    [GeneratedRegex(@"\b(?:desc\w*|bezeichnung|designation|name|text|spec\w*|beschreibung)\b", RegexOptions.CultureInvariant, 100)]
    private static partial Regex Description();

    [GeneratedRegex(@"\b(?:comment\w*|remark\w*|note\w*|bemerkung\w*|status|info|anmerkung\w*|observations?)\b", RegexOptions.CultureInvariant, 100)]
    private static partial Regex Comment();
}
