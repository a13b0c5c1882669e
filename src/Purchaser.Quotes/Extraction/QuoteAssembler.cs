using Purchaser.Domain;
using Purchaser.Services;

namespace Purchaser.Quotes.Extraction;

/// <summary>Merges the extractors' findings into one normalized quote: the most trusted value per field, status, currency and deviations.</summary>
internal static class QuoteAssembler
{
    public static NormalizedQuote Assemble(QuoteDocument document, QuoteFindings findings)
    {
        var rfq = document.Rfq;
        var merged = new List<(RfqLine Line, MergedLine Finding)>(rfq.Lines.Count);
        var byLine = ByLine(findings.Lines);
        foreach (var line in rfq.Lines)
        {
            if (!byLine.TryGetValue(line.LineNumber, out var all))
            {
                continue;
            }

            // An option offered besides a priced answer of the line's own stays an option.
            if (all.Exists(f => !f.IsOption && f.UnitPrice is not null && !f.NoBid))
            {
                all = all.FindAll(f => !f.IsOption);
            }

            // A correction ("$148.20 should read $142.80") outranks the price it corrects.
            if ((all.Find(f => f.IsCorrection && f.UnitPrice is not null) ?? all.Find(f => f.UnitPrice is not null && !f.NoBid)) is { } best)
            {
                merged.Add((line, Merge(best, ReadingConfidence.Of(best), all, line, findings.DefaultLeadTimeDays, findings.DefaultMoq)));
            }
            else if (all.Find(f => f.NoBid) is { } declined)
            {
                merged.Add((line, Declined(declined, ReadingConfidence.Of(declined))));
            }
        }

        var anyPriced = !findings.DeclinesEntireRequest && merged.Any(m => !m.Finding.NoBid);

        // A line the reply answers without a price we could read (a lead time, a quantity) was not declined: declines of
        // the other lines leave the quote partial, not a whole no-bid that would say the vendor declined it.
        var answeredUnpriced = !findings.DeclinesAll && !findings.DeclinesEntireRequest && !findings.DeclinesRest && merged.Count > 0
            && rfq.Lines.Any(l => merged.All(m => m.Line != l) && byLine.TryGetValue(l.LineNumber, out var found)
                && found.Exists(static f => !f.NoBid && (f.LeadTimeDays is not null || f.Quantity is not null || f.Moq is not null)));
        if (!anyPriced && !answeredUnpriced)
        {
            if (findings.DeclinesAll || findings.DeclinesRest || merged.Count > 0)
            {
                var reason = merged.Select(m => m.Finding.NoBidReason).FirstOrDefault(r => r is not null) ?? findings.DeclineReason;
                // A decline of the entire request keeps none of the prices the reply gives for other products.
                var declinedLines = rfq.Lines.Select(l => DeclinedLine(l, findings.DeclinesEntireRequest ? null : merged.FirstOrDefault(m => m.Line == l).Finding, reason, rfq.Currency)).ToList();
                return new NormalizedQuote
                {
                    VendorEmail = document.VendorEmail,
                    Status = QuoteStatus.NoBid,
                    Lines = declinedLines,
                    Deviations = DeviationRules.Detect(rfq, declinedLines, null, null, document.QuotedOn),
                };
            }

            var problems = findings.Problems.Count > 0 ? "; " + string.Join("; ", findings.Problems) : string.Empty;
            return new NormalizedQuote
            {
                VendorEmail = document.VendorEmail,
                Status = QuoteStatus.Unparseable,
                Reason = "no prices or declines could be read from the reply" + problems,
            };
        }

        if (findings.DeclinesRest)
        {
            foreach (var line in rfq.Lines.Where(l => merged.All(m => m.Line != l)))
            {
                merged.Add((line, MergedLine.Declining(line.LineNumber, findings.DeclineReason)));
            }
        }

        foreach (var (_, finding) in merged.Where(m => m.Finding.Currency is not null && !m.Finding.NoBid))
        {
            findings.VoteCurrency(finding.Currency!.Value, 3);
        }

        var currency = findings.LeadingCurrency ?? rfq.Currency;
        var lines = merged.OrderBy(m => m.Line.LineNumber).Select(m => ToQuotedLine(m.Finding, m.Line, currency)).ToList();
        var status = lines.Count(l => !l.NoBid) == rfq.Lines.Count ? QuoteStatus.Parsed : QuoteStatus.Partial;
        var deviations = DeviationRules.Detect(rfq, lines, currency, findings.ValidUntil, document.QuotedOn).Concat(findings.Notes).ToList();
        return new NormalizedQuote
        {
            VendorEmail = document.VendorEmail,
            Status = status,
            Currency = currency,
            ValidUntil = findings.ValidUntil,
            Incoterms = findings.Incoterms,
            Lines = lines,
            Deviations = deviations,
            Reason = findings.Problems.Count > 0 ? string.Join("; ", findings.Problems) : null,
        };
    }

    /// <summary>Each line's findings, most trusted first (in the order they were found where equally trusted).</summary>
    private static Dictionary<int, List<LineFinding>> ByLine(IList<LineFinding> findings)
    {
        var byLine = new Dictionary<int, List<LineFinding>>();
        foreach (var finding in findings)
        {
            if (!byLine.TryGetValue(finding.LineNumber, out var list))
            {
                byLine[finding.LineNumber] = list = new List<LineFinding>(1);
            }

            list.Add(finding);
        }

        foreach (var list in byLine.Values)
        {
            if (list.Count > 1)
            {
                var ordered = list.OrderByDescending(ReadingConfidence.Of).ToList();
                list.Clear();
                list.AddRange(ordered);
            }
        }

        return byLine;
    }

    private static MergedLine Merge(LineFinding best, double confidence, List<LineFinding> all, RfqLine line, int? defaultLead, decimal? defaultMoq)
    {
        var quantity = best.Quantity ?? FirstOf(all, static f => f.Quantity);
        var result = new MergedLine
        {
            LineNumber = line.LineNumber,
            Confidence = confidence,
            UnitPrice = best.UnitPrice,
            Currency = best.Currency ?? FirstOf(all, static f => f.Currency),
            Quantity = quantity == line.Quantity ? null : quantity,
            LeadTimeDays = Corrected(all, static f => f.LeadTimeDays) ?? best.LeadTimeDays ?? FirstOf(all, static f => f.LeadTimeDays) ?? defaultLead,
            Moq = best.Moq ?? FirstOf(all, static f => f.Moq) ?? defaultMoq,
            AlternatePartNumber = best.AlternatePartNumber ?? all.Find(static f => f.AlternatePartNumber is not null)?.AlternatePartNumber,
            Notes = best.Notes ?? all.Find(static f => f.Notes is not null)?.Notes,
        };
        var breaks = best.PriceBreaks.Count > 0 ? best.PriceBreaks : all.Find(static f => f.PriceBreaks.Count > 0)?.PriceBreaks;
        if (breaks is { Count: > 0 })
        {
            result.PriceBreaks = [.. breaks.DistinctBy(b => b.MinQuantity).OrderBy(b => b.MinQuantity)];
        }

        // In the documented field order, which is the order the sources are shown in.
        SourceOf(result, QuoteFields.UnitPrice, best, all, static _ => false);
        if (result.Quantity is not null)
        {
            SourceOf(result, QuoteFields.Quantity, best, all, static f => f.Quantity is not null);
        }

        SourceOf(result, QuoteFields.LeadTimeDays, all.Find(static f => f.IsCorrection && f.LeadTimeDays is not null) ?? best, all, static f => f.LeadTimeDays is not null);
        SourceOf(result, QuoteFields.Moq, best, all, static f => f.Moq is not null);
        if (result.PriceBreaks.Count > 0)
        {
            SourceOf(result, QuoteFields.PriceBreaks, best, all, static f => f.PriceBreaks.Count > 0);
        }

        SourceOf(result, QuoteFields.AlternatePartNumber, best, all, static f => f.AlternatePartNumber is not null);
        return result;
    }

    private static T? Corrected<T>(List<LineFinding> all, Func<LineFinding, T?> value)
        where T : struct =>
        all.Find(f => f.IsCorrection && value(f) is not null) is { } correction ? value(correction) : null;

    private static T? FirstOf<T>(List<LineFinding> all, Func<LineFinding, T?> value)
        where T : struct
    {
        foreach (var finding in all)
        {
            if (value(finding) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>
    /// Carries the value's source over from <paramref name="best"/>, else from the first of <paramref name="all"/> that
    /// has the value and a source for it.
    /// </summary>
    private static void SourceOf(MergedLine result, string field, LineFinding best, List<LineFinding> all, Func<LineFinding, bool> hasValue)
    {
        if (SourceOf(result, field, best))
        {
            return;
        }

        foreach (var candidate in all)
        {
            if (hasValue(candidate) && SourceOf(result, field, candidate))
            {
                return;
            }
        }
    }

    /// <summary>Takes <paramref name="field"/>'s source from <paramref name="candidate"/>, with the message part it was read from.</summary>
    private static bool SourceOf(MergedLine result, string field, LineFinding candidate)
    {
        if (!candidate.Sources.TryGetValue(field, out var text))
        {
            return false;
        }

        result.Sources[field] = new SourceSpan(candidate.Part ?? QuoteParts.Body, text);
        return true;
    }

    private static MergedLine Declined(LineFinding declined, double confidence)
    {
        var result = new MergedLine { LineNumber = declined.LineNumber, NoBid = true, NoBidReason = declined.NoBidReason, Confidence = confidence };
        SourceOf(result, QuoteFields.NoBid, declined);
        return result;
    }

    private static QuotedLine DeclinedLine(RfqLine line, MergedLine? finding, string? reason, CurrencyCode currency) =>
        finding is not null
            ? ToQuotedLine(finding, line, currency) with { Notes = Trim(finding.NoBidReason ?? reason) }
            : ToQuotedLine(MergedLine.Declining(line.LineNumber, reason), line, currency);

    private static QuotedLine ToQuotedLine(MergedLine finding, RfqLine line, CurrencyCode currency)
    {
        if (finding.NoBid)
        {
            return new QuotedLine { LineNumber = line.LineNumber, NoBid = true, Notes = Trim(finding.NoBidReason), Confidence = Round(finding.Confidence), Sources = finding.Sources };
        }

        var lineCurrency = finding.Currency ?? currency;
        return new QuotedLine
        {
            LineNumber = line.LineNumber,
            UnitPrice = finding.UnitPrice is { } price ? new Money(price, lineCurrency) : null,
            Quantity = Plain(finding.Quantity),
            LeadTimeDays = finding.LeadTimeDays,
            Moq = Plain(finding.Moq),
            PriceBreaks = finding.PriceBreaks.Count == 0 ? [] : [.. finding.PriceBreaks.Select(b => new PriceBreak(Plain(b.MinQuantity), new Money(b.UnitPrice, lineCurrency)))],
            AlternatePartNumber = finding.AlternatePartNumber,
            Notes = Trim(finding.Notes),
            Confidence = Round(finding.Confidence),
            Sources = finding.Sources,
        };
    }

    // A count read as "10000.000" (an ERP export's fixed decimals) is 10000: the scale of what was written is not kept.
    private static decimal? Plain(decimal? value) => value is { } v ? Plain(v) : null;

    private static decimal Plain(decimal value) => value / 1.0000000000000000000000000000m;

    /// <summary>One RFQ line's answer as assembled from the findings: the values that won and where each was read.</summary>
    private sealed class MergedLine
    {
        public required int LineNumber { get; init; }

        public double Confidence { get; init; }

        public bool NoBid { get; init; }

        public string? NoBidReason { get; init; }

        public decimal? UnitPrice { get; init; }

        public CurrencyCode? Currency { get; init; }

        public decimal? Quantity { get; init; }

        public int? LeadTimeDays { get; init; }

        public decimal? Moq { get; init; }

        public IReadOnlyList<PriceBreakFinding> PriceBreaks { get; set; } = [];

        public string? AlternatePartNumber { get; init; }

        public string? Notes { get; init; }

        public Dictionary<string, SourceSpan> Sources { get; } = new(StringComparer.Ordinal);

        /// <summary>A line declined for <paramref name="reason"/>, said of the whole reply (or of the lines not priced).</summary>
        public static MergedLine Declining(int lineNumber, string? reason)
        {
            var declined = new MergedLine { LineNumber = lineNumber, NoBid = true, NoBidReason = reason, Confidence = FreeTextExtractor.Confidence };
            if (reason?.Trim() is { Length: > 0 } text)
            {
                declined.Sources[QuoteFields.NoBid] = new SourceSpan(QuoteParts.Body, text.Length > 200 ? text[..200] : text);
            }

            return declined;
        }
    }

    private static double Round(double confidence) => Math.Round(Math.Clamp(confidence, 0, 1), 2);

    private static string? Trim(string? text) => text is null ? null : text.Length > 200 ? text[..200] : text;
}
