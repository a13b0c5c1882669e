using System.Text;

namespace Purchaser.Quotes.Tables;

/// <summary>Reads delimited text (comma, semicolon, tab or pipe; quoted fields) in UTF-8, UTF-16 or a legacy charset.</summary>
internal static class CsvParser
{
    public static string Decode(ReadOnlySpan<byte> bytes, string? charset)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Encoding.UTF8.GetString(bytes[3..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode.GetString(bytes[2..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }

        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return LegacyEncoding(charset).GetString(bytes);
        }
    }

    public static Encoding LegacyEncoding(string? charset)
    {
        try
        {
            if (!string.IsNullOrWhiteSpace(charset) && !charset.Contains("utf-8", StringComparison.OrdinalIgnoreCase))
            {
                return Encoding.GetEncoding(charset.Trim('"', ' '));
            }
        }
        catch (ArgumentException)
        {
        }

        return Encoding.GetEncoding(1252);
    }

    public static Table Parse(string text, int maxRows, int maxColumns, string source, out bool truncated)
    {
        var delimiter = DetectDelimiter(text);
        var rows = new List<IReadOnlyList<string>>();
        var row = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        truncated = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"')
                    {
                        cell.Append('"');
                        i++;
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else if (cell.Length < 4000)
                {
                    cell.Append(c);
                }

                continue;
            }

            if (c == '"' && cell.ToString().Trim().Length == 0)
            {
                cell.Clear();
                quoted = true;
            }
            else if (c == delimiter)
            {
                AddCell(row, cell, maxColumns);
            }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                AddCell(row, cell, maxColumns);
                rows.Add(row);
                row = [];
                if (rows.Count >= maxRows)
                {
                    truncated = i + 1 < text.Length && !text.AsSpan(i + 1).IsWhiteSpace();
                    break;
                }
            }
            else if (cell.Length < 4000)
            {
                cell.Append(c);
            }
        }

        if (!truncated && (cell.Length > 0 || row.Count > 0))
        {
            AddCell(row, cell, maxColumns);
            rows.Add(row);
        }

        return new Table(rows, source);
    }

    private static void AddCell(List<string> row, StringBuilder cell, int maxColumns)
    {
        if (row.Count < maxColumns)
        {
            row.Add(cell.ToString().Trim());
        }

        cell.Clear();
    }

    private static char DetectDelimiter(string text)
    {
        var lines = text.Split('\n', 12).Take(10).Where(l => l.Trim().Length > 0).ToList();
        var best = ',';
        var bestScore = -1.0;
        foreach (var d in new[] { ';', '\t', ',', '|' })
        {
            var counts = lines.Select(l => CountOutsideQuotes(l, d)).ToList();
            if (counts.Count == 0 || counts.Max() == 0)
            {
                continue;
            }

            var mode = counts.GroupBy(c => c).OrderByDescending(g => g.Count()).First();
            var score = mode.Key == 0 ? 0 : mode.Count() * 10 + mode.Key;
            if (score > bestScore)
            {
                bestScore = score;
                best = d;
            }
        }

        return best;
    }

    private static int CountOutsideQuotes(string line, char d)
    {
        var count = 0;
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == d && !quoted)
            {
                count++;
            }
        }

        return count;
    }
}
