using System.Text.RegularExpressions;
using Purchaser.Quotes.Text;

namespace Purchaser.Quotes.Tables;

/// <summary>
/// Recognizes header cells by meaning, in English, German and the other languages vendors answer in (Chinese among
/// them): "Einzelpreis / Price each" and "单价 (USD)" are unit prices.
/// </summary>
internal static partial class HeaderReader
{
    public static ColumnRole Role(string header)
    {
        var role = RoleOf(header);
        if (role != ColumnRole.Unknown)
        {
            return role;
        }

        // An export's field name in one word ("LeadTimeWeeks", "UnitPrice") is read as the words it joins.
        if (!header.Contains(' ', StringComparison.Ordinal) && CamelCaseBoundary().IsMatch(header))
        {
            return RoleOf(JoinedWordsApart(header));
        }

        // An export naming each field by its record ("Order Lines/Unit of Measure") is read by the field's own name.
        if (header.LastIndexOf('/') is > 0 and var slash && slash < header.Length - 1 && header[slash - 1] != ' ' && header[slash + 1] != ' ')
        {
            return RoleOf(header[(slash + 1)..]);
        }

        if (!header.Contains(" / ", StringComparison.Ordinal))
        {
            return role;
        }

        // A bilingual header ("Ilość / Qty", "za / per") is read one language at a time.
        foreach (var side in header.Split(" / "))
        {
            if (RoleOf(side) is not ColumnRole.Unknown and var sideRole)
            {
                return sideRole;
            }
        }

        return ColumnRole.Unknown;
    }

    private static ColumnRole RoleOf(string header)
    {
        var h = header.ToLowerInvariant().Replace('_', ' ');
        if (h.Contains("q'ty", StringComparison.Ordinal) || h.Contains("q’ty", StringComparison.Ordinal))
        {
            // "Q'ty", as Asian quotation forms abbreviate it.
            h = h.Replace("q'ty", "qty", StringComparison.Ordinal).Replace("q’ty", "qty", StringComparison.Ordinal);
        }
        h = (NeedsSpacing(h) ? WhiteSpace().Replace(h, " ") : h).Trim();
        if (h.Length == 0 || h.Length > 60)
        {
            return ColumnRole.Unknown;
        }

        var candidates = Triggers.Find(h);
        for (var i = 0; i < Rules.Length; i++)
        {
            if ((candidates & (1 << i)) != 0 && Rules[i].Pattern.IsMatch(h))
            {
                return Rules[i].Role;
            }
        }

        return ColumnRole.Unknown;
    }

    /// <summary>Whether <paramref name="text"/> has whitespace other than single spaces, which the patterns expect.</summary>
    private static bool NeedsSpacing(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]) && (text[i] != ' ' || i + 1 < text.Length && char.IsWhiteSpace(text[i + 1])))
            {
                return true;
            }
        }

        return false;
    }

    // In order of precedence; each pattern cannot match without one of its words, so only the rules whose words occur run.
    private static readonly (ColumnRole Role, Regex Pattern, string[] Words)[] Rules =
    [
        (ColumnRole.UnitContent, UnitContent(), ["per", "pack", "content", "inhalt", "/"]),
        (ColumnRole.Alternate, Alternate(), ["alt", "substitut", "equivalent", "offered", "quoted", "propos", "replacement", "ersatz", "offert", "ofertad", "angeboten", "propuest", "nabízen", "oferowan"]),
        (ColumnRole.BreakPrice, BreakPrice(), ["break", "tier", "staffel", "volume", "discount"]),
        (ColumnRole.BreakQuantity, BreakQuantity(), ["break", "brk", "tier", "staffel", "volume"]),
        (ColumnRole.Moq, Moq(), ["moq", "mbq", "min", "mín", "lotto", "起订", "最小订"]),
        (ColumnRole.Discount, Discount(), ["disc", "rabatt", "remise", "descuento", "sconto", "korting"]),
        (ColumnRole.Quantity, TotalQuantity(), ["total", "gesamt"]),
        (ColumnRole.Total, Total(), ["total", "ext", "gesamt", "amount", "value", "summe", "betrag", "bedrag", "totaal", "importe", "importo", "montant", "wartość", "hodnota", "celkem", "celkov", "金额", "总价", "合计"]),
        (ColumnRole.PriceUnit, PriceUnit(), ["pe", "par", "pro", "pric", "preis", "unit", "uom", "basis", "unidad", "prec", "preç", "prezzo", "prijs", "prisenh", "jednostka", "sold", "sell", "za"]),
        (ColumnRole.Previous, Previous(), ["previous", "old", "original", "was", "prior", "last", "vorher", "bisher", "alt"]),
        (ColumnRole.Unknown, DocumentNumber(), ["offer", "quot", "order", "angebot", "doc"]),
        (ColumnRole.Unknown, InternalFigure(), ["internal", "intern", "margin", "gm", "cost", "marge"]),
        (ColumnRole.StockQuantity, StockQuantity(), ["stock", "avail", "hand", "lager", "voorraad"]),
        (ColumnRole.LeadTime, Lead(), ["lead", "lt", "l/t", "del", "liefer", "lever", "teslim", "ship", "avail", "dispatch", "ready", "termin", "délai", "livraison", "consegna", "entrega", "plazo", "promise", "lhůt", "dodac", "dodán", "交期", "交货", "货期"]),
        (ColumnRole.UnitPrice, Price(), ["u/p", "p.u", "net", "pric", "preis", "ep", "rate", "cost", "each", "revised", "new", "current", "updated", "offer", "prix", "prijs", "pris", "fiyat", "precio", "preç", "preco", "prezz", "cena", "usd", "eur", "gbp", "jpy", "cny", "单价", "报价"]),
        (ColumnRole.Currency, Currency(), ["cur", "ccy", "währung", "devise", "币"]),
        (ColumnRole.Unknown, RequestedQuantity(), ["req", "your", "rfq", "cust", "asked", "anfrage", "angefragt", "solicitad", "demand", "richiest", "gevraagd"]),
        (ColumnRole.Quantity, Quantity(), ["qty", "quantit", "piece", "ship", "deliver", "supplied", "menge", "anzahl", "aantal", "antal", "miktar", "hoeveelheid", "qté", "cantidad", "pcs", "stück", "数量", "cant", "ctd", "qta", "q.tà", "qtd", "ilo", "množ", "menny", "szt"]),
        (ColumnRole.SellUnit, SellUnit(), ["sell", "sale", "verkauf"]),
        (ColumnRole.Unit, Unit(), ["unit", "uom", "u/m", "um", "einheit", "me", "mj", "j.m", "unidad", "u.m", "单位"]),
        (ColumnRole.LineNumber, LineNumber(), ["#", "ln", "line", "pos", "poz", "pol", "item", "no", "nr", "lfd", "regel", "row", "partida", "ítem", "nea", "linha", "序号", "项次"]),
        (ColumnRole.Part, Part(), ["part", "item", "article", "artikel", "p/n", "pn", "sku", "material", "product", "code", "catalog", "ref", "réf", "teil", "parça", "sachnummer", "drawing", "dwg", "zeichnung", "dessin", "disegno", "plano", "číslo", "kód", "indeks", "codig", "códig", "料号", "物料", "零件号", "型号"]),
        (ColumnRole.Description, Description(), ["desc", "bezeichnung", "designation", "désignation", "name", "text", "spec", "beschreibung", "popis", "opis", "název", "nazwa", "品名", "名称", "描述", "规格"]),
        (ColumnRole.Comment, Comment(), ["comment", "remark", "remarque", "nota", "note", "bemerkung", "status", "info", "anmerkung", "observation", "备注", "说明"]),
    ];

    private static readonly TriggerSet Triggers = new([.. Rules.Select(r => r.Words)]);

    [GeneratedRegex(@"\s+", RegexOptions.None, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex WhiteSpace();

    [GeneratedRegex(@"\b(?:alternat\w*|alt\.?\s*(?:part|p/?n|item)|substitut\w*|equivalent|(?:offered|quoted|proposed)\s+(?:part|item|p/?n)|replacement|ersatz|nabízen\w*(?:\s+typ)?|oferowan\w*(?:\s+(?:typ|indeks))?)\b|^(?:offered|angeboten|propos[ée])$|\b(?:r[ée]f(?:[ée]rence)?\.?|art(?:ikel)?\.?|part|item|codice|c[óo]digo)\s+(?:propos[ée]e?|offert[ea]?|offered|angeboten\w*|ofertad[oa]|propuest[oa])\b", RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Alternate();

    [GeneratedRegex(@"^(?:qty\.?|quantity)\s+per\s+(?:unit\s+of\s+measure|uom|unit|box|pack|carton)$|^(?:pcs|units|pieces|qty)\s+per\s+(?:box|pack|carton|uom|unit|bag|reel)$|^(?:m|metres|meters|ft|feet|pcs|kg)\s*(?:/|per)\s*(?:coil|reel|spool|drum|roll|box|bag|pack|carton)$|^pack(?:ing)?\s+(?:size|content)$|^(?:inhalt|content)$", RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex UnitContent();

    // "Total metres" beside "Drums" and "Metres per drum": how much in all, in units, not money.
    [GeneratedRegex(@"^(?:total|gesamt)\s*(?:metres|meters|mtrs|m|pcs|pieces|units|qty|quantity|kg|ft|feet|menge|meter|stück|stk)\.?$", RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex TotalQuantity();

    [GeneratedRegex(@"\b(?:break|tier|staffel|volume|discount)\w*\s*(?:#?\d{1,2}\s*)?(?:unit\s+)?(?:price|preis|cost)|(?:price|preis)\s*(?:break|tier|staffel)\s*(?:price)?$", RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex BreakPrice();

    [GeneratedRegex(@"\b(?:break|brk|tier|staffel|volume)\w*\s*(?:#?\d{1,2}\s*)?(?:qty|quantity|menge|from|min|at)|(?:qty|quantity)\s*(?:break|brk|tier)|^(?:breaks?|brk|tiers?|staffel)$", RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex BreakQuantity();

    [GeneratedRegex(@"\b(?:moq|mbq|min(?:imum)?\.?\s*(?:order|ord|qty|quantity|buy|lot)\w*|mindest\w*|min\.?|lotto\s+minimo|(?:quantit[àaé]|qt[àa]\.?|qtd\.?|quantidade|cantidad|pedido|lote)\s+m[íi]nim[aoe]|quantit[ée]\s+minimum|minim(?:al|um)[ea]?\s+(?:bestel|afname|order)\w*)\b|起订量?|最小订(?:购|货)?量", RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Moq();

    [GeneratedRegex(@"^(?:%\s*)?(?:disc\.?|discount|rabatt|remise|descuento|sconto|korting)(?:\s*(?:%|\(%\)|pct\.?))?$", RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Discount();

    [GeneratedRegex(@"\b(?:total|extended|ext\.?\s*price|ext\.?\s+(?:at|@|for)\b|gesamt\w*|amount|line\s+value|value|summe|betrag|bedrag|totaal|importe|importo|montant|wartość|hodnota|celkem|celkov\w*)\b|金额|总价|合计", RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Total();

    [GeneratedRegex(@"^(?:per|pe|par|pro|za|price\s*unit|pricing\s*unit|price\s+per|preiseinheit|unit\s+of\s+price|(?:price|pricing)\s+basis|basis|per\s+qty|uom\s+price|unidad\s+de\s+precio|unidade\s+de\s+pre[çc]o|pre[çc]o\s+por|precio\s+por|preis\s+(?:je|pro)|prijs\s+per|prix\s+par|prezzo\s+(?:per|ogni)|unit[ée]\s+de\s+prix|unit[àa]\s+(?:di\s+)?prezzo|prijseenheid|prisenhet|prisenhed|jednostka\s+ceny|(?:sold|priced|sells?|sold\s+and\s+priced)\s+(?:per|by|in))$|\bprice\s+unit\b|\bpreiseinheit\b", RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex PriceUnit();

    [GeneratedRegex(@"\b(?:previous|old|original|was|prior|last|vorher|bisher|alt)\b", RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Previous();

    [GeneratedRegex(@"\b(?:lead|leadtime|lead\s*time|lt|l/t|delivery|del\.?|deliv\w*|lieferzeit|liefertermin|lieferung|levertijd|levering|leveranstid|teslim\w*|ship\w*(?!\s*\(?\s*(?:in\s+)?(?:your|rfq|customer)\s+(?:uom|units?)\b)|availability|avail\.?|dispatch|ready|termin|délai|livraison|consegna|entrega|leverans|plazo|dodac\w*\s+lh[ůu]t\w*|lh[ůu]ta|dodání|promised?(?:\s+(?:dt|date|ship))?)\b|交(?:货)?期|货期|交货时间", RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Lead();

    [GeneratedRegex(@"\b(?:price|prices|preis|einzelpreis|ep|rate|cost|each|revised|new|current|updated|offer|prix|precio|pre[çc]o|prezzo|cena|usd|eur|gbp|jpy|cny)\b|preis|prijs|pris\b|fiyat|^u/p$|^net(?:\s+(?:ea|each|unit|pr\.?|price))?$|^net\s*\(?(?:after|less|incl\.?)\b[^)]*\)?$|^p\.\s?u\.(?:\s+(?:ht|net|netto))?(?:\s*(?:€|eur|\$|usd|£|gbp|chf))?$|单价|报价", RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Price();

    [GeneratedRegex(@"^(?:currency|curr\.?|cur\.?|ccy|währung|devise)$|^币(?:种|别)$", RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Currency();

    [GeneratedRegex(@"\b(?:qty|qty\.|quantity|quantities|menge|anzahl|aantal|antal|miktar|hoeveelheid|qté|quantité|cantidad|pcs|pieces|stück|quantità|quantidade|ilość|ilosc|množství|mennyiség)\b|^(?:cant|ctd|qta|q\.tà|szt|qtde|qtd)\.?$|数量|\b(?:ships?|shipped|delivered|supplied)\s*\(?\s*(?:in\s+)?(?:your|rfq|customer)\s+(?:uom|units?)\b", RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Quantity();

    // The vendor's document number on every row ("Offer no", "Quote #"): neither a price nor a line.
    [GeneratedRegex(@"^(?:offer|quot\w*|order|angebot\w*|doc\w*)\s*(?:no\.?|nr\.?|number|#|id)$", RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex DocumentNumber();

    // The vendor's own cost and margin left visible in an export ("Our cost (internal)", "Margin %", "GM %"): not what the buyer pays.
    [GeneratedRegex(@"\binternal\b|\bintern\b|\bmargin\b|\bmarge\b|^gm\b|\bgm\s*%|\b(?:our|std|standard)\s+cost\b", RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex InternalFigure();

    // How many the vendor has on the shelf ("Stock Avail.", "Qty available", "On hand"), which decides whether a row ships from stock.
    [GeneratedRegex(@"^(?:stock(?:\s+(?:avail(?:able|\.)?|qty|quantity|on\s+hand))?|(?:qty|quantity)\s+(?:avail(?:able|\.)?|in\s+stock|on\s+hand)|avail(?:able|\.)?\s+(?:qty|quantity|stock)|on\s+hand|in\s+stock|lager(?:bestand)?|voorraad)$", RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex StockQuantity();

    // The quantity asked for, restated beside the vendor's own ("Req Qty" next to "Quoted Qty").
    [GeneratedRegex(@"^(?:req(?:uested|uired|\.)?|your|rfq|customer|cust\.?|asked|anfrage)\s*(?:qty|qty\.|quantity|menge)$|^(?:qty|quantity|menge)\.?\s*\(?(?:req(?:uested|uired|\.)?|rfq|asked|angefragt)\)?$|^(?:cantidad\s+solicitada|quantit[ée]\s+demand[ée]e|quantit[àa]\s+richiesta|gevraagde\s+hoeveelheid|angefragte\s+menge|anfragemenge)$", RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex RequestedQuantity();

    // What a distributor sells by ("BX/250", "box of 120", "piece"), which a price per sell unit is per.
    [GeneratedRegex(@"^(?:sell(?:ing)?|sales?)\s+unit$|^verkaufseinheit$", RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex SellUnit();

    [GeneratedRegex(@"^(?:unit|units|uom|u/m|um|einheit|me|mj|j\.\s?m\.|unit of measure|unité|unidad|unidade|unidad\s+de\s+medida|unidade\s+de\s+medida|u\.\s?m\.)(?:\s+code)?$|^单位$", RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Unit();

    [GeneratedRegex(@"^(?:#|ln|ln\.|lne|line|line\s*(?:no\.?|nr\.?|#|number)|pos|pos\.|position|item\s*(?:#|no\.?)|no\.?|nr\.?|lfd\.?\s*nr\.?|regel|regelnr\.?|poz\.?|pol\.?|row|your\s+line|rfq\s+line|partida|ítem|l[íi]nea|linha)$|^(?:序号|项次)$", RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex LineNumber();

    [GeneratedRegex(@"\b(?:part|parts|item|article|artikel|p/n|pn|sku|material|product|code|catalog\w*|mpn|ref\w*|teil\w*|parça|sachnummer|your\s+ref|r[ée]f[ée]rence\w*|r[ée]f\.?|drawing|dwg|zeichnung\w*|dessin|disegno|plano|vaše\s+číslo|číslo(?:\s+dílu)?|kód|indeks|(?:no\.?|n[úu]mero|n[°º]\.?)\s+de\s+(?:parte|pieza|pe[çc]a)|c[óo]digo)\b|artikel|料号|物料(?:编码|号)?|零件号|型号", RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Part();

    [GeneratedRegex(@"\b(?:desc\w*|bezeichnung|d[ée]signation|name|text|spec\w*|beschreibung|descrizione|descripci[oó]n|popis|opis|název|nazwa)\b|品名|名称|描述|规格", RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Description();

    [GeneratedRegex(@"\b(?:comment\w*|remark\w*|remarque\w*|note\w*|nota|bemerkung\w*|status|info|anmerkung\w*|observations?)\b|备注|说明", RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Comment();

    /// <summary>"DeliveryWorkingDays" as "Delivery Working Days": the words an export's field name joins.</summary>
    public static string JoinedWordsApart(string header) => CamelCaseBoundary().Replace(header, " ");

    [GeneratedRegex(@"(?<=\p{Ll})(?=\p{Lu})", RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex CamelCaseBoundary();
}
