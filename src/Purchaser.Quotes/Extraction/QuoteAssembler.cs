using Purchaser.Domain;
using Purchaser.Services;

namespace Purchaser.Quotes.Extraction;

/// <summary>Merges the extractors' findings into one normalized quote: the most trusted value per field, status, currency and deviations.</summary>
internal static class QuoteAssembler
{
    public static NormalizedQuote Assemble(QuoteDocument document, QuoteFindings findings)
    {
        var rfq = document.Rfq;
        var merged = new List<(RfqLine Line, LineFinding Finding)>();
        foreach (var line in rfq.Lines)
        {
            var all = findings.Lines.Where(f => f.LineNumber == line.LineNumber).OrderByDescending(ReadingConfidence.Of).ToList();
            var priced = all.Where(f => f.UnitPrice is not null && !f.NoBid).ToList();
            if (priced.Count > 0)
            {
                merged.Add((line, Merge(priced[0], all, line, findings.DefaultLeadTimeDays)));
            }
            else if (all.FirstOrDefault(f => f.NoBid) is { } declined)
            {
                merged.Add((line, Declined(declined)));
            }
        }

        var anyPriced = merged.Any(m => !m.Finding.NoBid);
        if (!anyPriced)
        {
            if (findings.DeclinesAll || findings.DeclinesRest || merged.Count > 0)
            {
                var reason = merged.Select(m => m.Finding.NoBidReason).FirstOrDefault(r => r is not null) ?? findings.DeclineReason;
                var declinedLines = rfq.Lines.Select(l => DeclinedLine(l, merged.FirstOrDefault(m => m.Line == l).Finding, reason, rfq.Currency)).ToList();
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
                var rest = new LineFinding { LineNumber = line.LineNumber, NoBid = true, NoBidReason = findings.DeclineReason, Confidence = FreeTextExtractor.Confidence };
                rest.Source(QuoteFields.NoBid, findings.DeclineReason);
                merged.Add((line, rest));
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

    private static LineFinding Merge(LineFinding best, List<LineFinding> all, RfqLine line, int? defaultLead)
    {
        var result = new LineFinding
        {
            LineNumber = line.LineNumber,
            Confidence = ReadingConfidence.Of(best),
            UnitPrice = best.UnitPrice,
            Currency = best.Currency ?? all.Select(f => f.Currency).FirstOrDefault(c => c is not null),
            Quantity = best.Quantity ?? all.Select(f => f.Quantity).FirstOrDefault(q => q is not null),
            LeadTimeDays = best.LeadTimeDays ?? all.Select(f => f.LeadTimeDays).FirstOrDefault(d => d is not null) ?? defaultLead,
            Moq = best.Moq ?? all.Select(f => f.Moq).FirstOrDefault(m => m is not null),
            AlternatePartNumber = best.AlternatePartNumber ?? all.Select(f => f.AlternatePartNumber).FirstOrDefault(a => a is not null),
            Notes = best.Notes ?? all.Select(f => f.Notes).FirstOrDefault(n => n is not null),
        };
        var breaks = best.PriceBreaks.Count > 0 ? best.PriceBreaks : all.Select(f => f.PriceBreaks).FirstOrDefault(b => b.Count > 0) ?? [];
        foreach (var b in breaks.DistinctBy(b => b.MinQuantity).OrderBy(b => b.MinQuantity))
        {
            result.PriceBreaks.Add(b);
        }

        if (result.Quantity == line.Quantity)
        {
            result.Quantity = null;
        }

        SourceOf(result, QuoteFields.UnitPrice, [best]);
        SourceOf(result, QuoteFields.Quantity, result.Quantity is null ? [] : all.Where(f => f.Quantity is not null).Prepend(best));
        SourceOf(result, QuoteFields.LeadTimeDays, all.Where(f => f.LeadTimeDays is not null).Prepend(best));
        SourceOf(result, QuoteFields.Moq, all.Where(f => f.Moq is not null).Prepend(best));
        SourceOf(result, QuoteFields.PriceBreaks, result.PriceBreaks.Count == 0 ? [] : all.Where(f => f.PriceBreaks.Count > 0).Prepend(best));
        SourceOf(result, QuoteFields.AlternatePartNumber, all.Where(f => f.AlternatePartNumber is not null).Prepend(best));
        return result;
    }

    /// <summary>
    /// Carries each value's source over from the first finding in <paramref name="candidates"/> that has one, with the
    /// part it came from: one merged line can take its price from an attachment and its lead time from the body.
    /// </summary>
    private static void SourceOf(LineFinding result, string field, IEnumerable<LineFinding> candidates)
    {
        foreach (var candidate in candidates)
        {
            if (candidate.Sources.TryGetValue(field, out var text))
            {
                result.Sources[field] = text;
                result.SourceParts[field] = candidate.Part ?? QuoteParts.Body;
                return;
            }
        }
    }

    private static LineFinding Declined(LineFinding declined)
    {
        var result = new LineFinding { LineNumber = declined.LineNumber, NoBid = true, NoBidReason = declined.NoBidReason, Confidence = ReadingConfidence.Of(declined) };
        SourceOf(result, QuoteFields.NoBid, [declined]);
        return result;
    }

    private static QuotedLine DeclinedLine(RfqLine line, LineFinding? finding, string? reason, CurrencyCode currency)
    {
        if (finding is not null)
        {
            return ToQuotedLine(finding, line, currency) with { Notes = Trim(finding.NoBidReason ?? reason) };
        }

        var declined = new LineFinding { LineNumber = line.LineNumber, NoBid = true, NoBidReason = reason, Confidence = FreeTextExtractor.Confidence };
        declined.Source(QuoteFields.NoBid, reason);
        return ToQuotedLine(declined, line, currency);
    }

    private static Dictionary<string, SourceSpan> Spans(LineFinding finding)
    {
        var spans = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
        foreach (var (field, text) in finding.Sources.OrderBy(s => FieldOrder.IndexOf(s.Key)))
        {
            spans[field] = new SourceSpan(finding.SourceParts.GetValueOrDefault(field) ?? finding.Part ?? QuoteParts.Body, text);
        }

        return spans;
    }

    private static readonly List<string> FieldOrder = [QuoteFields.NoBid, QuoteFields.UnitPrice, QuoteFields.Quantity, QuoteFields.LeadTimeDays, QuoteFields.Moq, QuoteFields.PriceBreaks, QuoteFields.AlternatePartNumber];

    private static QuotedLine ToQuotedLine(LineFinding finding, RfqLine line, CurrencyCode currency)
    {
        if (finding.NoBid)
        {
            return new QuotedLine { LineNumber = line.LineNumber, NoBid = true, Notes = Trim(finding.NoBidReason), Confidence = Round(finding.Confidence), Sources = Spans(finding) };
        }

        var lineCurrency = finding.Currency ?? currency;
        return new QuotedLine
        {
            LineNumber = line.LineNumber,
            UnitPrice = finding.UnitPrice is { } price ? new Money(price, lineCurrency) : null,
            Quantity = finding.Quantity,
            LeadTimeDays = finding.LeadTimeDays,
            Moq = finding.Moq,
            PriceBreaks = [.. finding.PriceBreaks.Select(b => new PriceBreak(b.MinQuantity, new Money(b.UnitPrice, lineCurrency)))],
            AlternatePartNumber = finding.AlternatePartNumber,
            Notes = Trim(finding.Notes),
            Confidence = Round(finding.Confidence),
            Sources = Spans(finding),
        };
    }

    private static double Round(double confidence) => Math.Round(Math.Clamp(confidence, 0, 1), 2);

    private static string? Trim(string? text) => text is null ? null : text.Length > 200 ? text[..200] : text;
}
