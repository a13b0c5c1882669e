using System.Text.RegularExpressions;
using Purchaser.Quotes.Text;

namespace Purchaser.Quotes.Extraction;

/// <summary>Reads prose and bullet lists: "GSK-EPDM-80: 5,000 pcs at $0.184 each", "lines 1, 2 and 4 are no quote".</summary>
internal sealed partial class FreeTextExtractor : IQuoteExtractor
{
    /// <summary>Prose: the loosest reading, trusted least when a table says otherwise.</summary>
    public const double Confidence = 0.6;

    public string Name => "free-text";

    public void Extract(QuoteDocument document, QuoteFindings findings) => Read(document.TextLines, document.Context, findings, Confidence);

    public static void Read(string text, DocumentContext context, QuoteFindings findings, double confidence) =>
        Read(TextPatterns.Lines(text), context, findings, confidence);

    private static void Read(string[] lines, DocumentContext context, QuoteFindings findings, double confidence)
    {
        // A table that priced one line, above "Ítems 1, 2, 3 y 5: no cotizamos" and a list of terms: the terms are that line's.
        // A row the table answered without its price ("voir prix dégressifs") is a second line, and the terms no one's.
        var onlyTabled = findings.Lines.Where(l => !l.NoBid).Select(l => l.LineNumber).Distinct().Take(2).ToList() is [var one] ? one : 0;
        var ladderAbove = 0;
        foreach (var segment in Segments(lines, context))
        {
            var before = findings.Lines.Count;
            ReadSegment(segment, context, findings, confidence, onlyTabled, ladderAbove);
            ladderAbove = OnlyLadderedLine(findings, before);
        }

        RestatedQuantityRows.Read(lines, context, findings, confidence);
    }

    public static void ReadSegment(string segment, DocumentContext context, QuoteFindings findings, double confidence, int onlyTabled = 0, int ladderAbove = 0)
    {
        var rfq = context.Document.Rfq;
        var refs = context.Matcher.Find(segment);
        var notes = new List<(int? Line, string Detail)>();
        List<PriceMention>? found = null;
        List<PriceMention> Prices() => found ??= PriceFinder.Find(segment, context.Currencies, context.TextStyle);
        var spans = Spans(segment, refs);
        if (refs.Count == 0 && ladderAbove > 0 && IsBareMinimum(segment))
        {
            spans.Add((ladderAbove, 0, segment.Length));
        }
        else if (refs.Count == 0 && (rfq.Lines.Count == 1 ? rfq.Lines[0].LineNumber : context.OnlyLineNamed is > 0 and var named ? named : onlyTabled) is > 0 and var only)
        {
            spans.Add((only, 0, segment.Length));
        }

        // "Delivery 4 weeks ARO on all of the above except the bearings, which are in stock": the lead time before the
        // exception is everyone's, and what follows it is read for the lines it names.
        if (findings.DefaultLeadTimeDays is null && LeadWords.Occurs(segment) && AllExcept().Match(segment) is { Success: true } except
            && LeadTimeParser.Find(segment[..except.Groups["except"].Index]) is [var common, ..])
        {
            findings.DefaultLeadTimeDays = common.Days;
            ReadSegment(segment[(except.Groups["except"].Index + except.Groups["except"].Length)..], context, findings, confidence, onlyTabled);
            return;
        }

        if (spans.Count == 0 && findings.DefaultLeadTimeDays is null && LeadWords.Occurs(segment))
        {
            // Each label in turn: "ships as 100 bags on 3 pallets. Lead time 2-3 weeks" has its duration after the second.
            for (var label = LeadLabel().Match(segment); label.Success && findings.DefaultLeadTimeDays is null; label = label.NextMatch())
            {
                var rest = segment[label.Index..];
                findings.DefaultLeadTimeDays = LeadTimeParser.Find(rest).Where(f => f.Index < 60 && !TextPatterns.ValidityWord().IsMatch(rest[..f.Index]) && !TextPatterns.PaymentWord().IsMatch(rest[..f.Index])).Select(f => (int?)f.Days).FirstOrDefault();
            }
        }

        // "1. MOQ: 5,000 pcs per item." under a table: every line's minimum.
        if (spans.Count == 0 && findings.DefaultMoq is null && segment.Contains("item", StringComparison.OrdinalIgnoreCase)
            && EveryItemMinimum().Match(segment) is { Success: true } minimum && NumberParser.TryParseCount(minimum.Groups["n"].Value, context.TextStyle, out var perItem))
        {
            findings.DefaultMoq = minimum.Groups["k"].Success ? perItem * 1000 : perItem;
        }

        var clauses = LineTextReader.Clauses(segment);
        for (var c = 0; c < clauses.Count; c++)
        {
            var (start, end) = clauses[c];
            var clause = segment[start..end];
            if (!TextPatterns.IsNoBid(clause) || NegatedNoBid().IsMatch(clause))
            {
                continue;
            }

            // "Die übrigen Positionen gehören nicht zu unserem Programm, hierzu geben wir kein Angebot ab": the decline
            // points back to the rest named earlier in its sentence.
            var rest = RestWord().IsMatch(clause)
                || (c > 0 && segment[clauses[c - 1].Start..clauses[c - 1].End] is var before && !SentenceEnd().IsMatch(before) && RestWord().IsMatch(before) && !TextPatterns.HasMoney(before));

            // "we can not offer any items in this inquiry": every line, whatever the rest of the paragraph names.
            if (EntireRequest().IsMatch(clause))
            {
                findings.DeclinesAll = findings.DeclinesEntireRequest = true;
                findings.DeclineReason ??= clause.Trim();
                continue;
            }

            var clauseRefs = context.Matcher.Find(clause);
            var clauseSpans = Spans(clause, clauseRefs).Select(s => (s.Line, Start: s.Start + start, End: s.End + start)).ToList();
            // "Die übrigen Positionen (Bleche, Kugellager, O-Ringe ...)": what the rest is, named by description, is still the rest.
            if (rest && (clauseSpans.Count == 0 || clauseRefs.All(r => r.Kind == LineReferenceKind.Description)) && !Prices().Any(p => p.Index >= start && p.Index < end))
            {
                findings.DeclinesRest = true;
                findings.DeclineReason ??= clause.Trim();
                continue;
            }

            var inClause = clauseSpans.Count > 0 ? clauseSpans : spans.Where(s => s.Start < end && s.End > start).ToList();
            if (inClause.Count == 0)
            {
                if (Prices().Any(p => p.Index >= start && p.Index < end))
                {
                    continue;
                }

                if (rest)
                {
                    findings.DeclinesRest = true;
                }
                else
                {
                    findings.DeclinesAll = true;
                }

                findings.DeclineReason ??= clause.Trim();
                continue;
            }

            foreach (var span in inClause)
            {
                if (!Prices().Any(p => p.Index >= span.Start && p.Index < span.End))
                {
                    var declined = new LineFinding { LineNumber = span.Line, Confidence = confidence, NoBid = true, NoBidReason = clause.Trim() };
                    declined.Source(QuoteFields.NoBid, clause);
                    findings.Lines.Add(declined);
                }
            }
        }

        foreach (var (line, start, end) in spans)
        {
            var rfqLine = rfq.FindLine(line)!;
            var finding = LineTextReader.Read(segment[start..end], rfqLine, context, confidence, context.TextStyle, notes);
            if (finding.UnitPrice is not null || finding.LeadTimeDays is not null || finding.Moq is not null || finding.AlternatePartNumber is not null || finding.Quantity is not null)
            {
                findings.Lines.Add(finding);
            }
        }

        if (spans.Count == 0)
        {
            foreach (var (start, end) in clauses)
            {
                var clause = segment.AsSpan(start, end - start).Trim();
                if (IsNote(clause))
                {
                    findings.AddNote(null, clause.ToString());
                }
            }
        }

        foreach (var (line, detail) in notes)
        {
            if (IsNote(detail))
            {
                findings.AddNote(line, detail);
            }
        }
    }

    /// <summary>The one line the findings from <paramref name="from"/> on read, when they gave it price breaks; else 0.</summary>
    private static int OnlyLadderedLine(QuoteFindings findings, int from)
    {
        var line = 0;
        var laddered = false;
        for (var i = from; i < findings.Lines.Count; i++)
        {
            var finding = findings.Lines[i];
            if (line != 0 && finding.LineNumber != line)
            {
                return 0;
            }

            line = finding.LineNumber;
            laddered |= finding.PriceBreaks.Count > 0;
        }

        return laddered ? line : 0;
    }

    /// <summary>
    /// "Quantité minimum : 100 kits." in its own paragraph under the price breaks of one line: a minimum that names no
    /// line (and no amount) continues the ladder above it.
    /// </summary>
    private static bool IsBareMinimum(string segment) =>
        segment.Length <= 80 && !TextPatterns.HasMoney(segment) && TextPatterns.Moq().IsMatch(segment);

    public static bool IsNote(ReadOnlySpan<char> clause) =>
        ((TextPatterns.IsOneOffCharge(clause) && TextPatterns.HasAmount(clause)) || TextPatterns.IsSurcharge(clause) || IsTechnicalException(clause))
        && !NoCharge().IsMatch(OutsideBrackets(clause));

    // "One-time pattern cost EUR 2.900,00 (the pattern is stored free of charge)": an aside in brackets waives nothing.
    private static ReadOnlySpan<char> OutsideBrackets(ReadOnlySpan<char> clause)
    {
        var open = clause.IndexOf('(');
        if (open < 0)
        {
            return clause;
        }

        var close = clause[open..].IndexOf(')');
        return close < 0 ? clause[..open] : string.Concat(clause[..open], " ", OutsideBrackets(clause[(open + close + 1)..]));
    }

    /// <summary>
    /// A stated departure from the specification: "Technical exception: ...", "we can't hold the ±0.5 mm", "we calculated
    /// this price from drawing rev A".
    /// </summary>
    private static bool IsTechnicalException(ReadOnlySpan<char> clause) => ExceptionWords.Occurs(clause) && TechnicalException().IsMatch(clause);

    private static readonly TriggerSet ExceptionWords = TriggerSet.Guard("exception", "deviation", "abweichung", "hold", "held", "rev");

    [GeneratedRegex(@"^\W*(?:technical\s+|spec(?:ification)?\s+)?(?:exceptions?|deviations?|abweichung(?:en)?)\s*:|\b(?:cannot|can['’]t|can\s+not|unable\s+to)\s+(?:be\s+)?(?:hold|held)\b|\b(?:calculated|quoted|priced|based)\s+(?:(?:this|the|our)\s+(?:price|quote|offer)\s+)?(?:to|from|on)\s+(?:the\s+)?(?:drawing\s+|dwg\.?\s+|print\s+)?rev(?:ision)?\.?\s*[A-Z0-9]{1,2}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex TechnicalException();

    // "* The springs: per the breaks below, lead time 3 weeks." closing a list heads the ladder under it as a part number
    // would: it points below, names one line and prices nothing itself.
    private static bool HeadsLadder(string item, DocumentContext context) =>
        BelowWords().IsMatch(item) && !TextPatterns.HasMoney(item) && !TextPatterns.IsNoBid(item)
        && context.Matcher.Find(item).Select(d => d.LineNumber).Distinct().Count() == 1;

    /// <summary>Splits prose into paragraphs, and list-like paragraphs into their items.</summary>
    public static List<string> Segments(string text, DocumentContext context) => Segments(TextPatterns.Lines(text), context);

    private static List<string> Segments(string[] textLines, DocumentContext context)
    {
        var segments = new List<string>();

        // A paragraph that names one RFQ line and gives no price is a heading: the paragraph after it, naming no line
        // but giving prices ("RES-PA66-GF30 - 25 kg bags" above a table of quantities and prices), continues it.
        var heading = -1;
        var lastItem = -1;
        foreach (var paragraph in Paragraphs(textLines))
        {
            var lines = paragraph.Where(l => !l.AsSpan().Trim().IsEmpty && !context.RowsReadByTables.Contains(l)).ToList();
            if (lines.Count == 0)
            {
                continue;
            }

            // The part a line says is replaced ("offered instead of the XYZ-200") does not start an item of its own.
            var references = lines.Select(l => context.Matcher.Find(l, allowDescription: false).Where(r => !AlternatePartFinder.IsReplacedPart(l, r.Index)).ToList()).ToList();
            var named = references.SelectMany(r => r).Select(r => r.LineNumber).Distinct().Count();
            var priced = lines.Exists(l => TextPatterns.HasMoney(l));
            var ladderRow = named == 0 && lines.Count == 1 && (LadderRow().IsMatch(lines[0]) || (LadderHeader().IsMatch(lines[0]) && !TextPatterns.HasDigit(lines[0])));
            if (heading < 0 && lastItem >= 0 && named == 0 && (priced || ladderRow) && HeadsLadder(segments[lastItem], context))
            {
                heading = lastItem;
            }

            lastItem = -1;
            if (heading >= 0 && named == 0 && (priced || ladderRow))
            {
                segments[heading] += " " + string.Join(' ', lines.Select(l => l.Trim()));
                // A ladder written one row per paragraph ("| 1,000 - 4,999 | $0.0815 |", as an HTML table renders) goes on
                // under its heading row by row.
                heading = ladderRow ? heading : -1;
                continue;
            }

            // A line naming by description only lines the others do not name by part ("Our minimum run on the spring is
            // 10,000 pcs" above "lines 1, 2 and 4 are a no-quote") is an item of its own too.
            var namedByPart = references.SelectMany(r => r).Select(r => r.LineNumber).ToHashSet();
            bool DescribesOnlyOthers(string line) => context.Matcher.FindDescriptions(line) is { Count: > 0 } described && described.TrueForAll(d => !namedByPart.Contains(d.LineNumber));
            if (lines.Count > 1 && lines.Where((l, i) => MayStartItem(l) || references[i].Count > 0 || (named >= 1 && DescribesOnlyOthers(l))).Count() >= 2)
            {
                // A lead time closing a list of items ("Lieferzeit: 3-4 Wochen") speaks for the whole list, not its last
                // item; closing a block about one RFQ line ("Item 10 / Customer part no.: ... / Lead time: 5 weeks"),
                // it is that line's.
                // A line naming by description only lines no other line of the list names ("cable + plate n/q" under
                // items given by part number) is an item of its own, not the end of the one above it.
                var current = new List<string>();
                var itemIndent = 0;
                // "Price breaks for XYZ-200:" over "- 25 to 49 pcs: $12.00": the points a heading naming one line introduces are its own.
                var underHeading = false;
                for (var i = 0; i < lines.Count; i++)
                {
                    var line = lines[i];
                    underHeading = references[i].Count == 0 && (underHeading || (current.Count == 1 && references[i - 1].Count > 0
                        && current[0].AsSpan().TrimEnd().EndsWith(':') && !TextPatterns.HasMoney(current[0])));
                    var sentenceStart = current.Count > 0 && references[i].Count == 0 && (SentenceEnd().IsMatch(current[^1]) || (named >= 2 && DescribesOnlyOthers(line))) && context.Matcher.FindDescriptions(line).Count > 0;
                    var closingLead = named > 1 && i == lines.Count - 1 && LeadLabelFirst().IsMatch(line);
                    // "■ HSE-2SN-08 ..." over "  - Price : USD 4.52/m": a bullet set deeper than its item's first line is a point of that item.
                    var subPoint = references[i].Count == 0 && Indent(line) > itemIndent;
                    if (current.Count > 0 && (sentenceStart || closingLead || (MayStartItem(line) && !subPoint && !underHeading) || (references[i].Count > 0 && !Wrapped(current[^1], line, references[i][0]))))
                    {
                        segments.Add(string.Join(' ', current));
                        current.Clear();
                    }

                    if (current.Count == 0)
                    {
                        itemIndent = Indent(line);
                    }

                    current.Add(line.Trim());
                }

                segments.Add(string.Join(' ', current));
            }
            else
            {
                segments.Add(string.Join(' ', lines.Select(l => l.Trim())));
            }

            heading = named == 1 && !priced && !lines.Exists(TextPatterns.IsNoBid) ? segments.Count - 1 : -1;
            lastItem = segments.Count - 1;
        }

        return segments;
    }

    // A sentence wrapped onto the next line ("... so no quote on RES-PA66-GF30, SHT-5052H32-030 and" / "HSE-2SN-08."; "...
    // so no quote" / "on the FIT-316-G12-10 connector"): the part named there continues the sentence, it starts no item.
    private static bool Wrapped(string previous, string line, LineReference first) =>
        ListContinues().IsMatch(previous)
        || (line.AsSpan().TrimStart() is [var start, ..] && char.IsLower(start) && first.Index > line.Length - line.AsSpan().TrimStart().Length
            && !SentenceEnd().IsMatch(previous) && !previous.AsSpan().TrimEnd().EndsWith(":"));

    private static int Indent(string line) => line.Length - line.AsSpan().TrimStart().Length;

    private static bool MayStartItem(string line) =>
        line.AsSpan().TrimStart() is [var first, ..] && (first is '*' or '•' or '·' or '▪' or '‣' or '◦' or '-' or 'l' or 'L' or 'i' or 'I' or 'p' or 'P' || char.IsDigit(first))
        && ItemStart().IsMatch(line);

    internal static IEnumerable<List<string>> Paragraphs(string[] lines)
    {
        var current = new List<string>();
        foreach (var line in lines)
        {
            if (line.AsSpan().Trim().IsEmpty)
            {
                if (current.Count > 0)
                {
                    yield return current;
                    current = [];
                }

                continue;
            }

            current.Add(line);
        }

        if (current.Count > 0)
        {
            yield return current;
        }
    }

    /// <summary>Index ranges of <paramref name="segment"/> owned by each referenced line: from one reference to the next line's.</summary>
    private static List<(int Line, int Start, int End)> Spans(string segment, IReadOnlyList<LineReference> refs)
    {
        var spans = new List<(int Line, int Start, int End)>();
        if (refs.Count == 0)
        {
            return spans;
        }

        var groups = new List<(List<int> Lines, int Index)>();
        foreach (var r in refs.OrderBy(r => r.Index))
        {
            if (groups.Count > 0 && (groups[^1].Index == r.Index || groups[^1].Lines.Contains(r.LineNumber) && groups[^1].Lines.Count == 1))
            {
                if (!groups[^1].Lines.Contains(r.LineNumber))
                {
                    groups[^1].Lines.Add(r.LineNumber);
                }

                continue;
            }

            groups.Add(([r.LineNumber], r.Index));
        }

        for (var i = 0; i < groups.Count; i++)
        {
            var start = i == 0 ? 0 : groups[i].Index;
            var end = i + 1 < groups.Count ? groups[i + 1].Index : segment.Length;
            foreach (var line in groups[i].Lines)
            {
                spans.Add((line, start, end));
            }
        }

        return spans;
    }


    [GeneratedRegex(@"^\s*\|?\s*(?:qty|quantity|menge|quantit[ée]|cantidad|break|tier)\b.*\b(?:price|preis|prix|precio|cost)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex LadderHeader();

    [GeneratedRegex(@"^\s*\|?\s*(?:up\s+to\s+|from\s+|over\s+|<\s*|>\s*)?\d[\d,.' ]*(?:\s*(?:-|–|to)\s*\d[\d,.' ]*|\+|\s+(?:and\s+up|or\s+more))?\s*(?:pcs|pieces|units|ea|m|kg|sets)?\s*(?:\||:|\s{2,}|\t)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex LadderRow();

    // Words that point to what follows: a heading of a ladder.
    [GeneratedRegex(@"\b(?:below|following|as\s+follows|see\s+(?:the\s+)?(?:breaks|table|scale))\b|:\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex BelowWords();


    [GeneratedRegex(@"\b(?:moq|min(?:imum)?\.?\s+order(?:\s+(?:qty|quantity))?)\s*[:=]?\s*(?<n>\d{1,3}(?:[,.' ]\d{3})+|\d+)(?<k>k\b)?\s*(?:pcs|pieces|units|ea)?\.?\s*(?:per|for\s+each|each|for\s+all|for\s+every)\s+(?:items?|lines?|parts?|positions?|articles?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex EveryItemMinimum();

    private static readonly TriggerSet LeadWords = TriggerSet.Guard("lead", "deliver", "ship", "dispatch", "lieferzeit", "livraison", "délai");

    [GeneratedRegex(@"^\s*(?:[*•·▪‣◦-]\s+|\d{1,3}[.)]\s+|(?:line|item|pos(?:ition)?|ln)\.?\s*#?\s*\d{1,3}\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex ItemStart();

    [GeneratedRegex(@"\b(?:lead\s*times?|delivery|deliveries|ships?|shipping|shipment|dispatch|lieferzeit|livraison|délai)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex LeadLabel();

    [GeneratedRegex(@"^\s*(?:lead\s*times?|delivery\s+time|lieferzeit|délai(?:\s+de\s+livraison)?)\s*:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex LeadLabelFirst();

    [GeneratedRegex(@"[.!?:]\s*$", RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\b(?:other|others|remaining|rest|all\s+else|everything\s+else|balance|übrigen|restlichen|sonstigen|anderen|overige|andere|autres|restants?|altre|altri|rimanenti|restantes|resto|demás|otros|otras|pozostał\w*|pozostałe|ostatní|øvrige|övriga|resterande|resterende)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex RestWord();

    [GeneratedRegex(@"\b(?:if\s+(?:you|we)\b[^.]{0,40}\bdeclin|do\s+not\s+hesitate|don't\s+hesitate|regret\s+(?:the|any)\s+(?:delay|inconvenience)|unable\s+to\s+reach|not\s+available\s+(?:until|before|on)|no\s+disponible\s+(?:hasta|antes)|nicht\s+verfügbar\s+(?:bis|vor)|non\s+disponible\s+(?:avant|jusqu)|no\s+minimum)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex NegatedNoBid();

    [GeneratedRegex(@"\b(?:no|without|free\s+of|waived?|included|incl\.?)\s+(?:\w+\s+){0,2}?(?:tooling|set[- ]?up|setup|die|one[- ]time|charges?|surcharges?|nre)\b|\bfree\s+of\s+charge\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex NoCharge();

    [GeneratedRegex(@"\ball\b(?:\s+of)?(?:\s+the)?(?:\s+(?:above|items?|lines?|parts?|positions?|others?))?[^.;]{0,30}?\b(?<except>except(?:\s+for)?|but\s+not|apart\s+from|other\s+than|excluding|save\s+for)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex AllExcept();

    [GeneratedRegex(@"(?:,|\band|\bor|&|\bund|\bet|\bnor)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex ListContinues();

    [GeneratedRegex(@"\b(?:(?:any|all)\s+(?:of\s+the\s+)?(?:items?|lines?|parts?|positions?)\s+(?:in|of|on|from)\s+(?:this|your|the)\s+(?:inquiry|enquiry|rfq|request)|(?:entire|whole)\s+(?:inquiry|enquiry|rfq|request))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex EntireRequest();
}
