using System.Globalization;
using ExcelDataReader;

namespace Purchaser.Quotes.Tables;

/// <summary>Reads every sheet of an XLSX or XLS workbook into tables of text cells.</summary>
internal static class SpreadsheetReader
{
    public static List<Table> Read(ReadOnlyMemory<byte> content, string name, int maxRows, int maxColumns, long maxExpandedBytes, ICollection<string> problems)
    {
        var tables = new List<Table>();
        using var stream = ZipPackage.ReadOnlyStream(content);
        if (ZipExpansion.IsZip(content.Span) && ZipExpansion.Exceeds(stream, maxExpandedBytes))
        {
            problems.Add($"{name}: the spreadsheet expands to more than {maxExpandedBytes} bytes and was not read");
            return tables;
        }

        stream.Position = 0;
        using var reader = ExcelReaderFactory.CreateReader(stream);
        var sheets = 0;
        do
        {
            var rows = new List<IReadOnlyList<string>>();
            while (reader.Read())
            {
                if (rows.Count >= maxRows)
                {
                    problems.Add($"{name}: only the first {maxRows} rows of a sheet were read");
                    break;
                }

                var cells = new string[Math.Min(reader.FieldCount, maxColumns)];
                for (var i = 0; i < cells.Length; i++)
                {
                    cells[i] = Format(reader.GetValue(i));
                }

                rows.Add(cells);
            }

            tables.Add(new Table(rows, $"{name} sheet {reader.Name}"));
        }
        while (++sheets < 16 && reader.NextResult());

        return tables;
    }

    private static string Format(object? value) => value switch
    {
        null => string.Empty,
        double d => ((decimal)d).ToString(CultureInfo.InvariantCulture),
        DateTime dt => dt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString()?.Trim() ?? string.Empty,
    };
}
