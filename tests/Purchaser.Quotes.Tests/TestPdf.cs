using System.Globalization;
using System.Text;

namespace Purchaser.Quotes.Tests;

/// <summary>Writes small PDFs object by object, so tests can build well-formed files and hostile ones alike.</summary>
internal static class TestPdf
{
    /// <summary>A PDF with one page per entry, each page's lines drawn top-down in Helvetica; <c>|</c> starts the next 120 pt column.</summary>
    public static byte[] Text(params string[][] pages)
    {
        var objects = new SortedDictionary<int, string>
        {
            [1] = "<< /Type /Catalog /Pages 2 0 R >>",
            [3] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        };
        var kids = new List<string>();
        var next = 4;
        foreach (var page in pages)
        {
            var content = new StringBuilder();
            for (var i = 0; i < page.Length; i++)
            {
                var cells = page[i].Split('|');
                for (var c = 0; c < cells.Length; c++)
                {
                    var text = cells[c].Trim().Replace("(", "\\(", StringComparison.Ordinal).Replace(")", "\\)", StringComparison.Ordinal);
                    content.Append(CultureInfo.InvariantCulture, $"BT /F1 10 Tf {50 + (c * 120)} {780 - (i * 16)} Td ({text}) Tj ET\n");
                }
            }

            objects[next] = $"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents {next + 1} 0 R >>";
            objects[next + 1] = Stream(content.ToString());
            kids.Add($"{next} 0 R");
            next += 2;
        }

        objects[2] = $"<< /Type /Pages /Kids [{string.Join(' ', kids)}] /Count {pages.Length} >>";
        return Write(objects);
    }

    /// <summary>A stream object's text.</summary>
    public static string Stream(string content) => $"<< /Length {Encoding.Latin1.GetByteCount(content)} >>\nstream\n{content}\nendstream";

    /// <summary>Writes <paramref name="objects"/> (object 1 the catalog) with a correct cross-reference table and <paramref name="trailerExtra"/> in the trailer.</summary>
    public static byte[] Write(SortedDictionary<int, string> objects, string trailerExtra = "")
    {
        var output = new StringBuilder("%PDF-1.4\n");
        var offsets = new Dictionary<int, int>();
        foreach (var (number, body) in objects)
        {
            offsets[number] = Encoding.Latin1.GetByteCount(output.ToString());
            output.Append(CultureInfo.InvariantCulture, $"{number} 0 obj\n{body}\nendobj\n");
        }

        var xref = Encoding.Latin1.GetByteCount(output.ToString());
        var size = objects.Keys.Max() + 1;
        output.Append(CultureInfo.InvariantCulture, $"xref\n0 {size}\n0000000000 65535 f \n");
        for (var number = 1; number < size; number++)
        {
            output.Append(CultureInfo.InvariantCulture, $"{offsets.GetValueOrDefault(number):D10} 00000 {(offsets.ContainsKey(number) ? 'n' : 'f')} \n");
        }

        output.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {size} /Root 1 0 R {trailerExtra.Replace("{xref}", xref.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)} >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(output.ToString());
    }
}
