using System.Globalization;
using System.Text.RegularExpressions;
using Purchaser.Domain;
using Purchaser.Quotes.Extraction;
using Purchaser.Quotes.Text;

namespace Purchaser.Quotes.Tables;

/// <summary>Reads quote lines from a table whose header row names its columns by meaning.</summary>
internal static partial class TableReader
{
    /// <summary>A row of a table whose header names its columns: the most structured reading there is.</summary>
    public const double Confidence = 0.9;

    /// <summary>Reads <paramref name="table"/>; returns false when no header row could be recognized.</summary>
    public static bool Read(Table table, DocumentContext context, QuoteFindings findings, CurrencyCode? statedCurrency = null)
    {
        var headerIndex = TableHeader.FindHeader(table, out var roles);
        if (headerIndex < 0)
        {
            // One column per part with the attributes down the rows ("Part number | A | B", "Unit price | 1.10 | 2.20"),
            // or a card of label and value: read across. Only a table of cells; a text table's rows are its lines.
            return table.Lines is null && Transposed(table) is { } across && TableHeader.FindHeader(across, out _) is >= 0 and <= 2
                && Read(across, context, findings, statedCurrency);
        }

        var header = table.Rows[headerIndex];
        var first = headerIndex + 1;
        var answeredBefore = findings.Lines.Count;
        // A group header ("Price (USD)" over "Unit | Extended") above the row naming each column, or a row of units under
        // the names ("Unit Price" over "(USD/1000pcs)"): the two rows read as one header.
        if ((TableHeader.SubHeader(table, headerIndex) ?? TableHeader.UnitRow(table, headerIndex)) is { } merged)
        {
            header = merged;
            roles = [.. merged.Select(HeaderReader.Role)];
            TierHeader.Mark(merged, roles);
            first++;
        }

        var rows = table.Rows.Skip(first).ToList();
        findings.ValidUntil ??= ValidityColumn(header, rows, context.Document.QuotedOn);
        var style = NumberParser.Detect(rows.SelectMany(r => r));
        if (style == DecimalStyle.Unknown)
        {
            style = context.TextStyle;
        }

        TableHeader.FixRoles(roles, rows);
        TableHeader.PreferUnitQuantity(roles, header);
        var priceColumn = TableHeader.PriceColumn(roles, header);
        var price = PriceColumn.Of(priceColumn, header, roles, context);
        var columnCurrency = price.Currency;
        var leadUnit = Enumerable.Range(0, header.Count).FirstOrDefault(i => roles[i] == ColumnRole.LeadTime, -1) is var leadColumn and >= 0 ? TableHeader.LeadUnitOf(header[leadColumn]) : null;
        var pairs = TableTiers.QuantityPricePairs(roles);
        LineFinding? previous = null;
        RfqLine? previousLine = null;
        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            if (row.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            // A ladder set apart under the part it prices ("see breaks" in the row above).
            if (previous is not null && PartBreakBlock.Read(rows, r, context, findings, style, columnCurrency ?? statedCurrency) is > 0 and var taken)
            {
                r += taken;
                continue;
            }

            var text = string.Join("  ", row.Where(c => c.Length > 0));
            var declines = TextPatterns.IsNoBid(text);

            // "CBL-4C22-PUR and PLT-0915-R2: no quote, ..." under a table: a decline of several lines, not a row of one.
            if (declines && table.Lines is not null && context.Matcher.FindParts(text).Select(p => p.LineNumber).Distinct().Skip(1).Any())
            {
                continue;
            }

            if (declines && DeclinedLines(text, context) is { Count: > 1 } declinedLines)
            {
                // "Lines 1, 2 and 5 of your inquiry: no offer" written across a sheet's row: those lines are declined.
                foreach (var number in declinedLines)
                {
                    var decline = new LineFinding { LineNumber = number, Confidence = Confidence, NoBid = true, NoBidReason = string.Join(" ", row.Where(c => c.Length > 0)).Trim() };
                    decline.Source(QuoteFields.NoBid, decline.NoBidReason);
                    findings.Lines.Add(decline);
                }

                continue;
            }

            var line = ReferencedBelow(rows, r, context) ?? MatchLine(row, roles, context);
            if (line is null && TextPatterns.TotalWord().IsMatch(text))
            {
                // "Subtotal $9,500.10": the items are over; a freight or charge row under it continues no line.
                (previous, previousLine) = (null, null);
            }

            if (line is null)
            {
                if (previous is not null && previousLine is not null && TableTiers.BreakRow(previous, previousLine, row, roles, priceColumn, context, style))
                {
                    // A break row read with its item is not read again as prose ("10,000 - 24,999 $74.50" is no quantity).
                    if (table.Lines is { } breakSource)
                    {
                        context.RowsReadByTables.Add(breakSource[first + r]);
                    }

                    continue;
                }

                if (previous is not null && previousLine is not null && row.Count(c => c.Length > 0) <= 2)
                {
                    Continue(previous, previousLine, text, context, findings, style);
                }
                else if (FreeTextExtractor.IsNote(text) || (TextPatterns.IsOneOffCharge(text) && row.Any(c => TableCells.PlainCount(c) is > 0)))
                {
                    // "One-time cost: mould for the kit gasket | 650": a sheet's charge row whose amount is a plain number.
                    findings.AddNote(null, text);
                }

                continue;
            }

            // A row of its own for a one-off charge ("6 | - | Cutting die for item 1 (one time) | 1 | SET | 260.00"): it
            // may share a word with a line's description, but it prices no part.
            if (IsChargeRow(row, context, out var charge))
            {
                findings.AddNote(null, charge);
                continue;
            }

            var finding = ReadRow(row, roles, price.For(row, header, roles, context), statedCurrency, line, context, findings, style, leadUnit);
            if (pairs.Count > 0)
            {
                TableTiers.ReadPairs(finding, row, pairs, line, context, style, columnCurrency ?? statedCurrency);
            }

            TableTiers.ReadTiers(finding, row, header, roles, line, context, style, columnCurrency ?? statedCurrency);
            findings.Lines.Add(finding);
            if (finding.Answers && table.Lines is { } source)
            {
                context.RowsReadByTables.Add(source[first + r]);
            }

            previous = finding;
            previousLine = line;
        }

        // The header of a table that answered a line is not prose: its "50 pcs | 120 pcs | 250 pcs" are tiers, no quantity.
        if (table.Lines is { } lines && findings.Lines.Skip(answeredBefore).Any(l => l.Answers))
        {
            // A "header" that prices or names a part is an item the header search took for one: it stays for the prose.
            for (var h = headerIndex; h < first; h++)
            {
                if (!TextPatterns.HasMoney(lines[h]) && context.Matcher.FindParts(lines[h]).Count == 0)
                {
                    context.RowsReadByTables.Add(lines[h]);
                }
            }
        }

        return true;
    }

    private static bool IsChargeRow(IReadOnlyList<string> row, DocumentContext context, out string text)
    {
        text = string.Empty;
        if (!row.Any(c => TextPatterns.IsOneOffCharge(c)))
        {
            return false;
        }

        text = string.Join("  ", row.Where(c => c.Length > 0));
        return FreeTextExtractor.IsNote(text) && !row.Any(c => c.Length > 0 && context.Matcher.FindParts(c).Exists(p => !ChargeFor(c, p.Index)));
    }

    // "Steel rule die for GSK-EPDM-80": the part a charge is for, named after it, is not the part the row prices.
    private static bool ChargeFor(string cell, int partAt) =>
        TextPatterns.IsOneOffCharge(cell) && ForBefore().IsMatch(cell.AsSpan(0, partAt));

    // An ERP print gives its own item number and product code, and the customer's part on the row below ("CUST PROD:
    // BRG 6205-2RS", "Your material no.: FIT-316-G12-10"): that part names the row's line, whatever its item number says.
    private static RfqLine? ReferencedBelow(List<IReadOnlyList<string>> rows, int r, DocumentContext context)
    {
        if (r + 1 >= rows.Count)
        {
            return null;
        }

        // The label starts the row, so its first cell tells before the row is joined.
        if (rows[r + 1].FirstOrDefault(c => c.Length > 0) is not { } label || !CustomerReference().IsMatch(label))
        {
            return null;
        }

        var below = string.Join(' ', rows[r + 1].Where(c => c.Length > 0));
        return context.Matcher.FindParts(below) is [var only] ? context.Document.Rfq.FindLine(only.LineNumber) : null;
    }

    private static Table? Transposed(Table table)
    {
        var width = table.Rows.Count == 0 ? 0 : table.Rows.Max(r => r.Count);
        if (width < 2 || table.Rows.Count < 2)
        {
            return null;
        }

        var rows = new List<IReadOnlyList<string>>(width);
        for (var c = 0; c < width; c++)
        {
            rows.Add([.. table.Rows.Select(r => c < r.Count ? r[c] : string.Empty)]);
        }

        return new Table(rows, table.Source + " (read across)");
    }

    private static bool IsVariantOf(string quoted, string? asked)
    {
        if (asked is null)
        {
            return false;
        }

        var q = LineMatcher.Normalize(quoted);
        var a = LineMatcher.Normalize(asked);
        var common = q.AsSpan().CommonPrefixLength(a);
        return q != a && common >= 6 && common * 10 >= a.Length * 7 && Math.Abs(q.Length - a.Length) <= 4;
    }

    private static RfqLine? MatchLine(IReadOnlyList<string> row, ColumnRole[] roles, DocumentContext context)
    {
        var rfq = context.Document.Rfq;
        for (var c = 0; c < row.Count; c++)
        {
            var role = c < roles.Length ? roles[c] : ColumnRole.Unknown;
            if (role is ColumnRole.Part or ColumnRole.Description or ColumnRole.Unknown or ColumnRole.Comment && context.Matcher.FindParts(row[c]) is [var first, ..])
            {
                return rfq.FindLine(first.LineNumber);
            }
        }

        for (var c = 0; c < Math.Min(row.Count, roles.Length); c++)
        {
            if (roles[c] == ColumnRole.LineNumber && int.TryParse(row[c].Trim().TrimEnd('.'), out var number) && rfq.FindLine(number) is { } byNumber)
            {
                return byNumber;
            }
        }

        var words = string.Join(' ', Enumerable.Range(0, Math.Min(row.Count, roles.Length)).Where(c => roles[c] is ColumnRole.Part or ColumnRole.Description).Select(c => row[c]));
        if (words.Length == 0 && !roles.Contains(ColumnRole.Description) && !roles.Contains(ColumnRole.Part))
        {
            words = string.Join(' ', row);
        }

        return context.Matcher.BestDescriptionMatch(words) is { } best ? rfq.FindLine(best) : null;
    }

    // The lines a declining row of prose names by number ("Lines 1, 2 and 5 of your inquiry: no quotation"), when it prices nothing.
    private static List<int> DeclinedLines(string rowText, DocumentContext context) =>
        TextPatterns.HasAmount(rowText) ? [] : [.. context.Matcher.FindLineNumbers(rowText).Select(d => d.LineNumber).Distinct()];

    // An ERP export's "Expiration" or "Valid until" column: the date under it is the quote's validity.
    private static DateOnly? ValidityColumn(IReadOnlyList<string> header, List<IReadOnlyList<string>> rows, DateOnly? quotedOn)
    {
        for (var c = 0; c < header.Count; c++)
        {
            if (header[c].Length is > 0 and < 30 && TextPatterns.ValidityWord().IsMatch(header[c])
                && rows.Select(r => c < r.Count ? r[c] : string.Empty).FirstOrDefault(v => v.Length > 0) is { } cell && DateParser.FindFirst(cell, quotedOn) is { } date)
            {
                return date.Date;
            }
        }

        return null;
    }

    private static LineFinding ReadRow(IReadOnlyList<string> row, ColumnRole[] roles, PriceColumn column, CurrencyCode? statedCurrency, RfqLine line, DocumentContext context, QuoteFindings findings, DecimalStyle style, Func<int, int>? leadUnit)
    {
        var priceIndex = column.Index;
        var columnCurrency = column.Currency ?? statedCurrency;
        // A unit column holding a count ("Units: 17" beside "Sales unit: box of 120") says how many, not of what.
        string Cell(ColumnRole role)
        {
            for (var i = 0; i < Math.Min(row.Count, roles.Length); i++)
            {
                if (roles[i] == role && row[i].Length > 0 && (role != ColumnRole.Unit || TableCells.PlainCount(row[i]) is null))
                {
                    return row[i];
                }
            }

            return string.Empty;
        }

        var finding = new LineFinding { LineNumber = line.LineNumber, Confidence = Confidence };
        var packs = context.PacksForRow(line, row);
        var priceCell = priceIndex >= 0 && priceIndex < row.Count ? row[priceIndex] : string.Empty;
        var unitCell = Cell(ColumnRole.Unit);
        // A unit counted in a multiple ("1000 Units", as ERP exports write it): quantity and price are in that multiple.
        // "200 | BOX | 100 (Qty. per Unit of Measure) | 3.05": the row counts and prices boxes of a hundred.
        var unitMultiple = TableCells.UnitMultiple(unitCell, line)
            ?? (UnitWords.Read(unitCell) is { IsPackage: true } && TableCells.PlainCount(Cell(ColumnRole.UnitContent)) is > 1 and var content ? (int)content : null);
        var priceUnitCell = Cell(ColumnRole.PriceUnit) is { Length: > 0 } statedBasis ? statedBasis
            : unitMultiple is { } multiple ? $"{multiple.ToString(CultureInfo.InvariantCulture)} {line.Unit.Code}" : string.Empty;
        if (column.LotPriced && priceUnitCell.Length == 0 && TableCells.ReadQuantity(Cell(ColumnRole.Quantity), unitCell, line, packs, style) is > 0 and var lot)
        {
            priceUnitCell = lot.ToString(CultureInfo.InvariantCulture);
        }

        var rowCurrency = Cell(ColumnRole.Currency) is { Length: > 0 } cur ? context.Currencies.Resolve(cur) : null;
        if (TableCells.ReadPrice(priceCell, context, style) is { } mention)
        {
            var basis = PriceBasis.ReadCell(priceUnitCell) is { } explicitBasis ? TableCells.WithUnit(explicitBasis, unitCell) : mention.Basis != PriceBasis.One ? mention.Basis : column.Basis ?? PriceBasis.One;
            // "EUR per sales unit" over a column saying what each row sells by ("piece", "box of 120").
            if (basis.Unit is { Word: UnitWords.SellUnit } && PriceBasis.ReadCell(Cell(ColumnRole.SellUnit) is { Length: > 0 } sellUnit ? sellUnit : unitCell) is { } sold)
            {
                basis = sold;
            }

            // "Price/coil" beside "m/coil  50": the content column sizes the package the header prices by.
            if (basis.Unit is { IsPackage: true } package && TableCells.PlainCount(Cell(ColumnRole.UnitContent)) is > 1 and var perPackage && packs.For(package.Word) is null)
            {
                packs = PackSizes.From(line.Description);
                packs.LearnCell($"{package.Word} {perPackage.ToString(CultureInfo.InvariantCulture)} {line.Unit.Code}");
            }

            if (basis.ToRfqUnit(mention.Amount, line, packs) is { } price)
            {
                finding.UnitPrice = price;
                finding.Currency = mention.Currency ?? rowCurrency ?? columnCurrency;
                finding.Source(QuoteFields.UnitPrice, priceUnitCell.Length > 0 ? $"{priceCell} / {priceUnitCell}" : priceCell);
            }
        }

        if (column.Discounted && finding.UnitPrice is { } listed && TableCells.Percent(Cell(ColumnRole.Discount)) is { } off)
        {
            finding.UnitPrice = PriceBasis.Round(listed * (1 - (off / 100)));
            finding.Source(QuoteFields.UnitPrice, $"{priceCell} less {Cell(ColumnRole.Discount)}");
        }

        // A price cell holding more than its price ("1k+: $0.214 / 5k+: $0.186" stacked on lines, "$0.0302 ea / MOQ 25,000")
        // is read like a line of text: its tiers and its minimum too.
        if (TableCells.StackedPriceCell(priceCell))
        {
            var inner = LineTextReader.Read(priceCell, line, context, Confidence, style, new List<(int? Line, string Detail)>());
            if (inner.PriceBreaks.Count > 0 && inner.UnitPrice is { } tiered)
            {
                finding.UnitPrice = tiered;
                finding.Currency = inner.Currency ?? finding.Currency ?? rowCurrency ?? columnCurrency;
                finding.Source(QuoteFields.UnitPrice, priceCell);
                foreach (var tier in inner.PriceBreaks)
                {
                    finding.PriceBreaks.Add(tier);
                }

                finding.Source(QuoteFields.PriceBreaks, priceCell);
            }

            if (inner.Moq is { } cellMoq)
            {
                finding.Moq = cellMoq;
                finding.Source(QuoteFields.Moq, priceCell);
            }
        }

        // Kept when it is the quantity asked for too: a row confirming it outranks a looser reading elsewhere.
        if (Cell(ColumnRole.Quantity) is { Length: > 0 } qtyCell && TableCells.ReadQuantity(qtyCell, unitMultiple is null ? unitCell : string.Empty, line, packs, style, out var inOwnUnit) is { } qty)
        {
            // "2,000 pcs" beside a unit of "pack of 10": a count in its own unit is not counted in packs.
            finding.Quantity = inOwnUnit ? qty : qty * (unitMultiple ?? 1);
            finding.Source(QuoteFields.Quantity, qtyCell);
        }

        // "Stock Avail." of at least the quantity ships from stock, whatever the factory's lead time beside it; a stock
        // column holding words ("ex stock") is read as a lead time where there is no other.
        var stockCell = Cell(ColumnRole.StockQuantity);
        var stockCounted = stockCell.AsSpan().TrimStart() is [>= '0' and <= '9', ..];
        if (stockCounted && TableCells.ReadQuantity(stockCell, unitCell, line, packs, style) is { } onHand && onHand >= line.Quantity)
        {
            finding.LeadTimeDays = 0;
            finding.Source(QuoteFields.LeadTimeDays, stockCell);
        }
        else if ((Cell(ColumnRole.LeadTime) is { Length: > 0 } leadColumn ? leadColumn : stockCounted ? string.Empty : stockCell) is { Length: > 0 } leadCell)
        {
            if (leadUnit is not null && TableCells.BareCountOrRange(leadCell) is { } bare)
            {
                finding.LeadTimeDays = leadUnit(bare);
            }
            else if (LeadTimeParser.InCell(leadCell) is { } lead)
            {
                // "10 pcs in 10 weeks, 15 pcs in 14 weeks": the line is complete with its last part.
                finding.LeadTimeDays = LeadTimeParser.Find(leadCell) is { Count: > 1 } parts ? Math.Max(lead.Days, parts.Max(p => p.Days)) : lead.Days;
            }
            else if (context.Document.QuotedOn is { } weekFrom && CalendarWeek.DaysAfter(leadCell, weekFrom) is { } inWeek)
            {
                finding.LeadTimeDays = inWeek;
            }
            else if (context.Document.QuotedOn is { } quotedOn && DateParser.FindFirst(leadCell, quotedOn) is { } date && date.Date >= quotedOn)
            {
                finding.LeadTimeDays = date.Date.DayNumber - quotedOn.DayNumber;
            }
            else if (context.Document.QuotedOn is { } shipFrom && DateParser.MonthDayCell(leadCell, shipFrom) is { } shipDate)
            {
                finding.LeadTimeDays = shipDate.DayNumber - shipFrom.DayNumber;
            }

            if (finding.LeadTimeDays is not null)
            {
                finding.Source(QuoteFields.LeadTimeDays, leadCell);
            }
        }
        else if (finding.UnitPrice is not null && priceCell.Length > 12 && LeadTimeParser.Find(priceCell) is [var spilled, ..])
        {
            // "USD 28.90 per thousand from stock (Monterrey)": a long price ran into the empty lead-time column beside it.
            finding.LeadTimeDays = spilled.Days;
            finding.Source(QuoteFields.LeadTimeDays, priceCell);
        }

        if (Cell(ColumnRole.Moq) is { Length: > 0 } moqCell && TableCells.ReadQuantity(moqCell, unitCell, line, packs, style) is { } moq)
        {
            finding.Moq = moq;
            finding.Source(QuoteFields.Moq, moqCell);
        }

        // "The Festo ... is not in our range; we offer the equivalent Camozzi cylinder 61M2P032A0080 (...)": a sentence in the
        // offered-part cell names the part the way prose does.
        if (Cell(ColumnRole.Alternate) is { Length: > 0 } alternate && !context.Matcher.IsRfqPart(alternate) && TextPatterns.PartLikeToken().IsMatch(alternate)
            && (alternate.AsSpan().Count(' ') > 2 ? AlternatePartFinder.Find(alternate, context)?.Token : AlternatePartFinder.WithoutMaker(alternate)) is { } offered)
        {
            finding.AlternatePartNumber = offered;
            finding.Source(QuoteFields.AlternatePartNumber, alternate);
        }

        // The part asked for at another revision or in another variant ("SH-2231-C rev A" for "SH-2231-C rev B"), in the
        // part column of a row matched by its line number: what is quoted is not what was asked for.
        if (finding.AlternatePartNumber is null && Cell(ColumnRole.Part) is { Length: > 0 } quotedPart && IsVariantOf(quotedPart, line.PartNumber) && context.Matcher.FindParts(quotedPart).Count == 0)
        {
            finding.AlternatePartNumber = quotedPart;
            finding.Source(QuoteFields.AlternatePartNumber, quotedPart);
        }

        // "6205DDUC3 | NSK bearing, alternate for 6205-2RS": a row that says what it replaces offers its own part instead.
        if (finding.AlternatePartNumber is null && Cell(ColumnRole.Part) is { Length: > 0 } ownPart && !context.Matcher.IsRfqPart(ownPart)
            && TextPatterns.PartLikeToken().IsMatch(ownPart) && AlternatePartFinder.SaysWhatItReplaces(Loose(row, roles)))
        {
            finding.AlternatePartNumber = ownPart.Trim();
            finding.Source(QuoteFields.AlternatePartNumber, ownPart);
        }

        var breakQty = Cell(ColumnRole.BreakQuantity);
        var breakPrice = Cell(ColumnRole.BreakPrice);
        // "500 - 999 | $2.60" on the item's own row: its price is the first tier, which starts there.
        if (breakQty.Length > 0 && breakPrice.Length == 0 && finding.UnitPrice is not null && TableCells.ReadQuantity(breakQty, string.Empty, line, packs, style) is > 0 and var firstTier)
        {
            finding.BaseMinimum = firstTier;
        }

        if (breakQty.Length > 0 && breakPrice.Length > 0 && TableCells.ReadQuantity(breakQty, unitCell, line, packs, style) is { } bq && TableCells.ReadPrice(breakPrice, context, style) is { } bp)
        {
            var basis = PriceBasis.ReadCell(priceUnitCell) is { } explicitBasis ? TableCells.WithUnit(explicitBasis, unitCell) : bp.Basis;
            if (basis.ToRfqUnit(bp.Amount, line, packs) is { } bpPrice)
            {
                finding.PriceBreaks.Add(new(bq, bpPrice));
                finding.Source(QuoteFields.PriceBreaks, $"{breakQty}: {breakPrice}");
            }
        }

        var loose = Loose(row, roles);
        // "TBD", "POA" or "call for price" is a price still to come: the line is not answered, but not declined either.
        // "-" under the price with "Quote pending from manufacturer" beside it: a price to come, not a decline.
        if (finding.UnitPrice is null && string.Join("  ", new[] { priceCell, loose, Cell(ColumnRole.LeadTime) }.Where(v => v.Length > 0)) is var noBidText
            && !PriceToCome().IsMatch(noBidText) && (TextPatterns.IsNoBid(noBidText) || NoPriceCell().IsMatch(priceCell)))
        {
            finding.NoBid = true;
            finding.NoBidReason = row.FirstOrDefault(TextPatterns.IsNoBid)?.Trim() ?? noBidText.Trim();
            finding.Source(QuoteFields.NoBid, finding.NoBidReason);
        }

        if (loose.Length > 0)
        {
            // "MOQ 2 packs" in a remark counts the packs the price-unit cell sizes ("pack of 25 sets").
            var priceUnit = Cell(ColumnRole.PriceUnit);
            Continue(finding, line, PackSizes.NamesPackage([priceUnit]) ? $"{loose}  ({priceUnit})" : loose, context, findings, style);
        }

        TableTiers.ApplyBreaks(finding, line);
        return finding;
    }

    /// <summary>The row's free cells (comments, descriptions, columns of no known meaning), joined.</summary>
    private static string Loose(IReadOnlyList<string> row, ColumnRole[] roles)
    {
        List<string>? cells = null;
        for (var i = 0; i < row.Count; i++)
        {
            if ((i >= roles.Length || roles[i] is ColumnRole.Comment or ColumnRole.Unknown or ColumnRole.Description) && row[i].Length > 0)
            {
                (cells ??= []).Add(row[i]);
            }
        }

        return cells is null ? string.Empty : string.Join("  ", cells);
    }

    private static void Continue(LineFinding finding, RfqLine line, string text, DocumentContext context, QuoteFindings findings, DecimalStyle style)
    {
        var notes = new List<(int? Line, string Detail)>();
        var extra = LineTextReader.Read(text, line, context, Confidence, style, notes);
        finding.Moq ??= extra.Moq;
        finding.AlternatePartNumber ??= extra.AlternatePartNumber;
        finding.LeadTimeDays ??= extra.LeadTimeDays;
        if (extra.UnitPrice is { } price)
        {
            // A row's net price line ("Net price 0.1927 USD") replaces the gross price read from a line above it.
            if (finding.UnitPrice is null || PriceMentionRules.StartsWithNetPrice(text))
            {
                finding.UnitPrice = price;
                finding.Currency = extra.Currency ?? finding.Currency;
            }
            else if (extra.PriceBreaks.Count == 0 && BreakText().IsMatch(text))
            {
                var qty = extra.Quantity ?? TableCells.BreakQuantityIn(text, style);
                if (qty is { } q)
                {
                    finding.PriceBreaks.Add(new(q, price));
                    finding.Source(QuoteFields.PriceBreaks, text);
                }
            }

            foreach (var b in extra.PriceBreaks)
            {
                finding.PriceBreaks.Add(b);
            }
        }

        foreach (var (field, source) in extra.Sources)
        {
            finding.Source(field, source);
        }

        foreach (var (lineNumber, detail) in notes)
        {
            if (FreeTextExtractor.IsNote(detail))
            {
                findings.AddNote(lineNumber, detail);
            }
        }

        TableTiers.ApplyBreaks(finding, line);
    }

    [GeneratedRegex(@"^\s*(?:-+|–|—|n/?a|n\.a\.|x|/)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex NoPriceCell();

    [GeneratedRegex(@"\d\s*\+|\bfrom\b|\babove\b|\bover\b|\bbreak\b|@|>=?|≥", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex BreakText();

    [GeneratedRegex(@"^\s*(?:cust(?:omer)?\.?\s*(?:prod(?:uct)?|part|item|mat(?:erial)?|art(?:icle)?)|your\s+(?:material|part|item|article|ref(?:erence)?)|ihre?\s+(?:material|artikel|teile)|kunden[- ]?(?:mat|artikel|teile))\w*\.?\s*(?:no\.?|nr\.?|number|#)?\s*[:=]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex CustomerReference();

    [GeneratedRegex(@"\b(?:tb[ad]|poa|p\.o\.a\.|price\s+on\s+(?:application|request)|call\s+for\s+price|on\s+request|auf\s+anfrage|(?:quote|price|pricing)\s+(?:is\s+)?(?:pending|to\s+follow|will\s+follow)|pending\s+(?:from|with)\s+(?:the\s+)?(?:manufacturer|factory|mill|supplier)|(?:waiting|awaiting)\s+(?:on|for)\s+(?:the\s+)?(?:manufacturer|factory|mill|supplier))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex PriceToCome();

    [GeneratedRegex(@"\b(?:for|für|pour|para|per)\s+(?:(?:item|line|pos\.?|part|p/n)\s*)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex ForBefore();
}
