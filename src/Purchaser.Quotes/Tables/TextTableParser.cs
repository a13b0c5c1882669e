using System.Text.RegularExpressions;
using Purchaser.Quotes.Text;

namespace Purchaser.Quotes.Tables;

/// <summary>Finds tables in plain text: pipe tables, tab-separated rows and space-aligned columns under a header line.</summary>
internal static partial class TextTableParser
{
    public static List<Table> Parse(string text, int maxRows) => Parse(TextPatterns.Lines(text), maxRows);

    public static List<Table> Parse(string[] lines, int maxRows)
    {
        // Tables drawn with box-drawing characters are read as pipe tables; the rows keep their own text as the source.
        var original = lines;
        lines = BoxDrawing.AsPipes(lines);
        var tables = new List<Table>();
        var i = 0;
        while (i < lines.Length)
        {
            if (IsPipeRow(lines[i]))
            {
                var rows = new List<IReadOnlyList<string>>();
                var source = new List<string>();
                while (i < lines.Length && (IsPipeRow(lines[i]) || IsRule(lines[i]) || (lines[i].Trim().Length == 0 && i + 1 < lines.Length && IsPipeRow(lines[i + 1]))) && rows.Count < maxRows)
                {
                    if (IsPipeRow(lines[i]))
                    {
                        rows.Add(SplitPipes(lines[i]));
                        source.Add(original[i]);
                    }

                    i++;
                }

                tables.Add(new Table(rows, "pipe table", source));
                continue;
            }

            if (lines[i].AsSpan().Count('\t') >= 2)
            {
                var rows = new List<IReadOnlyList<string>>();
                var source = new List<string>();
                while (i < lines.Length && lines[i].Contains('\t', StringComparison.Ordinal) && rows.Count < maxRows)
                {
                    rows.Add([.. lines[i].Split('\t').Select(c => c.Trim())]);
                    source.Add(original[i]);
                    i++;
                }

                tables.Add(new Table(rows, "tab table", source));
                continue;
            }

            if (Ragged(lines, original, ref i, maxRows) is { } ragged)
            {
                tables.Add(ragged);
                continue;
            }

            i++;
        }

        return tables;
    }

    private static Table? Ragged(string[] lines, string[] original, ref int index, int maxRows)
    {
        var header = lines[index];
        if (ColumnGaps(header) < 2)
        {
            return null;
        }

        if (index + 1 < lines.Length && DashColumns(lines[index + 1]) is { } underline)
        {
            return FixedWidth(lines, original, ref index, maxRows, underline);
        }

        var columns = Cells(header);
        if (columns.Count < 3 || NamedColumns(columns.Select(c => c.Text)) < 3)
        {
            return null;
        }

        return Rows(lines, original, ref index, index + 1, maxRows, columns.Select(c => c.Text).ToList(), line =>
        {
            var row = new string[columns.Count];
            Array.Fill(row, string.Empty);
            var last = -1;
            var cells = Cells(line);
            var merged = false;
            foreach (var (start, cellText) in cells)
            {
                var column = BestColumn(columns, start, start + cellText.Length, header.Length);

                // Right-aligned numbers can lean into the column before ("398,00 EUR  100 PC" under "Price     per"):
                // a cell that also reaches the next, still empty column belongs there.
                if (column <= last && last + 1 < columns.Count && start + cellText.Length > columns[last + 1].Start)
                {
                    column = last + 1;
                }

                merged |= row[column].Length > 0;
                row[column] = row[column].Length == 0 ? cellText : row[column] + " " + cellText;
                last = Math.Max(last, column);
            }

            // Typed in a proportional font, the columns drift ("4      DSBC-32-80-PPVA-N3       120          98,50"): a row
            // with one cell per header word whose cells the positions would pile together is read in the header's order.
            if (merged && cells.Count == columns.Count)
            {
                return [.. cells.Select(c => c.Text)];
            }

            return row;
        });
    }

    /// <summary>
    /// A fixed-width report underlines its header with one run of dashes per column ("-- -------- -----"): those runs
    /// are the columns, which a header with single spaces inside it ("PRICE   PER LEAD WKS") cannot show. Each cell runs
    /// from its column's start to the next column's.
    /// </summary>
    private static Table? FixedWidth(string[] lines, string[] original, ref int index, int maxRows, List<int> starts)
    {
        var header = SliceWords(lines[index], starts);
        if (NamedColumns(header) < 3)
        {
            return null;
        }

        return Rows(lines, original, ref index, index + 2, maxRows, header, line => Slice(line, starts));
    }

    // A tier written as one ("5K+", "1-99", "@1000", "from 500"), not a bare count a request's row holds ("5,000 EA").
    [GeneratedRegex(@"[+@≥>]|\d\s*k\b|\d\s*[-–]\s*\d|\b(?:up|more|from|ab|qty)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex TierMark();

    // The header cells whose meaning is known, and tier minimums ("5K+ | 10K+ | 25K+") when there are two or more of them.
    private static int NamedColumns(IEnumerable<string> cells)
    {
        var (known, tiers) = (0, 0);
        foreach (var cell in cells)
        {
            if (HeaderReader.Role(cell) != ColumnRole.Unknown)
            {
                known++;
            }
            else if (TierMark().IsMatch(cell) && TierHeader.MinQuantity(cell) is not null)
            {
                tiers++;
            }
        }

        return known + (tiers >= 2 ? tiers : 0);
    }

    /// <summary>The header and the rows under it from line <paramref name="first"/> to the next blank line, rules skipped.</summary>
    private static Table? Rows(string[] lines, string[] original, ref int index, int first, int maxRows, IReadOnlyList<string> header, Func<string, IReadOnlyList<string>> split)
    {
        var rows = new List<IReadOnlyList<string>> { header };
        var source = new List<string> { original[index] };
        var i = first;
        while (i < lines.Length && rows.Count < maxRows)
        {
            if (lines[i].Trim().Length == 0)
            {
                // A report that sets each item apart with a blank line goes on while the next line is a full row again.
                var next = i + 1;
                while (next < lines.Length && next - i <= 2 && lines[next].Trim().Length == 0)
                {
                    next++;
                }

                if (rows.Count < 2 || next >= lines.Length || next - i > 2 || !IsFullRow(split(lines[next]), header.Count))
                {
                    break;
                }

                i = next;
            }

            if (!IsRule(lines[i]))
            {
                rows.Add(split(lines[i]));
                source.Add(original[i]);
            }

            i++;
        }

        if (rows.Count < 2)
        {
            return null;
        }

        index = i;
        return new Table(rows, "text table", source);
    }

    /// <summary>A row with a cell in nearly every column of a wide header: an item line of a report, not prose under it.</summary>
    private static bool IsFullRow(IReadOnlyList<string> cells, int columns) =>
        columns >= 5 && cells.Count(c => c.Length > 0) >= columns - 1;

    private static List<int>? DashColumns(string line)
    {
        var span = line.AsSpan();
        if (span.Trim().IsEmpty || span.IndexOfAnyExcept(' ', '-') >= 0)
        {
            return null;
        }

        var starts = new List<int>();
        for (var c = 0; c < span.Length; c++)
        {
            if (span[c] == '-' && (c == 0 || span[c - 1] == ' '))
            {
                starts.Add(c);
            }
        }

        return starts.Count >= 3 ? starts : null;
    }

    private static List<string> Slice(string line, List<int> starts)
    {
        var cells = new List<string>(starts.Count);
        for (var c = 0; c < starts.Count; c++)
        {
            var from = Math.Min(starts[c], line.Length);
            var to = c + 1 < starts.Count ? Math.Min(starts[c + 1], line.Length) : line.Length;
            cells.Add(line[from..to].Trim());
        }

        return cells;
    }

    /// <summary>
    /// The header cut at the dash runs, each word whole in the column holding most of it: a heading typed one place left
    /// of its underline ("PRICE PER" over "---------- ----") is not cut into "PRICE P" and "ER".
    /// </summary>
    private static List<string> SliceWords(string line, List<int> starts)
    {
        var cells = new string[starts.Count];
        Array.Fill(cells, string.Empty);
        var at = 0;
        while (at < line.Length)
        {
            if (line[at] == ' ')
            {
                at++;
                continue;
            }

            var end = line.IndexOf(' ', at) is var space and >= 0 ? space : line.Length;
            var column = 0;
            for (var c = 1; c < starts.Count && starts[c] < end; c++)
            {
                // The word belongs to the later column when at least half of it lies there.
                column = (end - starts[c]) * 2 >= end - at ? c : column;
            }

            cells[column] = cells[column].Length == 0 ? line[at..end] : cells[column] + " " + line[at..end];
            at = end;
        }

        return [.. cells];
    }

    private static int BestColumn(List<(int Start, string Text)> columns, int start, int end, int headerLength)
    {
        var best = 0;
        var bestScore = int.MinValue;
        for (var c = 0; c < columns.Count; c++)
        {
            var colStart = columns[c].Start;
            var colEnd = c + 1 < columns.Count ? columns[c + 1].Start : Math.Max(headerLength, end) + 1;
            var overlap = Math.Min(end, colEnd) - Math.Max(start, colStart);
            var score = overlap > 0 ? overlap : -Math.Abs(start - colStart);
            if (score > bestScore)
            {
                bestScore = score;
                best = c;
            }
        }

        return best;
    }

    /// <summary>Whitespace runs that separate cells (anything but one plain space), counted without splitting the line.</summary>
    private static int ColumnGaps(string line)
    {
        var span = line.AsSpan().Trim();
        var gaps = 0;
        for (var i = 0; i < span.Length; i++)
        {
            if (!char.IsWhiteSpace(span[i]))
            {
                continue;
            }

            var start = i;
            while (i + 1 < span.Length && char.IsWhiteSpace(span[i + 1]))
            {
                i++;
            }

            if (i > start || span[start] != ' ')
            {
                gaps++;
            }
        }

        return gaps;
    }

    private static List<(int Start, string Text)> Cells(string line)
    {
        var cells = new List<(int, string)>();
        foreach (var m in RaggedCell().EnumerateMatches(line))
        {
            cells.Add((m.Index, line.AsSpan(m.Index, m.Length).Trim().ToString()));
        }

        return cells;
    }

    /// <summary>A rule line ("---|---", "=====") has at least three of - = _; a row of cells rarely does.</summary>
    private static bool IsRule(string line)
    {
        var span = line.AsSpan();
        return span.Count('-') + span.Count('=') + span.Count('_') >= 3 && PipeRule().IsMatch(line);
    }

    private static bool IsPipeRow(string line) => line.AsSpan().Count('|') >= 2 && !IsRule(line);

    private static List<string> SplitPipes(string line)
    {
        var t = line.AsSpan().Trim();
        if (t.StartsWith('|'))
        {
            t = t[1..];
        }

        if (t.EndsWith('|'))
        {
            t = t[..^1];
        }

        var cells = new List<string>(t.Count('|') + 1);
        foreach (var range in t.Split('|'))
        {
            cells.Add(t[range].Trim().ToString());
        }

        return cells;
    }

    [GeneratedRegex(@"^\s*\|?[\s|:+=-]*-{3,}[\s|:+=-]*\|?\s*$|^\s*[-=_]{5,}\s*$", RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex PipeRule();

    [GeneratedRegex(@"\S+(?: \S+)*", RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex RaggedCell();
}
