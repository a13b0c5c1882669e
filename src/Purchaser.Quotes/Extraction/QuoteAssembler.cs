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
            var all = findings.Lines.Where(f => f.LineNumber == line.LineNumber).OrderByDescending(f => f.Confidence).ToList();
            var priced = all.Where(f => f.UnitPrice is not null && !f.NoBid).ToList();
            if (priced.Count > 0)
            {
                merged.Add((line, Merge(priced[0], all, line, findings.DefaultLeadTimeDays)));
            }
            else if (all.FirstOrDefault(f => f.NoBid) is { } declined)
            {
                merged.Add((line, declined));
            }
        }

        var anyPriced = merged.Any(m => !m.Finding.NoBid);
        if (!anyPriced)
        {
            if (findings.DeclinesAll || findings.DeclinesRest || merged.Count > 0)
            {
                var reason = merged.Select(m => m.Finding.NoBidReason).FirstOrDefault(r => r is not null) ?? findings.DeclineReason;
                var declinedLines = rfq.Lines.Select(l => new QuotedLine { LineNumber = l.LineNumber, NoBid = true, Notes = merged.FirstOrDefault(m => m.Line == l).Finding?.NoBidReason ?? reason }).ToList();
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
                merged.Add((line, new LineFinding { LineNumber = line.LineNumber, NoBid = true, NoBidReason = findings.DeclineReason }));
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
            Confidence = best.Confidence,
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

        return result;
    }

    private static QuotedLine ToQuotedLine(LineFinding finding, RfqLine line, CurrencyCode currency)
    {
        if (finding.NoBid)
        {
            return new QuotedLine { LineNumber = line.LineNumber, NoBid = true, Notes = Trim(finding.NoBidReason) };
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
        };
    }

    private static string? Trim(string? text) => text is null ? null : text.Length > 200 ? text[..200] : text;
}
