using Purchaser.Domain;
using Purchaser.Services;

namespace Purchaser.Quotes.Extraction;

/// <summary>Merges the extractors' findings into one normalized quote: the most trusted value per field, status, currency and deviations.</summary>
internal static class QuoteAssembler
{
    public static NormalizedQuote Assemble(QuoteDocument document, QuoteFindings findings)
    {
        var rfq = document.Rfq;
        var merged = new List<(RfqLine Line, LineFinding Finding)>(rfq.Lines.Count);
        var byLine = ByLine(findings.Lines);
        foreach (var line in rfq.Lines)
        {
            if (!byLine.TryGetValue(line.LineNumber, out var all))
            {
                continue;
            }

            if (all.Find(f => f.UnitPrice is not null && !f.NoBid) is { } best)
            {
                merged.Add((line, Merge(best, ReadingConfidence.Of(best), all, line, findings.DefaultLeadTimeDays)));
            }
            else if (all.Find(f => f.NoBid) is { } declined)
            {
                merged.Add((line, Declined(declined, ReadingConfidence.Of(declined))));
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

    private static LineFinding Merge(LineFinding best, double confidence, List<LineFinding> all, RfqLine line, int? defaultLead)
    {
        var result = new LineFinding
        {
            LineNumber = line.LineNumber,
            Confidence = confidence,
            UnitPrice = best.UnitPrice,
            Currency = best.Currency ?? FirstOf(all, static f => f.Currency),
            Quantity = best.Quantity ?? FirstOf(all, static f => f.Quantity),
            LeadTimeDays = best.LeadTimeDays ?? FirstOf(all, static f => f.LeadTimeDays) ?? defaultLead,
            Moq = best.Moq ?? FirstOf(all, static f => f.Moq),
            AlternatePartNumber = best.AlternatePartNumber ?? all.Find(static f => f.AlternatePartNumber is not null)?.AlternatePartNumber,
            Notes = best.Notes ?? all.Find(static f => f.Notes is not null)?.Notes,
        };
        var breaks = best.PriceBreaks.Count > 0 ? best.PriceBreaks : all.Find(static f => f.PriceBreaks.Count > 0)?.PriceBreaks;
        if (breaks is { Count: > 0 })
        {
            foreach (var b in breaks.DistinctBy(b => b.MinQuantity).OrderBy(b => b.MinQuantity))
            {
                result.PriceBreaks.Add(b);
            }
        }

        if (result.Quantity == line.Quantity)
        {
            result.Quantity = null;
        }

        SourceOf(result, QuoteFields.UnitPrice, best, all, static _ => false);
        if (result.Quantity is not null)
        {
            SourceOf(result, QuoteFields.Quantity, best, all, static f => f.Quantity is not null);
        }

        SourceOf(result, QuoteFields.LeadTimeDays, best, all, static f => f.LeadTimeDays is not null);
        SourceOf(result, QuoteFields.Moq, best, all, static f => f.Moq is not null);
        if (result.PriceBreaks.Count > 0)
        {
            SourceOf(result, QuoteFields.PriceBreaks, best, all, static f => f.PriceBreaks.Count > 0);
        }

        SourceOf(result, QuoteFields.AlternatePartNumber, best, all, static f => f.AlternatePartNumber is not null);
        return result;
    }

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
    private static void SourceOf(LineFinding result, string field, LineFinding best, List<LineFinding> all, Func<LineFinding, bool> hasValue)
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

    private static bool SourceOf(LineFinding result, string field, LineFinding candidate)
    {
        if (!candidate.Sources.TryGetValue(field, out var text))
        {
            return false;
        }

        result.Sources[field] = text;
        if (candidate.Part is { } part && part != QuoteParts.Body)
        {
            (result.SourceParts ??= new(StringComparer.Ordinal))[field] = part;
        }

        return true;
    }

    private static LineFinding Declined(LineFinding declined, double confidence)
    {
        var result = new LineFinding { LineNumber = declined.LineNumber, NoBid = true, NoBidReason = declined.NoBidReason, Confidence = confidence };
        SourceOf(result, QuoteFields.NoBid, declined);
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
        var spans = new Dictionary<string, SourceSpan>(finding.Sources.Count, StringComparer.Ordinal);

        // Fields in their documented order; one of no known order would come first.
        foreach (var (field, text) in finding.Sources)
        {
            if (!FieldOrder.Contains(field))
            {
                spans[field] = Span(finding, field, text);
            }
        }

        foreach (var field in FieldOrder)
        {
            if (finding.Sources.TryGetValue(field, out var text))
            {
                spans[field] = Span(finding, field, text);
            }
        }

        return spans;
    }

    private static SourceSpan Span(LineFinding finding, string field, string text) =>
        new(finding.SourceParts?.GetValueOrDefault(field) ?? finding.Part ?? QuoteParts.Body, text);

    private static readonly string[] FieldOrder = [QuoteFields.NoBid, QuoteFields.UnitPrice, QuoteFields.Quantity, QuoteFields.LeadTimeDays, QuoteFields.Moq, QuoteFields.PriceBreaks, QuoteFields.AlternatePartNumber];

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
