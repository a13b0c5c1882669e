using System.Buffers;
using System.Text.RegularExpressions;
using Purchaser.Domain;
using Purchaser.Quotes.Text;

namespace Purchaser.Quotes.Extraction;

/// <summary>Reads one RFQ line's answer from a piece of prose or a table row's loose text.</summary>
internal static partial class LineTextReader
{
    public static LineFinding Read(string text, RfqLine line, DocumentContext context, double confidence, DecimalStyle style, ICollection<(int? Line, string Detail)> notes)
    {
        var finding = new LineFinding { LineNumber = line.LineNumber, Confidence = confidence };
        var packs = PackSizes.From(text, line.Description); // the package the vendor prices by wins over the RFQ's
        var clauses = Clauses(text);
        var scanFrom = 0;
        if (AlternatePartFinder.Find(text, context) is { } alternate)
        {
            finding.AlternatePartNumber = alternate.Token;
            finding.Source(QuoteFields.AlternatePartNumber, alternate.Token);
            finding.IsOption = OptionWords().IsMatch(text.AsSpan(0, alternate.Index));
            scanFrom = alternate.Index;
        }

        var mentions = PriceFinder.Find(text, context.Currencies, style)
            .Where((p, i) => IsUnitPrice(text, p, clauses))
            .ToList();
        if (mentions.Count == 0)
        {
            mentions = PriceMentionRules.UnderCurrencyLabel(text, context, style);
        }

        PriceMentionRules.PreferNet(text, mentions);
        PriceMentionRules.DropConversions(text, mentions);
        PriceMentionRules.DropExtensions(text, mentions, style);
        PriceMentionRules.ApplyLabelBasis(text, mentions);
        PriceMentionRules.PreferConclusion(text, mentions);
        var addOns = PriceMentionRules.TakeAddOns(text, mentions);
        if (mentions.Count >= 2 && Correction().Match(text) is { Success: true } correction)
        {
            // "$148.20 should read $142.80": the price before the correction is the mistake.
            mentions.RemoveAll(m => m.End <= correction.Index);
            finding.IsCorrection = mentions.Count > 0;
        }

        // "Abweichend von der Tabelle beträgt die Lieferzeit ... 12 Wochen": what this says replaces the attachment's.
        finding.IsCorrection |= text.Length < 400 && AmendWords.Occurs(text) && Amends().IsMatch(text);
        if (scanFrom > 0 && mentions.Any(m => m.Index >= scanFrom))
        {
            mentions.RemoveAll(m => m.Index < scanFrom);
        }

        var tiers = new List<(decimal? Qty, bool Before, decimal Price, CurrencyCode? Currency, string Text)>();
        var quantityFromTier = false;
        var ownUnit = UnitWords.Read(line.Unit.Code);
        string? statedInOwnUnit = null;
        for (var i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            if ((mention.Basis.ToRfqUnit(mention.Amount, line, packs) ?? PriceMentionRules.ByMeasurePerPiece(text, mention, line, style)) is not { } price)
            {
                continue;
            }

            // Mentions may overlap (a basis reaching into the next amount): each window stays within its own mention's ends.
            var windowStart = i > 0 ? Math.Min(mentions[i - 1].End, mention.Index) : 0;
            var windowEnd = i + 1 < mentions.Count ? Math.Max(mentions[i + 1].Index, mention.End) : text.Length;
            var (qty, before) = TierQuantity(text, windowStart, mention, windowEnd, style);
            if (ownUnit is { } own && mention.Basis is { Quantity: 1, Unit: { } unit } && unit.Word == own.Word && qty is null)
            {
                statedInOwnUnit ??= text[mention.Index..mention.End];
            }

            tiers.Add((qty is { } q ? ToRfqQuantity(q.Amount, q.Unit, line, packs) : null, before, price, mention.Currency, text[mention.Index..mention.End]));
        }

        // The first price of the row may take the quantity row's last number, written just before it, as its own.
        if (tiers.Count >= 2 && tiers.Skip(1).All(t => t.Qty is null) && ColumnQuantities(text, tiers.Count, style) is { } columns
            && (tiers[0].Qty is null || tiers[0].Qty == columns[^1]))
        {
            for (var i = 0; i < tiers.Count; i++)
            {
                tiers[i] = tiers[i] with { Qty = columns[i], Before = false };
            }
        }

        if (tiers.Count > 0)
        {
            var requested = line.Quantity;
            var ordered = tiers.OrderBy(t => t.Qty ?? 0).ToList();
            var applicable = ordered.Where(t => (t.Qty ?? 0) <= requested).ToList();
            // Of prices for the same quantity, one the vendor states in the RFQ's own unit ("$1.47/lb, which is
            // $3.2408/kg") is theirs to the cent; a conversion of ours from another unit may differ in the last digits.
            var chosen = applicable.Count > 0
                ? applicable.Where(t => (t.Qty ?? 0) == (applicable[^1].Qty ?? 0)).OrderByDescending(t => t.Text == statedInOwnUnit).First()
                : ordered[0];

            finding.UnitPrice = chosen.Price;
            finding.Source(QuoteFields.UnitPrice, chosen.Text);
            finding.Currency = chosen.Currency ?? tiers.Select(t => t.Currency).FirstOrDefault(c => c is not null);
            if (chosen.Qty is { } q && chosen.Before && q != requested && (ordered.Count == 1 || q > requested))
            {
                finding.Quantity = q;
                finding.Source(QuoteFields.Quantity, text);
                quantityFromTier = true;
            }

            foreach (var tier in ordered.Where(t => t != chosen && t.Qty is not null))
            {
                finding.PriceBreaks.Add(new(tier.Qty!.Value, tier.Price));
                finding.Source(QuoteFields.PriceBreaks, text);
            }
        }

        // "list $9.40 ea, less 55%", "list $186.00 ea x your multiplier 0.52": a distributor's list price and what the
        // buyer pays of it.
        if (finding.UnitPrice is { } listed && ListFactor(text, style) is { } factor)
        {
            finding.UnitPrice = PriceBasis.Round(listed * factor);
            for (var i = 0; i < finding.PriceBreaks.Count; i++)
            {
                finding.PriceBreaks[i] = finding.PriceBreaks[i] with { UnitPrice = PriceBasis.Round(finding.PriceBreaks[i].UnitPrice * factor) };
            }

            finding.Source(QuoteFields.UnitPrice, text);
        }

        // "clear anodize - your print calls for it: +$4.20/pc": a finish the request requires is part of the price.
        if (finding.UnitPrice is { } basePrice && addOns.Count > 0
            && addOns.Select(a => a.Basis.ToRfqUnit(a.Amount, line, packs)).ToList() is var extras && extras.TrueForAll(e => e is not null))
        {
            finding.UnitPrice = basePrice + extras.Sum(e => e!.Value);
            finding.Source(QuoteFields.UnitPrice, text);
        }

        if (finding.UnitPrice is null && LotTotal(text, line, packs, context, style) is { } lot)
        {
            finding.UnitPrice = lot.Price;
            finding.Currency = lot.Currency;
            finding.Source(QuoteFields.UnitPrice, lot.Text);
        }

        // "250 pcs from stock, balance of 150 pcs in 2 weeks": the line is complete when its last part arrives.
        // "no bid on the rest": the rest declined is no later delivery; nor is "the remaining 100 we would be happy to
        // quote separately", which is outside this quote.
        var split = SplitDelivery().IsMatch(text) && SplitDelivery().Matches(text).Any(m => ClauseAround(clauses, m.Index, text.Length) is var (start, end)
            && !TextPatterns.IsNoBid(text[start..end]) && !QuotedApart().IsMatch(text.AsSpan(start, end - start)));
        var stock = StockOnHand(text, style);
        if (split && LastDelivery(text, clauses, context.Document.QuotedOn) is { } last)
        {
            finding.LeadTimeDays = last;
            finding.Source(QuoteFields.LeadTimeDays, text);
        }
        else if (stock is { } onHand && onHand.Count >= line.Quantity)
        {
            // "Stock available: 1,240" against 400 asked: it ships from stock.
            finding.LeadTimeDays = 0;
            finding.Source(QuoteFields.LeadTimeDays, text.Substring(onHand.Index, onHand.Length));
        }
        else if (LeadTime(stock is { } shortOf ? text.Remove(shortOf.Index, shortOf.Length).Insert(shortOf.Index, new string(' ', shortOf.Length)) : text, scanFrom, clauses) is { } lead)
        {
            // Stock short of the quantity ("Stock available: 0   Factory lead time: 2 weeks") is no lead time of its own.
            finding.LeadTimeDays = lead.Days;
            finding.Source(QuoteFields.LeadTimeDays, text.Substring(lead.Index, lead.Length));
        }
        else if (DateLead(text, context.Document.QuotedOn) is { } days)
        {
            finding.LeadTimeDays = days;
            finding.Source(QuoteFields.LeadTimeDays, text);
        }

        finding.Moq = Moq(text, line, packs, style, out var moqText);
        finding.Source(QuoteFields.Moq, moqText);

        // A scale that starts at the stated minimum ("MOQ 5.000 pcs", "from 5.000 pcs EUR 2,94") quotes the minimum, not
        // another quantity: the minimum says it.
        if (quantityFromTier && finding.Moq is { } minimum && finding.Quantity == minimum)
        {
            finding.Quantity = null;
            finding.Sources.Remove(QuoteFields.Quantity);
        }
        // "full spools only: 5 spools = 1,525 m", "14 boxes = 2,100 pcs", "your 800 m = 14 coils (840 m)": what whole
        // packages come to, restated in the line's unit, is the quantity quoted, whatever was read before it.
        if (!split && RoundedUpQuantity(text, line, packs, style) is { } rounded)
        {
            finding.Quantity = rounded == line.Quantity ? null : rounded;
            finding.Source(QuoteFields.Quantity, text);
        }

        if (finding.Quantity is null && !split && StandaloneQuantity(text, line, packs, style, mentions) is { } standalone)
        {
            finding.Quantity = standalone;
            finding.Source(QuoteFields.Quantity, text);
        }
        foreach (var (start, end) in clauses)
        {
            var clause = text[start..end].Trim();
            if ((TextPatterns.IsOneOffCharge(clause) && TextPatterns.HasAmount(clause)) || TextPatterns.IsSurcharge(clause))
            {
                notes.Add((line.LineNumber, clause));
            }
        }

        return finding;
    }

    /// <summary>
    /// A row of quantities heading a row of prices, one per price ("Qty (pcs)  10,000  50,000  100,000" above
    /// "Unit price  ¥0.135  ¥0.118  ¥0.104"), in rising order; null when there is none with exactly that many.
    /// </summary>
    private static decimal[]? ColumnQuantities(string text, int count, DecimalStyle style)
    {
        if (QuantityRowLabel().Match(text) is not { Success: true } label)
        {
            return null;
        }

        var quantities = new List<decimal>(count);
        foreach (var token in text[(label.Index + label.Length)..].Split([' ', '\t', '\u00A0'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (!NumberParser.TryParse(token.TrimEnd('+'), style, out var quantity) || quantity <= 0 || quantities.Count == count)
            {
                break;
            }

            quantities.Add(quantity);
        }

        return quantities.Count == count && quantities.Zip(quantities.Skip(1)).All(p => p.First < p.Second) ? [.. quantities] : null;
    }

    /// <summary>Sentence and semicolon clauses of <paramref name="text"/> as index ranges.</summary>
    public static List<(int Start, int End)> Clauses(string text)
    {
        var result = new List<(int, int)>();
        var start = 0;
        foreach (var m in ClauseEnd().EnumerateMatches(text))
        {
            result.Add((start, m.Index + 1));
            start = m.Index + m.Length;
        }

        if (start < text.Length)
        {
            result.Add((start, text.Length));
        }

        return result;
    }

    private static bool IsUnitPrice(string text, PriceMention mention, List<(int Start, int End)> clauses)
    {
        var (start, end) = ClauseAround(clauses, mention.Index, text.Length);

        // A mention's basis may run past its clause ("per pack of 30."): the windows after it start where it ends.
        end = Math.Max(end, mention.End);
        var near = text[Math.Max(start, mention.Index - 40)..mention.Index];
        // "setup $250 + $38.40/pc": a charge's words speak for its own amount, not for the price added after it.
        // Only text ending in "+" or "plus" can be such a sum, so most prices skip the money scan.
        if (near.AsSpan().TrimEnd() is var tail && (tail.EndsWith('+') || tail.EndsWith("plus", StringComparison.OrdinalIgnoreCase))
            && TextPatterns.CurrencyMarks.Occurs(near) && TextPatterns.MoneyToken().Matches(near).LastOrDefault() is { } chargeAmount && PlusAfter().IsMatch(near.AsSpan(chargeAmount.Index + chargeAmount.Length)))
        {
            near = near[(chargeAmount.Index + chargeAmount.Length)..];
        }

        var following = text[mention.End..Math.Min(end, mention.End + 25)];
        // In a block of labelled fields ("Prix unitaire : 1 184,00 € HT" over "Frais de modèle : 2 850,00 € HT", joined
        // into one segment) the words of the next or the previous field speak for that field's amount, not this one's.
        if (NextFieldLabel().Match(following) is { Success: true } nextField)
        {
            following = following[..nextField.Index];
        }

        // Only after an earlier field: "One-time CNC programming / set-up: " is one label, not "CNC programming / set-up: ".
        if (OwnFieldLabel().Match(near) is { Success: true } ownField && near.AsSpan(0, ownField.Index).IndexOfAny(FieldEnds) >= 0)
        {
            near = near[ownField.Index..];
        }

        if (TextPatterns.IsOneOffCharge(near) || (TextPatterns.IsOneOffCharge(following) && !StartsNextPhrase(text, mention, following)) || PerOrderCharge().IsMatch(text.AsSpan(mention.Index)))
        {
            return false;
        }

        // "Bei Aufträgen unter 150,00 EUR Warenwert berechnen wir einen Mindermengenzuschlag": an order value a surcharge
        // starts below, and the surcharge itself, are no prices of the line.
        if (TextPatterns.IsSurcharge(text.AsSpan(start, end - start)) && OrderValueBound().IsMatch(near))
        {
            return false;
        }

        // "somewhere around $40 each, but I'd rather quote it properly": a ballpark, not a price.
        if (Ballpark().IsMatch(text.AsSpan(Math.Max(start, mention.Index - 25), mention.Index - Math.Max(start, mention.Index - 25))))
        {
            return false;
        }

        var before = text[Math.Max(start, mention.Index - 30)..mention.Index];
        var lastMoney = TextPatterns.CurrencyMarks.Occurs(before) ? TextPatterns.MoneyToken().Matches(before).LastOrDefault() : null;
        if (lastMoney is not null)
        {
            before = before[(lastMoney.Index + lastMoney.Length)..];
        }

        // Long enough to see the total's own amount past a label padded to a column ("Total value   : USD 414,000.00").
        var after = text[mention.End..Math.Min(end, mention.End + 40)];
        return !TextPatterns.TotalWord().IsMatch(before) && !TextPatterns.PreviousWord().IsMatch(before) && !AfterTotal().IsMatch(after);
    }

    private static ((decimal Amount, string? Unit)? Qty, bool Before) TierQuantity(string text, int windowStart, PriceMention mention, int windowEnd, DecimalStyle style)
    {
        var before = text[windowStart..mention.Index];
        // "$0.231 ea @ 1,000 / $0.207 ea @ 2,500": the quantity after "@" is its own price's, not the next one's.
        var atAfter = text.AsSpan(mention.End, windowEnd - mention.End).TrimStart() is ['@', ..];
        var m = atAfter ? Match.Empty : QuantityBefore().Match(before);
        if (m.Success && TryParseTierQuantity(m, style, out var q) && q > 0
            && !MultiBuy().IsMatch(m.Value) && !(m.Groups["hi"].Success && NumberParser.TryParse(m.Groups["hi"].Value, style, out var hi) && hi < q))
        {
            // "up to 999 kg", "até 999 kg": the first tier, bought from one unit up to its bound.
            return (m.Groups["upto"].Success ? (1, m.Groups["u"].Value) : (m.Groups["k"].Success ? q * 1000 : q, m.Groups["u"].Value), true);
        }

        var after = text[mention.End..windowEnd];
        m = QuantityAfter().Match(after);
        // "Price: USD 1,36 /mt  Price for 3.000 mt and more: USD 1,24 /mt": a quantity closed by a colon labels the next price.
        if (m.Success && !after.AsSpan(m.Index + m.Length).Contains(':') && TryParseTierQuantity(m, style, out q) && q > 0)
        {
            return ((m.Groups["k"].Success ? q * 1000 : q, m.Groups["u"].Value), false);
        }

        return (null, false);
    }

    private static bool TryParseTierQuantity(Match m, DecimalStyle style, out decimal quantity) =>
        TryParseQuantity(m.Groups["n"].Value, UnitWords.Read(m.Groups["u"].Value), bareIsCounted: false, style, out quantity);

    // "2,000 pcs  EUR 452,00 per 100 pcs": pieces are counted, so a comma before three digits groups thousands whatever the
    // letter's decimal style; so does a number with no unit when <paramref name="bareIsCounted"/> (the line is counted).
    private static bool TryParseQuantity(string number, UnitWord? unit, bool bareIsCounted, DecimalStyle style, out decimal quantity) =>
        unit is { Kind: UnitKind.Count } || (unit is null && bareIsCounted)
            ? NumberParser.TryParseCount(number, style, out quantity)
            : NumberParser.TryParse(number, style, out quantity);

    private static decimal? ToRfqQuantity(decimal amount, string? unitText, RfqLine line, PackSizes packs)
    {
        if (UnitWords.Read(unitText) is not { } read)
        {
            return amount;
        }

        var unit = UnitWords.ForLine(read, line.Unit.Kind);
        var rfqBase = UnitWords.BaseFactor(line.Unit, packs);
        var rfqKind = line.Unit.Kind == UnitKind.Package ? UnitKind.Count : line.Unit.Kind;
        decimal basisBase;
        if (unit.IsPackage)
        {
            if (UnitWords.Read(line.Unit.Code) is { IsPackage: true } own && own.Word == unit.Word)
            {
                return amount;
            }

            if (packs.For(unit.Word) is not { } size)
            {
                return null;
            }

            basisBase = amount * size;
        }
        else if (unit.Kind != rfqKind)
        {
            return null;
        }
        else
        {
            basisBase = amount * unit.Factor;
        }

        return rfqBase is { } b && b > 0 ? PriceBasis.Round(basisBase / b) : null;
    }

    // The share of a list price the buyer pays: "less 55%" keeps 45 %, "x multiplier 0.52" keeps 52 %; null unless the
    // text calls the price a list price.
    private static decimal? ListFactor(string text, DecimalStyle style)
    {
        if (!text.Contains("list", StringComparison.OrdinalIgnoreCase) || ListArithmetic().Match(text) is not { Success: true } m)
        {
            return null;
        }

        if (m.Groups["off"].Success && NumberParser.TryParse(m.Groups["off"].Value, style, out var off) && off is > 0 and < 100)
        {
            return 1 - (off / 100);
        }

        return m.Groups["mult"].Success && NumberParser.TryParse(m.Groups["mult"].Value.StartsWith('.') ? "0" + m.Groups["mult"].Value : m.Groups["mult"].Value, style, out var mult) && mult is > 0 and < 1
            ? mult
            : null;
    }

    [GeneratedRegex(@"\blist\b(?:[^.;\n]|(?<=\d)\.(?=\d)){0,40}?(?:\bless\s+(?:a\s+)?(?<off>\d{1,2}(?:[.,]\d+)?)\s*%|(?:\bx|×|\*|\btimes)\s*(?:your\s+|our\s+|the\s+)?(?:account\s+)?(?:multiplier\s+(?:of\s+)?)?(?<mult>0?[.,]\d{1,4})\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex ListArithmetic();

    private static LeadTimeParser.Found? LeadTime(string text, int scanFrom, List<(int Start, int End)> clauses)
    {
        var candidates = LeadTimeParser.Find(text);
        var ordered = candidates.Where(c => c.Index >= scanFrom).Concat(candidates.Where(c => c.Index < scanFrom)).Where(c => !IsOtherPeriod(text, c.Index, clauses)).ToList();

        // "samples 2 wks, production 6 wks": the order is delivered with the production lot, not with the samples.
        return ordered.Count > 1 && ordered.FirstOrDefault(c => !SampleLead().IsMatch(text.AsSpan(Math.Max(0, c.Index - 25), Math.Min(25, c.Index)))) is { } production
            ? production
            : ordered.Count > 0 ? ordered[0] : null;
    }

    [GeneratedRegex(@"\b(?:samples?|prototypes?|protos?|fai|first\s+articles?|muster|muestras?|échantillons?|campioni)\b[^,;.]{0,12}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex SampleLead();

    // A period or date that a validity, payment, warranty or tooling clause speaks of, not a delivery.
    private static bool IsOtherPeriod(string text, int index, List<(int Start, int End)> clauses)
    {
        var (start, _) = ClauseAround(clauses, index, text.Length);
        var before = text[Math.Max(start, index - 40)..index];
        return TextPatterns.ValidityWord().IsMatch(before) || TextPatterns.PaymentWord().IsMatch(before) || WarrantyWord().IsMatch(before) || ToolingSubject().IsMatch(before);
    }

    /// <summary>
    /// When a line is delivered in parts ("60 pcs on July 10 and the other 60 on July 24", "4,000 in 3 weeks, the second
    /// 4,000 in 8 weeks"), the days until its last part arrives; null unless the text names two deliveries or more.
    /// </summary>
    private static int? LastDelivery(string text, List<(int Start, int End)> clauses, DateOnly? quotedOn)
    {
        var deliveries = new List<int>();
        foreach (var found in LeadTimeParser.Find(text))
        {
            if (!IsOtherPeriod(text, found.Index, clauses))
            {
                deliveries.Add(found.Days);
            }
        }

        if (quotedOn is { } start && TextPatterns.HasDigit(text))
        {
            for (var at = 0; at < text.Length && DateParser.FindFirst(text[at..], start) is { } date; at += date.End)
            {
                if (date.Date >= start && !IsOtherPeriod(text, at + date.Index, clauses))
                {
                    deliveries.Add(date.Date.DayNumber - start.DayNumber);
                }
            }
        }

        return deliveries.Count > 1 ? deliveries.Max() : null;
    }

    /// <summary>How many the vendor has in stock ("Stock available: 1,240", "Lager: 3.400 St."), with where it is written.</summary>
    private static (decimal Count, int Index, int Length)? StockOnHand(string text, DecimalStyle style) =>
        StockWords.Occurs(text) && StockCount().Match(text) is { Success: true } m && NumberParser.TryParseCount(m.Groups["n"].Value, style, out var count)
            ? (count, m.Index, m.Length)
            : null;

    private static readonly TriggerSet StockWords = TriggerSet.Guard("stock", "avail", "hand", "lager", "voorraad");

    [GeneratedRegex(@"\b(?:stock(?:\s+avail(?:able|\.)?|\s+on\s+hand|\s+qty)?|avail(?:able)?\s+(?:stock|qty|quantity)|qty\s+avail(?:able|\.)?|on\s+hand|lager(?:bestand)?|voorraad)\s*[:=]\s*(?<n>\d[\d,.' ]*\d|\d)(?!\s*(?:weeks?|wks?|days?|wochen|tage|weken|dagen))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex StockCount();

    /// <summary>A delivery date ("ships by July 20, 2026") as days after the quote date.</summary>
    public static int? DateLead(string text, DateOnly? quotedOn)
    {
        if (quotedOn is not { } start)
        {
            return null;
        }

        foreach (Match label in DeliveryDateLabel().Matches(text))
        {
            var window = text.Substring(label.Index, Math.Min(50, text.Length - label.Index));
            if (DateParser.FindFirst(window, start) is { } found && found.Date >= start)
            {
                return found.Date.DayNumber - start.DayNumber;
            }

            if (CalendarWeek.DaysAfter(window, start) is { } inWeek)
            {
                return inWeek;
            }
        }

        return null;
    }

    private static decimal? Moq(string text, RfqLine line, PackSizes packs, DecimalStyle style, out string? source)
    {
        source = null;
        var m = TextPatterns.Moq().Match(text);
        if (!m.Success && (text.Contains("min", StringComparison.OrdinalIgnoreCase) || text.Contains("moq", StringComparison.OrdinalIgnoreCase)))
        {
            m = TextPatterns.MoqAfter().Match(text);
            if (!m.Success)
            {
                m = MoqOfOnePackage().Match(text);
            }
        }

        if (m.Success && NumberParser.TryParse(m.Groups["num"].Value, style, out var n) && n > 0)
        {
            source = m.Value;
            return ToRfqQuantity(n, m.Groups["unit"].Value, line, packs) ?? n;
        }

        return null;
    }

    /// <summary>
    /// A vendor who states only what the whole quantity costs ("2,500 kg   lot total USD 8,125.00") states the unit price
    /// by division: one total, and the quantity it is for written before it.
    /// </summary>
    private static (decimal Price, CurrencyCode? Currency, string Text)? LotTotal(string text, RfqLine line, PackSizes packs, DocumentContext context, DecimalStyle style)
    {
        if (!TextPatterns.TotalWord().IsMatch(text))
        {
            return null;
        }

        var totals = PriceFinder.Find(text, context.Currencies, style)
            .Where(p => TextPatterns.TotalWord().IsMatch(text[Math.Max(0, p.Index - 30)..p.Index]))
            .ToList();
        if (totals.Count == 0)
        {
            return null;
        }

        // The first total is the line's; a grand total may follow in the same paragraph.
        var total = totals[0];

        var quantities = QuantityWithUnit().Matches(text[..total.Index]);
        if (quantities is not [var written] || !NumberParser.TryParse(written.Groups["n"].Value, style, out var amount) || amount <= 0
            || ToRfqQuantity(amount, written.Groups["u"].Value, line, packs) is not { } quantity || quantity <= 0)
        {
            return null;
        }

        return (PriceBasis.Round(total.Amount / quantity), total.Currency, text[total.Index..total.End]);
    }

    // The last whole number of packages restated in the line's unit; a fraction of a package ("4.92 spools") is the
    // buyer's quantity converted, not what will ship.
    private static decimal? RoundedUpQuantity(string text, RfqLine line, PackSizes packs, DecimalStyle style)
    {
        if (!WholePackagesWords.Occurs(text))
        {
            return null;
        }

        decimal? found = null;
        foreach (Match m in WholePackages().Matches(text))
        {
            // "MOQ 50 packs (500 pcs)", "per box of 500 pcs (16 boxes)", "40 bags (1.000 kg) per pallet": a minimum, the
            // size of one package, and what a bigger package holds are no quantity shipped.
            if (MinimumInSentence().IsMatch(text.AsSpan(Math.Max(0, m.Index - 60), Math.Min(60, m.Index)))
                || SizeOfBefore().IsMatch(text.AsSpan(Math.Max(0, m.Index - 12), Math.Min(12, m.Index)))
                || PackageCompositionAfter().IsMatch(text.AsSpan(m.Index + m.Length)))
            {
                continue;
            }

            var unit = UnitWords.Read(m.Groups["u"].Value);
            if (unit is { IsPackage: true } || !TryParseQuantity(m.Groups["q"].Value, unit, line.Unit.Kind == UnitKind.Count, style, out var q) || q <= 0)
            {
                continue;
            }

            if (ToRfqQuantity(q, m.Groups["u"].Value, line, packs) is { } inLineUnit)
            {
                found = inLineUnit;
            }
        }

        return found;
    }

    private static readonly TriggerSet WholePackagesWords = TriggerSet.Guard("box", "spool", "coil", "carton", "reel", "roll", "batch", "bag", "drum", "pallet", "pack", "case", "vpe", "crate", "bar", "haspel", "rull", "palet", "bobin", "rol", "spul", "doos", "kart", "krab", "cívk", "civk", "zak", "sac", "saco", "caix", "caja", "kutu", "makar", "szpul");

    // The clause holding index, or the whole text when the clauses do not cover it.
    private static (int Start, int End) ClauseAround(List<(int Start, int End)> clauses, int index, int length)
    {
        var clause = clauses.FirstOrDefault(c => index >= c.Start && index < c.End);
        return clause.End == 0 ? (0, length) : clause;
    }

    private static decimal? StandaloneQuantity(string text, RfqLine line, PackSizes packs, DecimalStyle style, List<PriceMention> mentions)
    {
        foreach (Match m in QuantityWithUnit().Matches(text))
        {
            // "100 pcs   EUR 41,20 / pc": a quantity a price follows is that price's tier, not the quantity quoted.
            if (mentions.Any(p => m.Index < p.End && m.Index + m.Length > p.Index)
                || (mentions.Count > 1 && mentions.Exists(p => p.Index >= m.Index + m.Length && text.AsSpan(m.Index + m.Length, p.Index - m.Index - m.Length).Trim(" \t:@=-–|").IsEmpty)))
            {
                continue;
            }

            var before = text[Math.Max(0, m.Index - 25)..m.Index];
            if (NotQuantityBefore().IsMatch(before) || PackAfter().IsMatch(text[(m.Index + m.Length)..]) || SumTermBefore().IsMatch(before) || SumTermAfter().IsMatch(text.AsSpan(m.Index + m.Length)) || OpenTierAfter().IsMatch(text.AsSpan(m.Index + m.Length)) || RequestRestated().IsMatch(before) || MinimumClause().IsMatch(text.AsSpan(Math.Max(0, m.Index - 60), Math.Min(60, m.Index))))
            {
                continue;
            }

            if (TryParseQuantity(m.Groups["n"].Value, UnitWords.Read(m.Groups["u"].Value), line.Unit.Kind == UnitKind.Count, style, out var n)
                && n > 0 && ToRfqQuantity(n, m.Groups["u"].Value, line, packs) is { } q)
            {
                return q == line.Quantity ? null : q;
            }
        }

        return null;
    }

    // "the tooling is already on the shelf": stock said of what makes the part, not of the part.
    [GeneratedRegex(@"\b(?:tooling|tools?|dies?|moulds?|molds?|patterns?|fixtures?|raw\s+material)\s+(?:is|are)\s+(?:already\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex ToolingSubject();

    [GeneratedRegex(@"\b(?:should\s+(?:read|be|have\s+been)|is\s+corrected\s+to|correct(?:ed)?\s+(?:price\s+)?(?:is|to)|correct(?:ed)?\s+(?:unit\s+)?price\s+(?:for|of)\b[^.;:$€£]{1,40}?\bis)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Correction();

    [GeneratedRegex(@"\b(?:quote[sd]?|quoting|offer(?:ed)?)\s+(?:\w+\s+)?(?:separately|later|apart|on\s+its\s+own)\b|\bseparate\s+(?:quot\w+|offer)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex QuotedApart();

    [GeneratedRegex(@"\b(?:balance|remainder|the\s+rest|remaining\s+(?:\d|\w+\s+\d)|the\s+(?:other|second|next)\s+\d|(?:second|last|final)\s+(?:lot|batch|shipment|delivery|part)|in\s+(?:two|three|2|3)\s+(?:lots|batches|shipments|deliveries|parts)|partial\s+(?:deliver|shipment)\w*|split\s+(?:deliver|shipment)\w*|restliche\w*|teillieferung\w*|le\s+reste|livraisons?\s+partielles?|el\s+resto)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex SplitDelivery();

    /// <summary>
    /// "25 off @ A$1,486.00 each" over "Tooling for the core box is extra", joined into one segment: after a price whose
    /// basis is written out, a capitalised word with no stop between starts the next line, which is not about this price.
    /// </summary>
    private static bool StartsNextPhrase(string text, PriceMention mention, string following) =>
        following.Length > 1 && char.IsWhiteSpace(following[0]) && char.IsUpper(following.AsSpan().TrimStart()[0])
        && text.AsSpan(mention.Index, mention.End - mention.Index).TrimEnd() is [.., var last] written
        && (char.IsLetter(last) || last == '.') && !EndsWithCurrency(written);

    private static bool EndsWithCurrency(ReadOnlySpan<char> written)
    {
        var word = written.TrimEnd('.');
        var space = word.LastIndexOfAny(' ', '\u00A0');
        word = space >= 0 ? word[(space + 1)..] : word;
        return word.Length == 3 && CurrencyCode.TryParse(word, null, out _);
    }

    // "Material certs: $35.00 per shipment": a charge per order or delivery, not a price per piece. "$1,486.00 each" over
    // "Delivery 14 weeks" is a price with the next line's label after it.
    [GeneratedRegex(@"^\S+(?:\s+\S+)?\s*(?:per|a|each|/)\s*(?:shipment|order|delivery|invoice|release|consignment|lieferung|bestellung|auftrag)\b(?!\s*(?::|\d))(?!\s+(?:times?|dates?|terms?|within|in)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex PerOrderCharge();

    [GeneratedRegex(@"^\s*(?:\+|plus)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex PlusAfter();

    // "3 full reels + one 50 m length = 800 m": a term of a sum, whose total is the quantity.
    [GeneratedRegex(@"\+\s*(?:\p{L}+\s+)?$", RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex SumTermBefore();

    // The words that leave a ladder's last tier open ("5,000 kg and up", "500 pièces et plus", "500 uds o más").
    private const string OpenEnd = @"or\s+(?:more|above|over)|and\s+(?:up|above|more|over)|et\s+plus|y\s+m[áa]s|o\s+m[áa]s|e\s+oltre|o\s+pi[uù]|und\s+mehr|ou\s+mais|ou\s+plus|e\s+acima|of\s+meer|en\s+meer";

    // "5,000 kg and up": a tier of a scale, not a quantity of its own.
    [GeneratedRegex(@"^\s*(?:up\b|" + OpenEnd + @")\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex OpenTierAfter();

    [GeneratedRegex(@"^\s*(?:\p{L}+\s+)?(?:\+|=\s*\d)", RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex SumTermAfter();

    // "5 spools = 1,525 m", "14 coils (840 m)", "8 cartons = 160 sets", "10,000 off (4 batches)": a whole count of packages
    // with what it comes to, either way round.
    private const string WholePackageCount = @"\d{1,4}\s*(?:full\s+|volle\s+|hele\s+)?(?:box(?:es)?|spools?|coils?|cartons?|reels?|rolls?|batch(?:es)?|bags?|drums?|pallets?|packs?|cases?|crates?|bars?|" + UnitWords.PackagesAbroad + @")";

    [GeneratedRegex(@"(?<![\d.,])" + WholePackageCount + @"\s*(?:=|\(|->|→)\s*(?<q>\d[\d,.' ]*\d|\d)\s*(?<u>[A-Za-z]+)\b|(?<![\d.,])(?<q>\d[\d,.']*\d|\d)\s*(?<u>[A-Za-z]+)\s*\(\s*" + WholePackageCount + @"\s*\)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex WholePackages();

    // The words that open a statement of a minimum, for the sentence and the clause patterns below.
    private const string MinimumWord = @"moq|mbq|minimum|min\.|minimal\w*|mindest\w*|m[ií]nim[oa]|minste|mindste|minsta";

    // "Minimum order: one pallet, 40 bags = 1,000 kg": a minimum anywhere earlier in the sentence.
    [GeneratedRegex(@"\b(?:" + MinimumWord + @")\b(?:[^.;!?]|(?<=\d)[.](?=\d))*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex MinimumInSentence();

    [GeneratedRegex(@"\b(?:of|per|à|de|von|van|je|di|da|av|med|z|à\s+raison\s+de)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex SizeOfBefore();

    [GeneratedRegex(@"^\)?\s*(?:per|to\s+a|in\s+a|/|je|pro|par)\s*(?:full\s+)?(?:pallet|box|carton|case|crate|drum|layer)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex PackageCompositionAfter();

    // The label of a field that follows, capitalised as labels are: " Frais de modèle :", " Tooling:".
    [GeneratedRegex(@"\s\p{Lu}[\p{L}'’ ./-]{1,30}?[ \t]*:", RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex NextFieldLabel();

    private static readonly SearchValues<char> FieldEnds = SearchValues.Create(":0123456789");

    // The price's own field label, right before the amount: "Prix unitaire : ".
    [GeneratedRegex(@"\p{Lu}[\p{L}'’ ./-]{1,30}?[ \t]*:[ \t]*$", RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex OwnFieldLabel();

    [GeneratedRegex(@"\b(?:somewhere\s+around|(?:come\s+in\s+)?around|roughly|ballpark|in\s+the\s+region\s+of|in\s+the\s+ballpark\s+of)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Ballpark();

    [GeneratedRegex(@"\b(?:deliver\w*|ship\w*|dispatch\w*|available|ready|lieferung|liefertermin|livraison|levering|leveringsdato|leverans|leveransdatum|leverdatum|consegna|entrega|dostawa|dodání)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex DeliveryDateLabel();

    // The period of an abbreviation before a number ("Pos. 3", "No. 4", "approx. 5") ends no clause.
    [GeneratedRegex(@"(?<!\b(?:pos|poz|no|nr|art|ref|approx|ca|tel|fax|rs))\.(?=\s|$)|[;!?](?=\s|$)|\s+(?:but|however|whereas)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex ClauseEnd();

    [GeneratedRegex(@"^[\s,;]*(?:total|in\s+total|extended|ext\.|net\s+total|for\s+(?:the\s+)?(?:lot|total|all))\b(?!\s*(?:value|amount|price)?\s*[:=]?\s*(?:[$€£¥]|[A-Z]{3}\s?\d|\d))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex AfterTotal();

    [GeneratedRegex(@"(?<![\w.,$€£¥/-])(?<!(?:line|item|pos|position|ln|no|nr|row|#)\.?\s*)(?<!\b(?:RAL|DIN|ISO|EN|AISI|SAE|ASTM|UNS|AWG|IP|DN|PN|RVS|SS|inox|nerez|grade|type|class|NBR|HNBR|FKM|FPM|EPDM|VMQ|Shore|HRC|IRHD)\s*)(?<!(?:\bà|\bof|(?<!\bpartir\s)\bde|\bvon|\bje|\bpro|\bper|\bpreiseinheit|\d\s*[x×*])\s*)(?:\bde\s+(?=\d[\d \u00A0\u202F.,]*\s*(?:à|a)\s*\d))?(?:(?<upto>\bup\s+to|\baté|\bhasta|\bbis|\bjusqu['’]à|\bfino\s+a|<=?|≤)\s*)?(?<n>\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?![\d.,])|" + TextPatterns.Number + @")(?<k>k(?![a-z]))?(?:\s*(?:-|–|to|a|à|bis|hasta|tot|till)\s*(?<hi>\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?![\d.,])|" + TextPatterns.Number + @")k?(?![a-z]))?\s*\+?\s*(?<u>pcs|pieces|units|pc|ea|stk|stück|st|szt|off|m|metres|meters|mtrs|mts?|ft|feet|kg|lbs?|spools?|boxes|reels?|rolls?|sets?|sæt|sett|kits?|pairs?|sheets?|coils?|pi[èe]ces?|piezas|pzas|pezzi|pz|stuks?|ks|kus[ůu]|db|adet|unidades|uds|pe[çc]as|jeux)?\.?\s*(?:\+|up|" + OpenEnd + @")?\s*(?:at|@|:|=|-|–|for|→|\.{3,}|…+|\|)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex QuantityBefore();

    [GeneratedRegex(@"^[^.;\n]{0,40}?(?:\bif\s+(?:you\s+)?(?:can\s+)?(?:take|order|buy|commit\s+to|go\s+to)|\bfor|\bat|\bon\s+orders?\s+of|\bfrom|\bvid|\bbij|\bved|\babove|\bover|\borders?\s+(?:of|over|above)|\bqty|\bquantity|>=?|≥|@)\s*(?<n>\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?![\d.,])|" + TextPatterns.Number + @")(?<k>k(?![a-z]))?\s*\+?\s*(?<u>pcs|pieces|units|pc|ea|stk|m|metres|meters|ft|kg|spools?|boxes|reels?|sets?|kits?|pairs?|sheets?|coils?)?\b(?!\s*(?:days?|weeks?|wks?|months?|%))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex QuantityAfter();

    [GeneratedRegex(@"(?<![\w.,/-])(?<n>\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?![\d.,])|" + TextPatterns.Number + @")\s*(?<u>pcs|pieces|units|pc|ea|stk|stück|(?<=\s)st|stuks|szt|(?<=\s)ks|(?<=\s)db|buc|adet|kpl|pz|pezzi|piezas|peças|sheets|m|metres|meters|mtrs|ft|feet|kg|lbs|spools|boxes|reels|rolls|coils|kits|kit(?![\w-])|sets|set(?![\w-])|cartons|meter|metre|uds|unidades|s[äa]tze|satz|jeux|juegos)\b\.?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex QuantityWithUnit();

    [GeneratedRegex(@"(?:\bper|/|\bof|\bpo|\bje|\bpro|\bpreiseinheit|\bprice\s+unit|\bpacked|\bpacking|\bpack(?:ed)?\s+(?:in|size)|\bspq|\bvpe|\bverpackungseinheit|\bpacking\s+unit|\bpakningsenhed|\bf[öo]rpackningsenhet|\bforpakningsenhet|\bverpakkingseenheid|\bmin(?:imum)?\.?(?:\s+order)?(?:\s+(?:qty|quantity|lot|batch|run))?|\bmindest\w*|\d\s*(?:-|–|to|a|à|bis|hasta|tot|till)|\bmoq|\bmbq|\btake|\bover|\babove|\bbelow|\bunder|\bup\s+to|\baté|\bhasta|\bbis|\bjusqu['’]à|\bfino\s+a|\bless\s+than|\bat\s+least|\bfrom|\bab|\bvanaf|\bvan|\bdesde|\bdès|\b[aà]\s+partir\s+de|\beach|\bx|\bwire|\bon|\bin)\s*[:=]?\s*$|\b(?:bag|box|sack|sac|pack|carton|case|reel|spool|roll|drum|coil|pallet|crate|bobine|rouleau|bobina|rollo|gross|dozen|caja|caixa|bolsa|saco|karton|doos|zak|beutel|kiste|work[iów])\w*\s*(?:\(|(?:de|à|von|mit|con|com|po)\s)\s*$|\b(?:bags?|sacks?|sacos?|sacs?|säcke?|worki|worków|worek|beutel)\s*$|(?:^|\s)à\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex NotQuantityBefore();

    [GeneratedRegex(@"^\s*\)?\s*(?:\+|or\s+more|(?:per|je|pro|par|por|/|to\s+a|in\s+a|on\s+a)\s*(?:bag|box|pack|carton|case|crate|reel|spool|roll|tray|tube|pallet|palette|sack|karton|rolle)\b|spools?|box(?:es)?|reels?|rolls?|packs?|bags?|cartons?|coils?|drums?|min\b|minimum|moq|samples?\b|muster\b|muestras?\b|échantillons?\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex PackAfter();

    [GeneratedRegex(@"\b(?:also|additionally|in\s+addition|as\s+an\s+option|optional(?:ly)?|if\s+(?:acceptable|of\s+interest|preferred|you\s+prefer))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex OptionWords();

    [GeneratedRegex(@"\b(?:warranty|guarantee|notice|return|quote\s+in|reply\s+within)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex WarrantyWord();

    [GeneratedRegex(@"\b(?:qty|quantity|quantities|menge|cantidad|quantit[ée]|qt[ée])\.?(?:\s*\([^)]{0,12}\))?\s*:?\s*(?=\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex QuantityRowLabel();

    private static readonly TriggerSet AmendWords = TriggerSet.Guard("abweichend", "entgegen", "unlike", "differ", "contrary", "correction", "korrektur", "berichtigung", "instead", "not", "rather");

    [GeneratedRegex(@"\b(?:abweichend\s+(?:von|zu)|entgegen\s+(?:der|dem|unserem|unserer)|unlike\s+(?:the|our|what)|(?:differs?|different)\s+from\s+(?:the|our|what)|contrary\s+to\s+(?:the|our|what)|correction|korrektur|berichtigung|instead\s+of\s+what|(?:not|instead\s+of|rather\s+than)\s+(?:the\s+)?\d+(?:\s*[-–]\s*\d+)?\s*(?:weeks?|wks?|days?|months?))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Amends();

    // "your 1,500 m is 4,921 ft, so we would ship ...": the request restated, in the clause that names it as yours.
    [GeneratedRegex(@"\b(?:your|you\s+asked\s+for|requested)\b(?:[^,;.:()]|(?<=\d)[,.](?=\d))*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex RequestRestated();

    // "MOQ one pallet (40 bags = 1,000 kg)": a quantity inside the statement of a minimum is the minimum's, not the quote's.
    [GeneratedRegex(@"\b(?:" + MinimumWord + @")(?:\s+\p{L}+){0,3}\s*:?(?:[^,;.:]|(?<=\d)[,.](?=\d)|,(?=\s*\d))*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex MinimumClause();

    // "MOQ one pallet (40 bags = 1,000 kg)": a minimum of one package, its size in the parentheses.
    [GeneratedRegex(@"\b(?:moq|min(?:imum)?\.?(?:\s+order)?)\s*[:=]?\s*(?:is\s+)?(?:one|a|1)\s+(?:full\s+|whole\s+|complete\s+)?\p{L}+\s*(?:\((?:[^()]*?=\s*)?(?<num>" + TextPatterns.Number + @")\s*(?<unit>kg|pcs|pieces|m|metres|meters|sets|ea)\s*\)|,\s*(?:[^(),.;]*?=\s*)?(?<num>" + TextPatterns.Number + @")\s*(?<unit>kg|pcs|pieces|m|metres|meters|sets|ea)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex MoqOfOnePackage();

    // "2 for $5.00": a price for a small count, not a tier starting at it ("RAL 7035 - 25 pcs" is no range either: a
    // range runs upwards).
    [GeneratedRegex(@"^\s*\d{1,2}\s+for\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex MultiBuy();

    [GeneratedRegex(@"(?:\b(?:unter|under|below|less\s+than|over|above|exceeding|moins\s+de|menos\s+de|inferiore\s+a|surcharge\s+of)|zuschlag\w*\s+von)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex OrderValueBound();
}
