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
        var headerIndex = FindHeader(table, out var roles);
        if (headerIndex < 0)
        {
            // One column per part with the attributes down the rows ("Part number | A | B", "Unit price | 1.10 | 2.20"),
            // or a card of label and value: read across. Only a table of cells; a text table's rows are its lines.
            return table.Lines is null && Transposed(table) is { } across && FindHeader(across, out _) is >= 0 and <= 2
                && Read(across, context, findings, statedCurrency);
        }

        var header = table.Rows[headerIndex];
        var first = headerIndex + 1;
        if (SubHeader(table, headerIndex) is { } merged)
        {
            // A group header ("Price (USD)" over "Unit | Extended") above the row naming each column: read as one.
            header = merged;
            roles = [.. merged.Select(HeaderReader.Role)];
            TierHeader.Mark(merged, roles);
            first++;
        }

        var rows = table.Rows.Skip(first).ToList();
        var style = NumberParser.Detect(rows.SelectMany(r => r));
        if (style == DecimalStyle.Unknown)
        {
            style = context.TextStyle;
        }

        FixRoles(roles, rows, context);
        var priceColumn = PriceColumn(roles, header);
        var columnCurrency = priceColumn >= 0 ? CurrencyIn(header[priceColumn], context) : null;
        var headerBasis = (priceColumn >= 0 ? BasisIn(header[priceColumn]) : null) ?? context.StatedBasis;
        // A discount column takes off the price column's list price; a price column already net is left as it is.
        var discounted = priceColumn >= 0 && Array.IndexOf(roles, ColumnRole.Discount) >= 0 && !NetPriceHeader().IsMatch(header[priceColumn]);
        var leadUnit = Enumerable.Range(0, header.Count).FirstOrDefault(i => roles[i] == ColumnRole.LeadTime, -1) is var leadColumn and >= 0 ? LeadUnitOf(header[leadColumn]) : null;
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

            var line = ReferencedBelow(rows, r, context) ?? MatchLine(row, roles, context);
            if (line is null)
            {
                var text = string.Join("  ", row.Where(c => c.Length > 0));
                if (previous is not null && previousLine is not null && BreakRow(previous, previousLine, row, roles, priceColumn, context, style))
                {
                    continue;
                }

                if (previous is not null && previousLine is not null && row.Count(c => c.Length > 0) <= 2)
                {
                    Continue(previous, previousLine, text, context, findings, style);
                }
                else if (FreeTextExtractor.IsNote(text))
                {
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

            var finding = ReadRow(row, roles, priceColumn, line, context, findings, style, columnCurrency ?? statedCurrency, headerBasis, leadUnit, discounted);
            ReadTiers(finding, row, header, roles, line, context, style, columnCurrency ?? statedCurrency);
            findings.Lines.Add(finding);
            if (finding.Answers && table.Lines is { } source)
            {
                context.RowsReadByTables.Add(source[first + r]);
            }

            previous = finding;
            previousLine = line;
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
        return FreeTextExtractor.IsNote(text) && !row.Any(c => c.Length > 0 && context.Matcher.FindParts(c).Count > 0);
    }

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

    // The row under a header, when it names columns too: two or more cells, no digits, at least one under an empty
    // header cell or read as a header word. Returns each column's header and sub-header joined.
    private static IReadOnlyList<string>? SubHeader(Table table, int headerIndex)
    {
        if (headerIndex + 1 >= table.Rows.Count)
        {
            return null;
        }

        var header = table.Rows[headerIndex];
        var below = table.Rows[headerIndex + 1];
        var filled = below.Count(c => c.Length > 0);
        if (filled < 2 || below.Any(c => c.AsSpan().ContainsAnyInRange('0', '9')))
        {
            return null;
        }

        var fillsGaps = false;
        var named = 0;
        for (var c = 0; c < below.Count; c++)
        {
            if (below[c].Length == 0)
            {
                continue;
            }

            fillsGaps |= c >= header.Count || header[c].Length == 0;
            named += HeaderReader.Role(below[c]) != ColumnRole.Unknown || WeeksHeader().IsMatch(below[c]) ? 1 : 0;
        }

        if (!fillsGaps || named * 2 < filled)
        {
            return null;
        }

        var width = Math.Max(header.Count, below.Count);
        var joined = new string[width];
        for (var c = 0; c < width; c++)
        {
            var top = c < header.Count ? header[c] : string.Empty;
            var sub = c < below.Count ? below[c] : string.Empty;
            joined[c] = top.Length == 0 ? sub : sub.Length == 0 ? top : $"{top} {sub}";
        }

        return joined;
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

    private static int FindHeader(Table table, out ColumnRole[] roles)
    {
        roles = [];
        for (var i = 0; i < Math.Min(table.Rows.Count, 15); i++)
        {
            var candidate = table.Rows[i].Select(HeaderReader.Role).ToArray();
            TierHeader.Mark(table.Rows[i], candidate);
            var known = candidate.Where(r => r != ColumnRole.Unknown).Distinct().ToList();
            var hasKey = known.Any(r => r is ColumnRole.UnitPrice or ColumnRole.Quantity or ColumnRole.LeadTime or ColumnRole.Previous or ColumnRole.TierPrice);
            var hasId = known.Any(r => r is ColumnRole.Part or ColumnRole.LineNumber or ColumnRole.Description);
            if (known.Count >= 2 && hasKey && hasId)
            {
                roles = candidate;
                return i;
            }
        }

        return -1;
    }

    private static void FixRoles(ColumnRole[] roles, List<IReadOnlyList<string>> rows, DocumentContext context)
    {
        for (var c = 0; c < roles.Length; c++)
        {
            if (roles[c] != ColumnRole.LineNumber)
            {
                continue;
            }

            var values = rows.Select(r => c < r.Count ? r[c] : string.Empty).Where(v => v.Length > 0).ToList();
            if (values.Count > 0 && values.Count(v => int.TryParse(v.TrimEnd('.'), out _)) * 2 < values.Count)
            {
                roles[c] = ColumnRole.Part;
            }
        }

        var priceColumns = Enumerable.Range(0, roles.Length).Where(i => roles[i] == ColumnRole.UnitPrice).ToList();
        if (priceColumns.Count == 0)
        {
            for (var c = 0; c < roles.Length; c++)
            {
                if (roles[c] == ColumnRole.Unknown)
                {
                    var values = rows.Select(r => c < r.Count ? r[c] : string.Empty).Where(v => v.Length > 0).ToList();
                    if (values.Count > 0 && values.Count(v => TextPatterns.MoneyToken().IsMatch(v)) * 2 > values.Count)
                    {
                        roles[c] = ColumnRole.UnitPrice;
                        break;
                    }
                }
            }
        }

        _ = context;
    }

    private static int PriceColumn(ColumnRole[] roles, IReadOnlyList<string> header)
    {
        var candidates = Enumerable.Range(0, roles.Length).Where(i => roles[i] == ColumnRole.UnitPrice).ToList();
        if (candidates.Count == 0)
        {
            return -1;
        }

        // A revised price over the old one; a net price over the list price it was discounted from.
        var preferred = candidates.FirstOrDefault(i => NewWord().IsMatch(header[i]), -1);
        if (preferred < 0)
        {
            preferred = candidates.FirstOrDefault(i => NetWord().IsMatch(header[i]), -1);
        }

        var notList = candidates.Where(i => !ListWord().IsMatch(header[i])).DefaultIfEmpty(candidates[0]).ToList();
        return preferred >= 0 ? preferred : notList.FirstOrDefault(i => EachWord().IsMatch(header[i]), notList[0]);
    }

    internal static CurrencyCode? CurrencyIn(string header, DocumentContext context)
    {
        foreach (var m in CurrencyMark().EnumerateMatches(header))
        {
            if (context.Currencies.Resolve(header.Substring(m.Index, m.Length)) is { } code)
            {
                return code;
            }
        }

        return null;
    }

    internal static PriceBasis? BasisIn(string header)
    {
        var m = HeaderBasis().Match(header);
        return m.Success ? PriceBasis.ReadAfter(header[m.Index..], out _) : null;
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

    private static LineFinding ReadRow(IReadOnlyList<string> row, ColumnRole[] roles, int priceIndex, RfqLine line, DocumentContext context, QuoteFindings findings, DecimalStyle style, CurrencyCode? columnCurrency, PriceBasis? headerBasis, Func<int, int>? leadUnit, bool discounted)
    {
        // A unit column holding a count ("Units: 17" beside "Sales unit: box of 120") says how many, not of what.
        string Cell(ColumnRole role)
        {
            for (var i = 0; i < Math.Min(row.Count, roles.Length); i++)
            {
                if (roles[i] == role && row[i].Length > 0 && (role != ColumnRole.Unit || PlainCount(row[i]) is null))
                {
                    return row[i];
                }
            }

            return string.Empty;
        }

        var finding = new LineFinding { LineNumber = line.LineNumber, Confidence = Confidence };
        var packs = context.PacksForRow(line, row);
        var priceCell = priceIndex >= 0 && priceIndex < row.Count ? row[priceIndex] : string.Empty;
        var priceUnitCell = Cell(ColumnRole.PriceUnit);
        var unitCell = Cell(ColumnRole.Unit);
        var rowCurrency = Cell(ColumnRole.Currency) is { Length: > 0 } cur ? context.Currencies.Resolve(cur) : null;
        if (ReadPrice(priceCell, context, style) is { } mention)
        {
            var basis = PriceBasis.ReadCell(priceUnitCell) is { } explicitBasis ? WithUnit(explicitBasis, unitCell) : mention.Basis != PriceBasis.One ? mention.Basis : headerBasis ?? PriceBasis.One;
            // "EUR per sales unit" over a column saying what each row sells by ("piece", "box of 120").
            if (basis.Unit is { Word: UnitWords.SellUnit } && PriceBasis.ReadCell(Cell(ColumnRole.SellUnit) is { Length: > 0 } sellUnit ? sellUnit : unitCell) is { } sold)
            {
                basis = sold;
            }

            if (basis.ToRfqUnit(mention.Amount, line, packs) is { } price)
            {
                finding.UnitPrice = price;
                finding.Currency = mention.Currency ?? rowCurrency ?? columnCurrency;
                finding.Source(QuoteFields.UnitPrice, priceUnitCell.Length > 0 ? $"{priceCell} / {priceUnitCell}" : priceCell);
            }
        }

        if (discounted && finding.UnitPrice is { } listed && Percent(Cell(ColumnRole.Discount)) is { } off)
        {
            finding.UnitPrice = PriceBasis.Round(listed * (1 - (off / 100)));
            finding.Source(QuoteFields.UnitPrice, $"{priceCell} less {Cell(ColumnRole.Discount)}");
        }

        // A price cell holding more than its price ("1k+: $0.214 / 5k+: $0.186" stacked on lines, "$0.0302 ea / MOQ 25,000")
        // is read like a line of text: its tiers and its minimum too.
        if (StackedPriceCell(priceCell))
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
        if (Cell(ColumnRole.Quantity) is { Length: > 0 } qtyCell && ReadQuantity(qtyCell, unitCell, line, packs, style) is { } qty)
        {
            finding.Quantity = qty;
            finding.Source(QuoteFields.Quantity, qtyCell);
        }

        // "Stock Avail." of at least the quantity ships from stock, whatever the factory's lead time beside it; a stock
        // column holding words ("ex stock") is read as a lead time where there is no other.
        var stockCell = Cell(ColumnRole.StockQuantity);
        var stockCounted = stockCell.AsSpan().TrimStart() is [>= '0' and <= '9', ..];
        if (stockCounted && ReadQuantity(stockCell, unitCell, line, packs, style) is { } onHand && onHand >= line.Quantity)
        {
            finding.LeadTimeDays = 0;
            finding.Source(QuoteFields.LeadTimeDays, stockCell);
        }
        else if ((Cell(ColumnRole.LeadTime) is { Length: > 0 } leadColumn ? leadColumn : stockCounted ? string.Empty : stockCell) is { Length: > 0 } leadCell)
        {
            if (leadUnit is not null && int.TryParse(leadCell.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var bare))
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

            if (finding.LeadTimeDays is not null)
            {
                finding.Source(QuoteFields.LeadTimeDays, leadCell);
            }
        }

        if (Cell(ColumnRole.Moq) is { Length: > 0 } moqCell && ReadQuantity(moqCell, unitCell, line, packs, style) is { } moq)
        {
            finding.Moq = moq;
            finding.Source(QuoteFields.Moq, moqCell);
        }

        if (Cell(ColumnRole.Alternate) is { Length: > 0 } alternate && !context.Matcher.IsRfqPart(alternate) && TextPatterns.PartLikeToken().IsMatch(alternate))
        {
            finding.AlternatePartNumber = alternate.Trim();
            finding.Source(QuoteFields.AlternatePartNumber, alternate);
        }

        // The part asked for at another revision or in another variant ("SH-2231-C rev A" for "SH-2231-C rev B"), in the
        // part column of a row matched by its line number: what is quoted is not what was asked for.
        if (finding.AlternatePartNumber is null && Cell(ColumnRole.Part) is { Length: > 0 } quotedPart && IsVariantOf(quotedPart, line.PartNumber) && context.Matcher.FindParts(quotedPart).Count == 0)
        {
            finding.AlternatePartNumber = quotedPart;
            finding.Source(QuoteFields.AlternatePartNumber, quotedPart);
        }

        var breakQty = Cell(ColumnRole.BreakQuantity);
        var breakPrice = Cell(ColumnRole.BreakPrice);
        if (breakQty.Length > 0 && breakPrice.Length > 0 && ReadQuantity(breakQty, unitCell, line, packs, style) is { } bq && ReadPrice(breakPrice, context, style) is { } bp)
        {
            var basis = PriceBasis.ReadCell(priceUnitCell) is { } explicitBasis ? WithUnit(explicitBasis, unitCell) : bp.Basis;
            if (basis.ToRfqUnit(bp.Amount, line, packs) is { } bpPrice)
            {
                finding.PriceBreaks.Add(new(bq, bpPrice));
                finding.Source(QuoteFields.PriceBreaks, $"{breakQty}: {breakPrice}");
            }
        }

        var loose = Loose(row, roles);
        // "TBD", "POA" or "call for price" is a price still to come: the line is not answered, but not declined either.
        if (finding.UnitPrice is null && !PriceToCome().IsMatch(priceCell) && string.Join("  ", new[] { priceCell, loose, Cell(ColumnRole.LeadTime) }.Where(v => v.Length > 0)) is var noBidText
            && (TextPatterns.IsNoBid(noBidText) || NoPriceCell().IsMatch(priceCell)))
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

        ApplyBreaks(finding, line);
        return finding;
    }

    // "40%", "40 %", "40", "-40%": a discount between 0 and 100 percent.
    private static decimal? Percent(string cell)
    {
        var text = cell.Trim().TrimStart('-', '−').TrimEnd('%').Trim();
        return NumberParser.TryParse(text, DecimalStyle.Unknown, out var percent) && percent is > 0 and < 100 ? percent : null;
    }

    // What a bare number under a lead-time header counts: "Lead time (weeks)", "LT wks", "(working days)", "(days)".
    private static Func<int, int>? LeadUnitOf(string header) =>
        WeeksHeader().IsMatch(header) ? n => n * 7
        : WorkingDaysHeader().IsMatch(header) ? n => (int)Math.Ceiling(n * 7 / 5.0)
        : DaysHeader().IsMatch(header) ? n => n
        : null;

    // Two amounts or a minimum in one cell; a plain price cell ("USD 12.50", "3.890,00") has neither and costs no pattern.
    private static bool StackedPriceCell(string cell) =>
        cell.Length > 12 && cell.AsSpan().Trim().Contains(' ')
        && (cell.Contains("moq", StringComparison.OrdinalIgnoreCase) || cell.Contains("min", StringComparison.OrdinalIgnoreCase) || TextPatterns.MoneyToken().Count(cell) > 1);

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
                var qty = extra.Quantity ?? BreakQuantityIn(text, style);
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

        ApplyBreaks(finding, line);
    }

    /// <summary>
    /// A row under an item with only a quantity and a price is one of its price breaks; the item's own row then was the
    /// first tier, so its quantity is a tier minimum, not a quoted quantity.
    /// </summary>
    private static bool BreakRow(LineFinding finding, RfqLine line, IReadOnlyList<string> row, ColumnRole[] roles, int priceColumn, DocumentContext context, DecimalStyle style)
    {
        // A "Qty break" column says where each tier starts; a plain quantity column does too on a row of its own.
        var qtyColumn = Array.IndexOf(roles, ColumnRole.BreakQuantity) is >= 0 and var breakColumn ? breakColumn : Array.IndexOf(roles, ColumnRole.Quantity);
        if (qtyColumn < 0 || priceColumn < 0 || qtyColumn >= row.Count || priceColumn >= row.Count || finding.UnitPrice is null)
        {
            return false;
        }

        var others = Enumerable.Range(0, row.Count).Where(i => i != qtyColumn && i != priceColumn && row[i].Length > 0 && roles.ElementAtOrDefault(i) is not (ColumnRole.Total or ColumnRole.Currency or ColumnRole.Unit));
        if (others.Any())
        {
            return false;
        }

        var packs = context.PacksForRow(line, row);
        if (ReadQuantity(row[qtyColumn], string.Empty, line, packs, style) is not { } min || ReadPrice(row[priceColumn], context, style) is not { } mention || mention.Basis.ToRfqUnit(mention.Amount, line, packs) is not { } price)
        {
            return false;
        }

        if (finding.Quantity is { } first && first < min)
        {
            finding.BaseMinimum = first;
            finding.Quantity = null;
            finding.Sources.Remove(QuoteFields.Quantity);
        }

        finding.PriceBreaks.Add(new(min, price));
        finding.Source(QuoteFields.PriceBreaks, $"{row[qtyColumn]}: {row[priceColumn]}");
        ApplyBreaks(finding, line);
        return true;
    }

    /// <summary>Reads price-break columns: the lowest tier is the base price, the rest become breaks.</summary>
    private static void ReadTiers(LineFinding finding, IReadOnlyList<string> row, IReadOnlyList<string> header, ColumnRole[] roles, RfqLine line, DocumentContext context, DecimalStyle style, CurrencyCode? columnCurrency)
    {
        if (finding.UnitPrice is not null || finding.NoBid)
        {
            return;
        }

        var packs = context.PacksForRow(line, row);
        var tiers = new List<(decimal Min, decimal Price, CurrencyCode? Currency, string Source)>();
        for (var i = 0; i < Math.Min(Math.Min(row.Count, roles.Length), header.Count); i++)
        {
            if (roles[i] == ColumnRole.TierPrice && TierHeader.MinQuantity(header[i]) is { } min && ReadPrice(row[i], context, style) is { } mention
                && (mention.Basis == PriceBasis.One && context.StatedBasis is { } stated ? stated : mention.Basis).ToRfqUnit(mention.Amount, line, packs) is { } price)
            {
                tiers.Add((min, price, mention.Currency, $"{header[i]}: {row[i]}"));
            }
        }

        if (tiers.Count > 0)
        {
            SetTiers(finding, tiers, columnCurrency, line);
        }
    }

    /// <summary>
    /// Prices <paramref name="finding"/> from a ladder (each tier's minimum quantity, price per RFQ unit, currency and
    /// the text it was read from): the lowest tier is the base price, the others are breaks, and the tier for the
    /// quantity bought becomes the price.
    /// </summary>
    internal static void SetTiers(LineFinding finding, List<(decimal Min, decimal Price, CurrencyCode? Currency, string Source)> tiers, CurrencyCode? currency, RfqLine line)
    {
        tiers.Sort((a, b) => a.Min.CompareTo(b.Min));
        finding.UnitPrice = tiers[0].Price;
        finding.BaseMinimum = tiers[0].Min;
        finding.Currency = tiers[0].Currency ?? currency;
        finding.Source(QuoteFields.UnitPrice, tiers[0].Source);
        foreach (var tier in tiers.Skip(1))
        {
            finding.PriceBreaks.Add(new(tier.Min, tier.Price));
        }

        finding.Source(QuoteFields.PriceBreaks, string.Join("; ", tiers.Skip(1).Select(t => t.Source)));
        finding.NoBid = false;
        ApplyBreaks(finding, line);
    }

    /// <summary>Makes the unit price the tier that applies to the quantity bought.</summary>
    internal static void ApplyBreaks(LineFinding finding, RfqLine line)
    {
        if (finding.UnitPrice is not { } basePrice || finding.PriceBreaks.Count == 0)
        {
            return;
        }

        var quantity = finding.Quantity ?? line.Quantity;
        var applicable = finding.PriceBreaks.Where(b => b.MinQuantity <= quantity).OrderByDescending(b => b.MinQuantity).FirstOrDefault();
        if (applicable != default && applicable.UnitPrice < basePrice)
        {
            finding.PriceBreaks.Remove(applicable);

            // The price it replaces stays among the tiers offered: it is what a smaller order would pay.
            var baseMinimum = finding.BaseMinimum ?? 1;
            if (baseMinimum < applicable.MinQuantity && !finding.PriceBreaks.Any(b => b.MinQuantity == baseMinimum))
            {
                finding.PriceBreaks.Add(new(baseMinimum, basePrice));
            }

            finding.BaseMinimum = applicable.MinQuantity;
            finding.UnitPrice = applicable.UnitPrice;
            if (finding.Sources.TryGetValue(QuoteFields.PriceBreaks, out var tiers))
            {
                finding.Sources[QuoteFields.UnitPrice] = tiers;
            }
        }
    }

    private static decimal? BreakQuantityIn(string text, DecimalStyle style)
    {
        var m = BreakQuantityPattern().Match(text);
        return m.Success && NumberParser.TryParse(m.Groups["n"].Value, style, out var n) ? n : null;
    }

    private static PriceBasis WithUnit(PriceBasis basis, string unitCell) =>
        basis.Unit is null && UnitWords.Read(unitCell) is { } unit ? basis with { Unit = unit } : basis;

    internal static PriceMention? ReadPrice(string cell, DocumentContext context, DecimalStyle style)
    {
        if (string.IsNullOrWhiteSpace(cell))
        {
            return null;
        }

        if (PriceFinder.LastInCell(cell, context.Currencies, style) is { } mention)
        {
            return mention;
        }

        var m = LeadingNumber().Match(cell);
        if (m.Success && NumberParser.TryParse(m.Groups["n"].Value, style, out var amount) && amount > 0)
        {
            var basis = PriceBasis.ReadAfter(cell[(m.Index + m.Length)..], out _) ?? PriceBasis.One;
            return new PriceMention(amount, null, m.Index, m.Index + m.Length, basis);
        }

        return null;
    }

    private static decimal? ReadQuantity(string cell, string unitCell, RfqLine line, PackSizes packs, DecimalStyle style)
    {
        if (unitCell.Length == 0 && PlainCount(cell) is { } count)
        {
            return count > 0 ? count : null;
        }

        // "1 500 m": in a quantity cell, digit groups split by spaces are one number (French and ISO grouping).
        cell = cell.AsSpan().IndexOfAny(GroupSpaces) < 0 ? cell : SpaceGroupedInteger().Replace(cell, g => g.Value.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("\u00A0", string.Empty, StringComparison.Ordinal).Replace("\u202F", string.Empty, StringComparison.Ordinal));
        var m = LeadingNumber().Match(cell);
        if (!m.Success || !NumberParser.TryParse(m.Groups["n"].Value, style, out var n) || n <= 0)
        {
            return null;
        }

        var unitText = cell[(m.Index + m.Length)..].Trim();
        var unit = UnitWords.Read(unitText.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()) ?? UnitWords.Read(unitCell);
        if (unit is null || UnitWords.Read(line.Unit.Code) is { } own && own.Word == unit.Value.Word)
        {
            return n;
        }

        var rfqBase = UnitWords.BaseFactor(line.Unit, packs);
        var rfqKind = line.Unit.Kind == UnitKind.Package ? UnitKind.Count : line.Unit.Kind;
        if (unit.Value.IsPackage)
        {
            return packs.For(unit.Value.Word) is { } size && rfqBase is { } b ? PriceBasis.Round(n * size / b) : n;
        }

        if (unit.Value.Kind == UnitKind.Length && rfqKind == UnitKind.Count && unitText.StartsWith('M'))
        {
            return n * 1000;
        }

        if (unit.Value.Kind != rfqKind || rfqBase is not { } perRfq)
        {
            return null;
        }

        return PriceBasis.Round(n * unit.Value.Factor / perRfq);
    }

    /// <summary>A cell of nothing but up to nine digits ("500"), which every reading takes as that count.</summary>
    private static decimal? PlainCount(string cell)
    {
        var digits = cell.AsSpan().Trim();
        return digits.Length is > 0 and <= 9 && !digits.ContainsAnyExceptInRange('0', '9') ? int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    private static readonly System.Buffers.SearchValues<char> GroupSpaces = System.Buffers.SearchValues.Create(" \u00A0\u202F");

    [GeneratedRegex(@"^\s*[^\d]{0,4}?(?<n>" + TextPatterns.Number + @")", RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex LeadingNumber();

    [GeneratedRegex(@"^\s*\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?![\d.,])", RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex SpaceGroupedInteger();

    [GeneratedRegex(@"\b(?:new|revised|current|updated|neu|aktuell)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex NewWord();

    [GeneratedRegex(@"\b(?:each|unit|per|einzel\w*|ea)\b|einzel", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex EachWord();

    [GeneratedRegex(@"US\$|C\$|A\$|\b(?:" + TextPatterns.CurrencyCodes + @"|TL)\b|[$€£¥₺]", RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex CurrencyMark();

    [GeneratedRegex(@"(?:/|\bper\b)\s*(?:\d|M\b|C\b|k\b|thousand|hundred|box|pack|spool|reel|bag|carton|case|roll|coil|pallet|drum|crate|sell(?:ing)?\s+unit|sales?\s+unit)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex HeaderBasis();

    [GeneratedRegex(@"^\s*(?:-+|–|—|n/?a|n\.a\.|x|/)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex NoPriceCell();

    [GeneratedRegex(@"\d\s*\+|\bfrom\b|\babove\b|\bover\b|\bbreak\b|@|>=?|≥", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex BreakText();

    [GeneratedRegex(@"(?<n>" + TextPatterns.Number + @")\s*\+|(?:from|above|over|>=?|≥)\s*(?<n>" + TextPatterns.Number + @")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex BreakQuantityPattern();

    [GeneratedRegex(@"\b(?:weeks?|wks?|wochen)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex WeeksHeader();

    [GeneratedRegex(@"\b(?:working|business|work)\s*days?\b|\barbeitstage\b|\bwerkdagen\b|\bjours\s+ouvr", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex WorkingDaysHeader();

    [GeneratedRegex(@"\bnet(?:t|to)?\b|\bnetto\w*|\bnet\s+price", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex NetPriceHeader();

    [GeneratedRegex(@"\b(?:days|tage|jours|días|dagen|dagar)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex DaysHeader();

    [GeneratedRegex(@"\b(?:net|nett|netto|final|special|your)\b|nettopreis|prix\s+net|precio\s+neto", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex NetWord();

    [GeneratedRegex(@"\b(?:list|gross|brutto|msrp|catalog(?:ue)?)\b|listenpreis|bruttopreis|prix\s+(?:public|catalogue)|precio\s+(?:de\s+)?lista", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex ListWord();

    [GeneratedRegex(@"^\s*(?:cust(?:omer)?\.?\s*(?:prod(?:uct)?|part|item|mat(?:erial)?|art(?:icle)?)|your\s+(?:material|part|item|article|ref(?:erence)?)|ihre?\s+(?:material|artikel|teile)|kunden[- ]?(?:mat|artikel|teile))\w*\.?\s*(?:no\.?|nr\.?|number|#)?\s*[:=]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex CustomerReference();

    [GeneratedRegex(@"\b(?:tb[ad]|poa|p\.o\.a\.|price\s+on\s+(?:application|request)|call\s+for\s+price|on\s+request|auf\s+anfrage)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex PriceToCome();
}
