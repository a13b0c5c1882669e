using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using MimeKit;
using Purchaser.Domain;
using Purchaser.Quotes;

namespace Purchaser.Benchmarks;

/// <summary>
/// The whole ingest of a typical 10-line vendor reply (MIME parse, history stripping, extraction, normalization,
/// deviations; no storage) against MimeKit's bare parse of the same bytes. Goal: within 3×.
/// </summary>
[MemoryDiagnoser]
public class QuoteIngestBenchmarks
{
    private readonly QuoteParser _parser = new();
    private byte[] _mime = null!;
    private Rfq _rfq = null!;

    [GlobalSetup]
    public void Setup()
    {
        var now = new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
        _rfq = new Rfq
        {
            Id = Id<Rfq>.New(),
            TenantId = Id<Tenant>.New(),
            Number = "RFQ-2026-000042",
            Title = "Machined and fastener parts",
            Currency = CurrencyCode.Usd,
            ResponseDueAt = now.AddDays(14),
            Status = RfqStatus.Published,
            Lines = [.. Enumerable.Range(1, 10).Select(i => new RfqLine(i, $"PRT-{1000 + i}", $"Part number {i}, 6061-T6", 100 * i, UnitOfMeasure.Each, new DateOnly(2027, 2, 1)))],
            CreatedAt = now,
            UpdatedAt = now,
        };

        var table = new StringBuilder("Line | Part        | Qty   | Unit price | Lead time | MOQ\r\n");
        for (var i = 1; i <= 10; i++)
        {
            table.Append(CultureInfo.InvariantCulture, $"{i,-4} | PRT-{1000 + i,-7} | {100 * i,-5} | USD {1.25m * i:0.00}   | {i + 2} weeks   | {50 * i}\r\n");
        }

        var text = $"""
            Hello,

            Thank you for the request. Our quotation for RFQ-2026-000042:

            {table}
            Prices FOB Chicago, valid 30 days.

            Best regards,
            Dana Miller
            Lakeshore Components
            --
            Lakeshore Components | 312-555-0100 | Fax 312-555-0101

            On Mon, Dec 1, 2026 at 9:00 AM Purchasing <purchasing@customer.example> wrote:
            > Please quote the 10 lines below.
            > 1 PRT-1001 100 EA
            > 2 PRT-1002 200 EA
            """;
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress("Dana Miller", "dana@lakeshore.example"));
        message.To.Add(new MailboxAddress("Purchasing", "purchasing@customer.example"));
        message.Subject = "Re: RFQ-2026-000042 Machined and fastener parts";
        message.Date = now.AddDays(2);
        message.Body = new TextPart("plain") { Text = text };
        using var stream = new MemoryStream();
        message.WriteTo(stream);
        _mime = stream.ToArray();
    }

    [Benchmark(Baseline = true, Description = "MimeMessage.Load (bare parse)")]
    public MimeMessage BareParse()
    {
        using var stream = new MemoryStream(_mime, writable: false);
        return MimeMessage.Load(stream);
    }

    [Benchmark(Description = "QuoteParser.Parse (whole ingest)")]
    public NormalizedQuote Ingest() => _parser.Parse(_mime, _rfq);
}
