using System.Globalization;
using System.IO.Compression;
using System.Xml;

namespace Purchaser.Quotes.Tables;

/// <summary>
/// Reads every sheet of an OpenDocument spreadsheet (.ods, LibreOffice) into tables of text cells, as
/// <see cref="SpreadsheetReader"/> does for Excel: numbers as their values, currency cells with their currency code,
/// text as written. Repeated rows and columns (a sheet's trailing empty million rows) are expanded only up to the
/// limits, and only while they hold something.
/// </summary>
internal static class OdsReader
{
    private const string TableNs = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private const string OfficeNs = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private const string TextNs = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private const int MaxSheets = 16;

    private static readonly XmlReaderSettings Settings = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true };

    public static List<Table> Read(ReadOnlyMemory<byte> content, string name, int maxRows, int maxColumns, long maxExpandedBytes, ICollection<string> problems)
    {
        var tables = new List<Table>();
        try
        {
            using var archive = ZipPackage.Open(content, name, "spreadsheet", maxExpandedBytes, problems);
            if (archive is null)
            {
                return tables;
            }

            if (archive.GetEntry("content.xml") is not { } entry)
            {
                problems.Add($"{name}: not an OpenDocument spreadsheet (no content.xml)");
                return tables;
            }

            using var stream = entry.Open();
            using var reader = XmlReader.Create(stream, Settings);
            while (tables.Count < MaxSheets && reader.ReadToFollowing("table", TableNs))
            {
                var sheet = reader.GetAttribute("name", TableNs) ?? (tables.Count + 1).ToString(CultureInfo.InvariantCulture);
                tables.Add(new Table(Sheet(reader.ReadSubtree(), name, maxRows, maxColumns, problems), $"{name} sheet {sheet}"));
            }
        }
        catch (Exception ex) when (ex is InvalidDataException or XmlException or IOException)
        {
            problems.Add($"{name}: the spreadsheet could not be read ({ex.Message})");
        }

        return tables;
    }

    private static List<IReadOnlyList<string>> Sheet(XmlReader sheet, string name, int maxRows, int maxColumns, ICollection<string> problems)
    {
        var rows = new List<IReadOnlyList<string>>();
        using (sheet)
        {
            while (sheet.ReadToFollowing("table-row", TableNs))
            {
                var repeated = Repeat(sheet.GetAttribute("number-rows-repeated", TableNs));
                var row = Row(sheet.ReadSubtree(), maxColumns);
                if (row.TrueForAll(c => c.Length == 0))
                {
                    // Empty rows, however many are repeated, read as one: a gap, not a million lines.
                    repeated = 1;
                }

                for (var i = 0; i < repeated; i++)
                {
                    if (rows.Count >= maxRows)
                    {
                        problems.Add($"{name}: only the first {maxRows} rows of a sheet were read");
                        return Trimmed(rows);
                    }

                    rows.Add(row);
                }
            }
        }

        return Trimmed(rows);
    }

    private static List<string> Row(XmlReader row, int maxColumns)
    {
        var cells = new List<string>();
        using (row)
        {
            row.Read();
            while (row.Read())
            {
                if (row.NodeType != XmlNodeType.Element || row.NamespaceURI != TableNs || row.LocalName is not ("table-cell" or "covered-table-cell"))
                {
                    continue;
                }

                var repeated = Repeat(row.GetAttribute("number-columns-repeated", TableNs));
                var value = Cell(row);
                for (var i = 0; i < repeated && cells.Count < maxColumns; i++)
                {
                    cells.Add(value);
                }
            }
        }

        // Trailing empty cells (a row padded to the sheet's width) say nothing.
        var last = cells.FindLastIndex(c => c.Length > 0);
        return cells.GetRange(0, last + 1);
    }

    private static string Cell(XmlReader cell)
    {
        var type = cell.GetAttribute("value-type", OfficeNs);
        var value = cell.GetAttribute("value", OfficeNs);
        string text;
        if (cell.IsEmptyElement)
        {
            text = string.Empty;
        }
        else
        {
            using var inner = cell.ReadSubtree();
            text = Paragraphs(inner);
        }

        return type switch
        {
            "float" or "percentage" when value is not null => Invariant(value),
            "currency" when value is not null => cell.GetAttribute("currency", OfficeNs) is { Length: 3 } code ? $"{code} {Invariant(value)}" : text,
            "date" => cell.GetAttribute("date-value", OfficeNs) is { Length: >= 10 } date ? date[..10] : text,
            _ => text,
        };
    }

    // A cell's paragraphs, one line of text; <text:s/> is a space, <text:tab/> a tab, a line break a space.
    private static string Paragraphs(XmlReader cell)
    {
        var text = new System.Text.StringBuilder();
        while (cell.Read())
        {
            if (cell.NodeType is XmlNodeType.Text or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace)
            {
                text.Append(cell.Value);
            }
            else if (cell.NodeType == XmlNodeType.Element && cell.NamespaceURI == TextNs)
            {
                switch (cell.LocalName)
                {
                    case "s":
                        text.Append(' ', Math.Clamp(Repeat(cell.GetAttribute("c", TextNs)), 1, 64));
                        break;
                    case "tab" or "line-break":
                        text.Append(' ');
                        break;
                    case "p" when text.Length > 0:
                        text.Append(' ');
                        break;
                }
            }
        }

        return text.ToString().Trim();
    }

    private static string Invariant(string value) =>
        decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number.ToString(CultureInfo.InvariantCulture) : value;

    private static int Repeat(string? count) =>
        int.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 1 ? n : 1;

    // Empty rows at the end of a sheet are its unused area, not content.
    private static List<IReadOnlyList<string>> Trimmed(List<IReadOnlyList<string>> rows)
    {
        var last = rows.FindLastIndex(r => r.Count > 0);
        return rows.GetRange(0, last + 1);
    }
}
