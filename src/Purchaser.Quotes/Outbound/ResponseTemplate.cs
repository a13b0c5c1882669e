using System.Globalization;
using System.Text;
using Purchaser.Domain;

namespace Purchaser.Quotes.Outbound;

/// <summary>
/// The structured response template, version 1: a plain-text table a person can fill in inside their reply, between
/// markers that carry the RFQ number, and the same columns as a CSV attachment. Documented in docs/rfq-email.md.
/// </summary>
public static class ResponseTemplate
{
    /// <summary>The template's version, part of the markers.</summary>
    public const string Version = "v1";

    /// <summary>The column headers, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["Line", "Part number", "Quantity", "Unit", "Unit price", "Currency", "Lead time (days)", "MOQ", "Notes"];

    /// <summary>The line that opens the template for <paramref name="rfqNumber"/>.</summary>
    public static string BeginMarker(string rfqNumber) => $"----- BEGIN QUOTE {rfqNumber} (template {Version}) -----";

    /// <summary>The line that closes the template for <paramref name="rfqNumber"/>.</summary>
    public static string EndMarker(string rfqNumber) => $"----- END QUOTE {rfqNumber} -----";

    /// <summary>The template as text: markers around a pipe table with one row per RFQ line, prices left blank.</summary>
    public static string Text(Rfq rfq)
    {
        ArgumentNullException.ThrowIfNull(rfq);
        var rows = new List<string[]> { Columns.ToArray() };
        rows.AddRange(rfq.Lines.Select(l => new[]
        {
            l.LineNumber.ToString(CultureInfo.InvariantCulture), l.PartNumber, l.Quantity.ToString(CultureInfo.InvariantCulture), l.Unit.Code, string.Empty, rfq.Currency.Code, string.Empty, string.Empty, string.Empty,
        }));
        var widths = Enumerable.Range(0, Columns.Count).Select(c => rows.Max(r => r[c].Length)).ToArray();
        var text = new StringBuilder().AppendLine(BeginMarker(rfq.Number));
        foreach (var row in rows)
        {
            text.AppendLine(string.Join(" | ", row.Select((cell, c) => cell.PadRight(widths[c]))).TrimEnd());
        }

        return text.AppendLine(EndMarker(rfq.Number)).ToString();
    }

    /// <summary>The template as CSV (comma-separated, quoted where needed, UTF-8).</summary>
    public static byte[] Csv(Rfq rfq)
    {
        ArgumentNullException.ThrowIfNull(rfq);
        var csv = new StringBuilder().AppendLine(string.Join(',', Columns.Select(Quote)));
        foreach (var line in rfq.Lines)
        {
            csv.AppendLine(string.Join(',', new[]
            {
                line.LineNumber.ToString(CultureInfo.InvariantCulture), line.PartNumber, line.Quantity.ToString(CultureInfo.InvariantCulture), line.Unit.Code, string.Empty, rfq.Currency.Code, string.Empty, string.Empty, string.Empty,
            }.Select(Quote)));
        }

        return Encoding.UTF8.GetBytes(csv.ToString());
    }

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
