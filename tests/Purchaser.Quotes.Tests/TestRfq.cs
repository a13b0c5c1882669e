using Purchaser.Domain;

namespace Purchaser.Quotes.Tests;

/// <summary>A small RFQ for tests that do not need a file.</summary>
internal static class TestRfq
{
    public static Rfq Create()
    {
        var now = new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);
        return new Rfq
        {
            Id = Id<Rfq>.New(),
            TenantId = Id<Tenant>.New(),
            Number = "T-RFQ-1",
            Title = "Test",
            Currency = CurrencyCode.Usd,
            ResponseDueAt = now.AddDays(10),
            Status = RfqStatus.Published,
            Lines =
            [
                new RfqLine(1, "ABC-100", "Widget, steel", 1000, UnitOfMeasure.Each, new DateOnly(2026, 8, 1)),
                new RfqLine(2, "XYZ-200", "Bracket, aluminium", 50, UnitOfMeasure.Each, new DateOnly(2026, 8, 1)),
            ],
            CreatedAt = now,
            UpdatedAt = now,
        };
    }

    /// <summary>The shared sample's five lines, whose part numbers vendors shorten and mistype.</summary>
    public static Rfq ShortParts() => Create() with
    {
        Lines =
        [
            new RfqLine(1, "GSK-EPDM-80", "Gasket, EPDM 70 Shore A, die-cut", 5000, UnitOfMeasure.Each, new DateOnly(2026, 8, 28)),
            new RfqLine(2, "CBL-4C22-PUR", "Cable, 4 x 22 AWG shielded, PUR jacket", 1500, UnitOfMeasure.Parse("M"), new DateOnly(2026, 8, 28)),
            new RfqLine(3, "SCR-M4X10-A2", "Socket head cap screw M4 x 10, A2-70", 20000, UnitOfMeasure.Each, new DateOnly(2026, 8, 28)),
            new RfqLine(4, "PLT-0915-R2", "Motor base plate, 6082-T6, CNC milled", 120, UnitOfMeasure.Each, new DateOnly(2026, 8, 28)),
            new RfqLine(5, "SPR-C0630-302", "Compression spring, 302 stainless", 8000, UnitOfMeasure.Each, new DateOnly(2026, 8, 28)),
        ],
    };

    public static byte[] Mail(string contentType, string body, string extraHeaders = "") =>
        System.Text.Encoding.UTF8.GetBytes($"From: Vendor <v@vendor.example>\r\nTo: b@buyer.example\r\nSubject: Re: T-RFQ-1\r\nDate: Tue, 2 Jun 2026 10:00:00 +0000\r\nMIME-Version: 1.0\r\n{extraHeaders}Content-Type: {contentType}\r\n\r\n{body}");

    /// <summary>A multipart/mixed body (boundary "b") of <paramref name="text"/> and one base64 attachment.</summary>
    public static string Attachment(string text, string name, string type, byte[] content) =>
        $"--b\r\nContent-Type: text/plain\r\n\r\n{text}\r\n--b\r\nContent-Type: {type}; name={name}\r\nContent-Disposition: attachment; filename={name}\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        + Convert.ToBase64String(content, Base64FormattingOptions.InsertLineBreaks) + "\r\n--b--\r\n";
}
