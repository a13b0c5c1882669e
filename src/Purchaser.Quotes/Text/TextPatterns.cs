using System.Text.RegularExpressions;

namespace Purchaser.Quotes.Text;

/// <summary>Regular expressions shared by the readers; all source-generated and bounded by a match timeout.</summary>
internal static partial class TextPatterns
{
    private const int Timeout = PatternLimits.MatchTimeoutMilliseconds;

    public const string Number = @"(?:\d{1,2}(?:,\d{2})+,\d{3}(?![\d,])(?:\.\d+)?|\d{1,3}(?:[.'’]\d{3})*,[-–]{1,2}(?![\d-])|\d+,[-–]{1,2}(?![\d-])|\d{1,3}(?:[,.'’]\d{3}(?!\d))+(?:[.,]\d+)?|\d{1,3}(?:[ \u00A0\u202F]\d{3})+[.,]\d{1,6}|\d+(?:[.,]\d+)?|[.,]\d+)";

    [GeneratedRegex(Number, RegexOptions.CultureInvariant, Timeout)]
    public static partial Regex NumberToken();

    /// <summary>The ISO 4217 codes (and RMB) an amount may be written with, as an alternation.</summary>
    public const string CurrencyCodes = "USD|EUR|GBP|JPY|CNY|RMB|CAD|AUD|NZD|CHF|SEK|NOK|DKK|PLN|CZK|HUF|INR|KRW|MXN|BRL|SGD|HKD|TWD|ZAR|TRY|AED|SAR|QAR|KWD|BHD|OMR|ILS|EGP|THB|MYR|IDR|PHP|VND|PKR|BDT|LKR|RON|BGN|RSD|UAH|CLP|COP|ARS|NGN|KES";

    [GeneratedRegex(@"(?<![\w$€£¥])(?<cur>US\$|" + CurrencyCodes + @"|C\$|₺|CA\$|A\$|AU\$|NZ\$|S\$|HK\$|R\$|\$|€|£|¥|￥|Rs\.?|₹|₩|Fr\.|CHF)(?:[ \t\u00A0\u202F]{2,4}|\s)?(?:(?:each|ea)[ \t\u00A0\u202F]+)?(?<num>" + Number + @")(?![\d])"
        + @"|(?<![\w.,])(?<!\w-)(?<num>\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?![\d.,])|" + Number + @")[ \t\u00A0\u202F]?(?<cur>" + CurrencyCodes + @"|(?-i:TL)|₺|lei|€|\$|£|¥|￥|euros?|dollars?|yen|yuan|pounds?|kr\.?|zł|Kč|(?-i:Ft))(?![A-Za-z])(?!\d)(?![ \t\u00A0\u202F]?(?:(?:each|ea)[ \t\u00A0\u202F]+)?\d[\d'’]*[.,]\d)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Timeout)]
    public static partial Regex MoneyToken();

    [GeneratedRegex(@"\b(?:line|l[ií]nea|partida|riga|righe|[iíÍ]tem|iten|polož(?:ky|ka|ek)|pozíci[ea]|pozícia|pol(?=\.)|pos(?:ition(?:en|erna|er)?|itie|izion[ei]|ici[oó]n(?:es)?|i[cç][aã]o|i[cç][oõ]es)?|poz(?:ycj[aei])?|poziți\w*|sl(?=\.)|ln|lne|row|regel|no)s?\.?\s*(?:#|no\.?|nr\.?)?\s*(?<list>\d{1,3}(?:\s*(?:,|&|and|und|et|en|y|e|i|a|oraz|og|och|és|și|si|to|through|thru|bis|tot|-|–|~|～|\+|/)\s*\d{1,3}(?!\d|[.,]\d{3}(?!\d)|\.\d))*)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Timeout)]
    public static partial Regex LineReference();

    [GeneratedRegex(@"\d{1,3}(?:\s*(?<op>,|&|and|und|et|y|e|i|oraz|to|through|thru|bis|-|–|\+|/)\s*)?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Timeout)]
    public static partial Regex LineListItem();

    [GeneratedRegex(@"\b(?:no[- ]?(?:bid|quote|quotation|offer)|no\s+other\s+(?:items?|lines?|parts?|positions?)|not\s+(?:be\s+)?(?:quot(?:ed|ing|e)|bid(?:ding)?|offer(?:ed|ing)?|able\s+to\s+(?:quote|supply|offer|bid|make|provide))|n/?q\b|nq\b|regret(?:fully)?|(?:cannot|can't|cant|can not|can’t|unable\s+to|won't|wont|won’t|will\s+not|do\s+not|don't|dont|don’t)\s+(?:\w+\s+){0,2}?(?:do(?=\s*(?:$|[,.;!]|\s+(?:sorry|those|these|them|it|that|this|either)\b))|help(?=\s+(?:with|on|you\s+(?:with|on)|here|there)\b)|supply|quote|offer|bid|make|provide|manufacture|produce|carry|stock|sell|handle)|(?:will|have\s+to|must|'ll|’ll|going\s+to)\s+pass\s+on\b|(?:we|I)(?:'ll|’ll|\s+will|\s+have\s+to|\s+must)\s+pass(?=\s*(?:[,.;!]|$|-|–))|not\s+(?:a\s+)?(?:products?|items?|something)\s+we\s+(?:carry|stock|sell|make|supply|offer|handle)|declin(?:e|ed|es|ing)|not\s+something\s+we\s+(?:can\s+|could\s+)?(?:supply|offer|make|provide|quote)|out\s+of\s+(?:our\s+)?scope|outside\s+(?:of\s+)?our\s+scope|not\s+(?:in\s+)?our\s+(?:product(?:ion)?\s+)?(?:range|scope|line|programme|program|portfolio)|eol\b|end[- ]of[- ]life|obsol[eè]t[eoa]s?\b|discontinued|not\s+available|unavailable|kein\s+angebot|nicht\s+(?:mehr\s+)?lieferbar|nicht\s+(?:verfügbar|im\s+(?:lieferprogramm|sortiment))|abgekündigt|können\s+wir\s+(?:leider\s+)?nicht\s+(?:anbieten|liefern|herstellen|fertigen)|(?:bieten|liefern)\s+wir\s+(?:(?:leider|weiterhin|auch|derzeit)\s+)*nicht\s+an\b|(?:gehören|gehört|passen|passt)\s+nicht\s+(?:zu|in)\s+unser(?:em|e)?\s+(?:sortiment|lieferprogramm|programm)|pas\s+d['’]offre|ne\s+pouvons\s+pas\s+(?:vous\s+)?(?:coter|fournir|proposer|fabriquer|offrir|faire\s+(?:d['’]|une\s+)offre|remettre\s+(?:d['’]|une\s+)offre)|non\s+disponible|nous\s+d[ée]clinons|d[ée]cliner\s+(?:l[’]|votre|cette|la)|ne\s+(?:fait|font)\s+pas\s+partie\s+de\s+(?:notre|nos)\s+(?:offre|gamme|programme|produits|fabrications?)|hors\s+de\s+notre\s+(?:gamme|domaine|offre)|no\s+(?:podemos|es\s+posible)\s+(?:cotizar|ofertar|ofrecer|suministrar|fabricar|surtir)|no\s+cotiza(?:mos|r)\b|nie\s+(?:oferujemy|dostarczamy|produkujemy|możemy\s+(?:zaoferować|dostarczyć|wycenić|zaoferowac|dostarczyc|wycenic))|brak\s+oferty|melde\s+pas\b|ikke\s+(?:kan\s+)?(?:give|afgive|tilbyde)\s+(?:et\s+|noget\s+)?tilbud|nie\s+mamy\s+w\s+(?:naszej\s+)?ofercie|n[ãa]o\s+(?:faz(?:em)?\s+parte\s+d[ao]s?\s+nossa\s+(?:gama|oferta|linha)|apresentamos\s+proposta|(?:podemos|conseguimos)\s+(?:cotar|fornecer|oferecer))|nenabízíme|neponúkame|nenúkame|nemůžeme\s+nabídnout|n[ãa]o\s+cot(?:amos|aremos)\b|n[ãa]o\s+fornecemos\b|fuera\s+de\s+nuestro\s+alcance|n[ãa]o\s+temos\s+condi[çc][õo]es\s+de\s+(?:atender|fornecer|cotar|ofertar)|(?:vamos|temos\s+que|precisamos)\s+declinar|declinamos|(?:kan\s+vi|vi\s+kan)\s+(?:desværre\s+|dessverre\s+|tyvärr\s+)?(?:ikke|ikkje|inte)\s+(?:tilbyde|tilby|levere|producere|offerera|erbjuda|leverera)|nem\s+tudunk\s+(?:ár)?ajánlatot|nem\s+áll\s+módunkban|nu\s+(?:putem\s+(?:oferta|oferi|furniza|livra)|ofert[ăa]m)\b|non\s+(?:possiamo\s+(?:offrire|quotare|fornire|fare\s+(?:un['’]\s*)?offerta)|(?:l[eoai]\s+)?(?:quotiamo|trattiamo|forniamo|offriamo))\b|non\s+rientra(?:no)?\s+nell[ae]\s+nostr[ae]\s+(?:produzione|gamma|offerta)|(?:bieden|leveren)\s+wij\s+(?:\w+\s+){0,2}?niet\s+(?:aan|meer)\b|valt\s+buiten\s+ons\s+(?:pakket|assortiment|programma)|no\s+(?:l[oa]s?\s+)?(?:ofertamos|ofrecemos|suministramos|fabricamos|cotizamos)\b|no\s+se\s+(?:ofertan?|cotizan?|ofrecen?|suministran?)\b|sin\s+(?:oferta|cotizaci[oó]n)|no\s+disponible|descatalogad[oa]s?|(?:kunnen|kan)\s+wij\s+(?:helaas\s+)?(?:\w+\s+){0,2}?niet\s+(?:leveren|aanbieden|offreren|maken)|niet\s+(?:meer\s+)?leverbaar|(?:behoren|horen|vallen)\s+niet\s+(?:tot|in|binnen)\s+(?:ons|onze)\s+(?:gamma|assortiment|pakket|programma)|geen\s+(?:offerte|aanbieding)|kan\s+vi\s+(?:tyvärr\s+)?inte\s+(?:offerera|leverera|erbjuda|tillverka)|ingen\s+offert|teklif\s+veremiyoruz|teklif\s+veremeyeceğiz|tedarik\s+edemiyoruz|sit\s+(?:this|that|it)(?:\s+one)?\s+out|not\s+for\s+us\b|not\s+our\s+(?:products?|line|business|field)\b|(?:do\s+not|don't|don’t)\s+work\s+with\s+(?:these|this|those|that|such)|(?:are|is|am)\s+not\s+(?:producing|manufacturing|making|supplying|offering|quoting|stocking)|(?:remains?|are|is|stays?)\s+without\s+(?:an?\s+)?(?:offer|quot\w*)|withdraw(?:n|ing)?\s+(?:our\s+)?(?:offer|quot\w*|price)|\bwithdrawn\b)|(?:无法|不能|不)(?:报价|供货|供应|提供)|不在我(?:司|们)?(?:的)?(?:产品|供货|经营)?范围",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Timeout)]
    public static partial Regex NoBid();

    [GeneratedRegex(@"\d(?:[.,]\d{2}(?!\d)|,[-–])", RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex BareAmount();

    [GeneratedRegex(@"\b(?:one[- ]?time|one[- ]?off|non[- ]?recurring|nre|tooling|tool(?:ing)?\s+charge|dies?\s+(?:charge|cost|fee)|steel[- ]rule\s+dies?|cutting\s+dies?|set[- ]?up\s+(?:charge|cost|fee)|setup|mou?ld\s+(?:cost|charge|fee)|samples?\s+(?:fee|charge|cost)s?|fixtures?\s+(?:charge|cost|fee)s?|fixtures?\b(?=[^.;\n$€£]{0,15}[$€£])|first[- ]article|programming\s+(?:charge|fee)|engineering\s+(?:charge|fee)|einmalig\w*|werkzeugkosten|vorrichtung\w*|erstmuster\w*|r[üu]stkosten|una\s+tantum|attrezzatur\w*|pago\s+[úu]nico|(?:cargo|coste|costo)\s+[úu]nico|modelo\s+y\s+cajas\s+de\s+machos|frais\s+(?:d['’]outillage|uniques?|de\s+mod[èe]les?|de\s+mise\s+en\s+(?:route|service))|factur[ée]e?s?\s+une\s+seule\s+fois|outillage|tek\s+seferlik|cargo\s+[úu]nico|utillaje|jednorázov\w*|engangs\w*|engångs\w*|eenmalig\w*|egyszeri|(?:custo|taxa|valor)\s+[úu]nic[oa]|ferramenta(?:l|s)?\s+(?:de\s+\w+|para)\b|herramental\b|por\s+[úu]nica\s+vez\b|cost\s+unic|forfait\s+unique|premier\s+article)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Timeout)]
    public static partial Regex OneOffCharge();

    [GeneratedRegex(@"zuschlag|gleitklausel|\b(?:sobretaxa|recargo(?!\s+de\s+equivalencia)|sobrecargo|surtaxe|sovrapprezzo|maggiorazione)\b|\b(?:preisanpassung\w*|anpassung\s+des\s+preises|adjusted\s+at\s+(?:the\s+)?time\s+of\s+(?:shipment|delivery|invoic\w*)|(?:move|go)\s+up\s+or\s+down|(?:midwest|metal|alloy|material)\s+(?:\w+\s+)?premium|surcharge|(?:handling|small[- ]order|minimum[- ](?:order|line)|below[- ]minimum)\s+(?:charge|fee)|(?:invoiced|billed|charged)\s+at\s+(?:the\s+)?(?:quoted|current|list)\s+price\s+plus\b|minimum\s+(?:order|invoice|billing)\s+(?:value|amount|charge)|subject\s+to\s+(?:\w+\s+){0,3}?(?:change|adjustment|increase|surcharge|fluctuation)|price\s+adjustment|price\s+increases?\s+(?:of|will|may|shall)|(?:price\s+)?escalation\s+clause|price\s+escalation|(?:raw[- ]material|steel|metal|material|copper|alumin(?:i)?um|resin)\s+prices?\s+(?:changes?|increases?|rises?|go(?:es)?\s+up)|(?:based\s+on|subject\s+to)\s+(?:the\s+)?exchange\s+rate|exchange[- ]rate\s+(?:adjustment|clause|fluctuations?)|(?:metal|alloy|copper|steel|nickel|material|fuel|energy)\s+(?:price\s+)?(?:adjustment|index)|(?:net\s+of|less|after)(?<!\blist\b[^;\n]{0,40})\s+(?:an?\s+)?\d+(?:[.,]\d+)?\s*%\s+(?:[\w-]+\s+){0,2}discount|(?:delivered|shipped|supplied|actual)\s+(?:length|quantity|qty|amount)s?\s+(?:may|can|will)\s+(?:vary|differ)|invoiced?\s+(?:at\s+|for\s+|on\s+)?(?:the\s+)?actual\s+(?:length|quantity|qty|weight)|\bLME\b|\b(?:one\s+)?per\s+(?:order|shipment|delivery|invoice)\s*[:\-–]?\s*(?:[$€£]|[A-Z]{3}\s?)\d|(?<=[$€£]\s?)\d[\d.,]*\s*(?:per|a|each|/|por|pro|par|je|za|na)\s*(?:shipment|order|delivery|invoice|release|pedido|envío|envio|embarque|remessa|commande|livraison|auftrag|bestellung|lieferung|ordine|spedizione|zamówienie|objednávk\w*|zakázk\w*)\b(?!\s*:)|(?<=\b[A-Z]{3}\s?)\d[\d.,]*\s*(?:per|/|por|pro|par|je|za|na)\s*(?:shipment|order|delivery|invoice|release|pedido|envío|envio|embarque|remessa|commande|livraison|auftrag|bestellung|lieferung|ordine|spedizione|zamówienie|objednávk\w*|zakázk\w*)\b(?!\s*:)|\b(?:charged|billed|invoiced)\s+separately\b|\bcobrad[oa]s?\s+[àa]\s+parte\b|\bse\s+factura\s+(?:aparte|por\s+separado)\b|\bfacturad[oa]s?\s+(?:aparte|por\s+separado)\b|\bseparat\s+berechnet\b|\bfactur[ée]e?s?\s+en\s+sus\b|\bfatturat[oaie]\s+a\s+parte\b|(?:will|may|shall|reserve\s+the\s+right\s+to|(?:we\s+)?(?:have|need)\s+to)\s+(?:have\s+to\s+)?(?:revise|adjust)\s+(?:the\s+|our\s+|these\s+|all\s+)?(?:prices?|pricing))",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Timeout)]
    public static partial Regex Surcharge();

    [GeneratedRegex(@"\b(?:total|totals|extended|ext\.|ext(?=\s*[:=])|sum|gesamt|subtotal|amount\s+for|order\s+value|value\s+of|net\s+value|line\s+value|item\s+value|gross\s+value|nettowert|positionswert|lot\s+(?:price|value)|price\s+for\s+the\s+lot|montant|importe\s+total|bedrag)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Timeout)]
    public static partial Regex TotalWord();

    [GeneratedRegex(@"\b(?:was|previous(?:ly)?|(?<!(?-i:\b(?!Our\b|The\b|Your\b|Old\b|Our\b)[A-Z][A-Za-z]+)\s+)(?:old|original(?:ly)?)(?=\s+(?:price|pricing|quote|quotation|offer|cost|unit)|\s*[:=]?\s*$)|formerly|instead\s+of(?=\s*$)|down\s+from|reduced\s+from|vorher|bisher)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Timeout)]
    public static partial Regex PreviousWord();

    [GeneratedRegex(@"\b(?:valid|validity|good\s+for|good\s+(?=\d{1,3}\s+days)|good\s+through|good\s+until|good\s+till|good\s+til|good\s+thru|vaild|firm\s+(?:through|thru|until|till)|firm\s+(?=\d{1,3}\s+(?:calendar\s+)?days)|honou?red\s+(?:through|thru|until|till|for)|expir\w*|gültig\w*|gueltig\w*|(?:offert|angebots)gültig\w*|bindefrist|angebotsbindung|holds?\s+for|held\s+(?:until|till|through|thru|for)|firm\s+for|open\s+for|valable\w*|validité|validez|vigencia|vigente|mantenimiento\s+de\s+(?:la\s+)?oferta|válid[oa]s?|geldig\w*|giltig\w*|geçerli\w*|ważn\w*|platnost\w*|gældende|gælder|gäller|gjelder|gjeld|geldt|gyldig\w*|érvényes\w*|valabil\w*|validade|platn[áéý]\s+do|plat[íi]\s+do|hold\s+(?:these|our|the|this|those)\s+(?:prices?|pricing|quote|offer)\s+(?:through|thru|until|till|for))|有效期|有效至|有効期限|有効期間|有効", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Timeout)]
    public static partial Regex ValidityWord();

    // "resin prices change monthly, so we can only hold them until the end of June", "Wegen der aktuellen LME-Entwicklung
    // ist unser Angebot gültig bis ...", "valid for 14 days (steel surcharges are moving)", "Revised because of the 316L
    // price increase": why the validity is short or the quote revised, which the validity and the new prices already say.
    [GeneratedRegex(@"\b(?:so|therefore|hence|which\s+is\s+why)\b[^.;]{0,40}\b(?:hold|held|keep|valid)\b|\b(?:wegen|aufgrund|due\s+to|because\s+of)\b[^.;]{0,60}\b(?:gültig|valid)|\bvalid\w*\s+(?:for\s+)?\d{1,3}\s+\w+\s*\([^)]*\b(?:moving|volatil\w*|fluctuat\w*|changing)\b[^)]*\)|\brevised\s+(?:because|due\s+to|following)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Timeout)]
    public static partial Regex HoldReason();

    // "Less 2% cash discount if paid within 10 days": a term of payment, not a condition on the price.
    [GeneratedRegex(@"\b(?:cash\s+discount|early[- ]payment|prompt[- ]payment|skonto|if\s+paid\s+(?:within|in)|paid\s+within\s+\d+\s+days)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Timeout)]
    public static partial Regex PaymentDiscount();

    [GeneratedRegex(@"\b(?:payment|net|terms|zahlung|zahlbar|zahlungsziel|invoice|pagamento|pago|paiement|r[èe]glement|platba|splatnost\w*|płatno\w*|ödeme|vade\w*|fizet\w*|plat[ăa]|betaling|betalning|(?<!\b(?:ships?|shipped|shipping|deliver(?:s|ed|y)?|dispatch(?:es|ed)?|ready|available|(?:delivery|lead)\s+time\s*:?)\s+)within)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Timeout)]
    public static partial Regex PaymentWord();

    [GeneratedRegex(@"\b(?:min(?:imum|imal)?\.?\s*(?:production\s+)?(?:order|ord\.?|qty|quantity|buy|purchase|run|lot|batch)(?:\s+(?:qty|quantity|size|of|is))?|min(?=\.\s*\d[\d.,]*\s*(?!(?:weeks?|wks?|days?|months?|hours?|hrs?|minutes?|mins?)\b)\p{L})|moq|mindest(?:menge|bestellmenge|abnahme(?:menge)?)(?:\s+(?:je|pro)\s+[\p{L}-]+)?|mbq|mov|lotto\s+minimo(?:\s+di\s+\w+)?|quantit[àaé]\s+minim(?:a|ale|um)(?:\s+de\s+commande|\s+d['’]ordine)?|minimum\s+de\s+commande|cantidad\s+m[ií]nima(?:\s+de\s+(?:fabricaci[óo]n|compra|pedido|producci[óo]n|venta))?|pedido\s+m[ií]nimo|lote\s+m[ií]nimo(?:\s+de\s+\p{L}+)?|cantitate\s+minim[ăa](?:\s+de\s+comand[ăa])?|quantidade\s+m[íi]nima|minimumsordre|minimal(?:e|ní)\s+(?:afname|bestelhoeveelheid|odběr|objednávka|množství)|minim[aá]ln[íaáy]\s+(?:\p{L}+\s+)?(?:séri[ea]|dávk[ay]|množstv[íi]|odběr|objednávk[ay]|šarž[ea])(?:\s+(?:je|činí|predstavuje))?|minimalna\s+ilo[śs][ćc](?:\s+zam[óo]wienia)?(?:\s+dla\s+(?:\p{L}+\s+){1,2}?(?=wynosi))?|minimális\s+rendelési\s+mennyiség|minsta\s+order(?:kvantitet)?|minste\s+(?:ordre|bestillings?)(?:kvantum|mengde|antall)|mindste\s+(?:ordre|bestilling)s?(?:mængde|antal))\b\.?(?:\s+(?:for|on)\s+(?:the\s+|our\s+|your\s+|this\s+|that\s+|these\s+|each\s+)?\p{L}[\p{L}-]*(?:\s+(?!is\b|of\b)\p{L}[\p{L}-]*)?\.?(?:\s*\d{1,3}(?![\d,.]))?)?\s*[:=]?\s*(?:of\s+|is\s+|est\s+de\s+|es\s+de\s+|è\s+di\s+|ist\s+|beträgt\s+|bedraagt\s+|wynosi\s+)?(?<num>\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?![\d.,])|" + Number + @")(?:\s*(?<unit>[A-Za-zäöüèéà]+\.?))?",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Timeout)]
    public static partial Regex Moq();

    [GeneratedRegex(@"(?<num>" + Number + @")\s*(?<unit>(?!(?:weeks?|wks?|days?|months?|hours?|hrs?)\b)[A-Za-zäöüÄÖÜ]+\.?)?\s*(?:pcs\.?\s*)?(?>min(?:imum)?\.?(?:\s+order)?|moq)\b(?!\s*[:=]?\s*(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten)\b))", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Timeout)]
    public static partial Regex MoqAfter();

    [GeneratedRegex(@"\b(?:alternat(?:e|ive)|equivalent|equiv\.?|substitut(?:e|ion)|replacement|instead|in\s+place\s+of|recommend(?:ed)?|suggest(?:ed)?|propos(?:e|ed)|offer(?:ing)?\s+our|our\s+(?:standard|own|(?:part|p/n)(?!\s*(?:no\.?|nr\.?|number|#)?\s*:)|equivalent|version|stock)|cross[- ]?ref\w*|cross(?:ed)?\s+(?:\S+\s+)?(?:over\s+)?to|our\s+cross|superseded|(?:house|own|our|private)[- ](?:brand|label)|replaced\s+by|successor|compatible|offered(?:\s*(?:p/?n|part|item|brand|type))?(?=\s*:)|propos[ée]e?s?|équivalent\w*|equivalente|alternativ\w*|alternatie[fv]\w*|alternatywn\w*|zamiennik\w*|ersatz\w*|gleichwertig\w*|sustitut\w*|in\s+sostituzione)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Timeout)]
    public static partial Regex AlternateWord();

    [GeneratedRegex(@"(?<![\w-])(?=[A-Za-z0-9-./]*\d)(?=[A-Za-z0-9-./]*[A-Za-z])[A-Za-z0-9][A-Za-z0-9./]*(?:-[A-Za-z0-9./]+)+(?![\w-])|(?<![\w-])(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{6,}(?![\w-])", RegexOptions.CultureInvariant, Timeout)]
    public static partial Regex PartLikeToken();

    [GeneratedRegex(@"\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{1,2}:\d{2}(?::\d{2})?\b", RegexOptions.CultureInvariant, Timeout)]
    public static partial Regex DateLike();

    /// <summary>What <see cref="MoneyToken"/> cannot match without: a currency code, symbol or word.</summary>
    public static readonly TriggerSet CurrencyMarks = TriggerSet.Guard(
        "usd", "eur", "gbp", "jpy", "cny", "rmb", "cad", "aud", "nzd", "chf", "sek", "nok", "dkk", "pln", "czk", "huf", "inr", "krw",
        "mxn", "brl", "sgd", "hkd", "twd", "zar", "try", "aed", "sar", "qar", "kwd", "bhd", "omr", "ils", "egp", "thb", "myr", "idr", "php", "vnd", "pkr", "bdt", "lkr", "ron", "bgn", "rsd", "uah", "clp", "cop", "ars", "ngn", "kes", "tl", "₺", "lei", "$", "€", "£", "¥", "￥", "rs", "₹", "₩", "fr.", "dollar", "yen", "yuan",
        "pound", "kr", "zł", "kč", "ft");

    /// <summary>What <see cref="NoBid"/> cannot match without.</summary>
    public static readonly TriggerSet NoBidWords = TriggerSet.Guard(
        "no", "n/q", "buiten", "nq", "regret", "can", "unable", "won", "don", "pass", "declin", "out", "eol", "end", "obsol", "discontinued", "unavailable",
        "kein", "nicht", "abgek", "können", "pas", "pouvons", "sin", "descatalogad", "niet", "geen", "inte", "ingen", "teklif", "edemiyoruz", "déclin", "partie", "hors", "withdraw", "nie", "brak", "não", "nao", "nenab", "nemůžeme", "neponúk", "nenúk", "cotamos", "cotaremos", "declinamos", "fuera", "ikke", "ikkje", "tudunk", "módunkban", "putem", "ofertăm", "ofertam", "possiamo", "quotiamo", "trattiamo", "forniamo", "无法", "不能", "不报", "不供", "不提供", "不在我");

    private static readonly TriggerSet OneOffWords = TriggerSet.Guard(
        "one", "non", "nre", "tool", "die", "set", "mold", "mould", "fixture", "first", "programming", "engineering", "sample",
        "einmalig", "werkzeug", "vorrichtung", "jednoráz", "engang", "engång", "eenmalig", "egyszeri", "unic", "erstmuster", "rüstkosten", "rustkosten", "tantum", "attrezzatur", "pago", "coste", "costo", "modelo", "frais", "outillage", "cargo", "utillaje", "seferlik", "forfait", "premier", "valor", "ferrament", "herramental", "vez");

    private static readonly TriggerSet SurchargeWords = TriggerSet.Guard("gleit", "anpassung", "premium", "surcharge", "subject", "adjustment", "escalation", "index", "discount", "vary", "differ", "actual", "zuschlag", "handling", "small", "minimum", "below", "price", "exchange", "revise", "adjust", "lme", "shipment", "order", "delivery", "invoice", "release", "pedido", "envío", "envio", "embarque", "remessa", "commande", "livraison", "auftrag", "bestellung", "lieferung", "ordine", "spedizione", "zamówienie", "objedn", "zakázk", "separat", "parte", "factur", "fatturat", "sobretaxa", "recargo", "sobrecargo", "surtaxe", "sovrapprezzo", "maggiorazione");

    /// <summary>Whether <paramref name="text"/> has a digit of any script, as the patterns' <c>\d</c> matches.</summary>
    public static bool HasDigit(ReadOnlySpan<char> text)
    {
        if (text.ContainsAnyInRange('0', '9'))
        {
            return true;
        }

        foreach (var c in text)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="text"/> has a currency-marked amount.</summary>
    public static bool HasMoney(ReadOnlySpan<char> text) => CurrencyMarks.Occurs(text) && MoneyToken().IsMatch(text);

    /// <summary>Whether <paramref name="text"/> states an amount of money: marked with its currency, or written as one ("3.400,-", "850.00").</summary>
    public static bool HasAmount(ReadOnlySpan<char> text) => HasMoney(text) || (HasDigit(text) && BareAmount().IsMatch(text));

    /// <summary>Whether <paramref name="text"/> declines in so many words.</summary>
    public static bool IsNoBid(string text) => NoBidWords.Occurs(text) && NoBid().IsMatch(text);

    /// <summary>Whether <paramref name="text"/> names a one-off charge (tooling, set-up, NRE...).</summary>
    public static bool IsOneOffCharge(ReadOnlySpan<char> text) => OneOffWords.Occurs(text) && OneOffCharge().IsMatch(text);

    /// <summary>Whether <paramref name="text"/> states a surcharge or price-adjustment clause.</summary>
    public static bool IsSurcharge(ReadOnlySpan<char> text) => SurchargeWords.Occurs(text) && Surcharge().IsMatch(text) && !PaymentDiscount().IsMatch(text) && !HoldReason().IsMatch(text);

    /// <summary>The lines of <paramref name="text"/>, split at CRLF, CR or LF, as <c>Regex.Split</c> on line breaks would give them.</summary>
    public static string[] Lines(string text)
    {
        var lines = new List<string>(text.AsSpan().Count('\n') + 1);
        var start = 0;
        int offset;
        while ((offset = text.AsSpan(start).IndexOfAny('\r', '\n')) >= 0)
        {
            var end = start + offset;
            lines.Add(text[start..end]);
            start = end + (text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? 2 : 1);
        }

        lines.Add(text[start..]);
        return [.. lines];
    }

    [GeneratedRegex(@"[ \t\u00A0]+", RegexOptions.CultureInvariant, Timeout)]
    public static partial Regex Spaces();
}
