using System.Text;
using Purchaser.Quotes.Tables;
using UglyToad.PdfPig.Content;

namespace Purchaser.Quotes.Pdf;

/// <summary>
/// Rebuilds a page's text lines from glyph positions: letters on one baseline form a line, read left to right; a gap
/// wider than a word space separates words and a wide gap separates columns (written as a tab), so a table's rows come
/// out as tab-separated lines the text-table reader understands; a wide vertical gap becomes a blank line.
/// </summary>
/// <remarks>
/// Under a line that reads as a table header, rows are laid out by the header's columns instead: each word goes to the
/// column it stands under, and a column a row leaves empty stays as an empty cell. Gaps alone cannot do that: a
/// description set close to its quantity runs into it, and a price-break row with nothing under Part and Description
/// would shift its quantity into the first column.
/// </remarks>
internal static class PdfPageLayout
{
    public static void AppendLines(IReadOnlyList<Letter> letters, StringBuilder output)
    {
        var glyphs = letters.Where(l => !string.IsNullOrWhiteSpace(l.Value) && l.PointSize > 0).ToList();
        List<Letter>? above = null;
        List<double>? columns = null;
        var aboveIsHeader = false;
        foreach (var line in Lines(glyphs))
        {
            var words = Words(line);
            var cells = Cells(words);

            // A gap of more than about one empty line between baselines ends a paragraph, as a blank line does in mail;
            // it ends a table too, unless it only sets the header apart from the rows or the next row fills the columns
            // again (items spaced apart).
            if (above is not null && above[0].StartBaseLine.Y - line[0].StartBaseLine.Y > Math.Max(above[0].PointSize, line[0].PointSize) * 2.2
                && !aboveIsHeader && !(columns is not null && FillsColumns(words, columns)))
            {
                output.Append('\n');
                columns = null;
            }

            aboveIsHeader = false;
            if (HeaderColumns(cells) is { } header)
            {
                // Headings set closer than their columns ("Ln    Qty" over a narrow line-number column) part at a
                // smaller gap, when that makes more of them known column names.
                var closer = Cells(words, HeadingGap);
                if (closer.Count > cells.Count && KnownNames(closer) > KnownNames(cells))
                {
                    cells = closer;
                    header = [.. cells.Select(c => c.Start)];
                }

                columns = header;
                aboveIsHeader = true;
                AppendCells(cells.Select(c => c.Text), output);
            }
            else if (columns is not null && (cells.Count > 1 || cells[0].Start > columns[0] + cells[0].Size))
            {
                // A row, or a wrapped description's second line under its column (kept in the table, not ending it).
                AppendCells(UnderColumns(words, columns), output);
            }
            else
            {
                AppendCells(cells.Select(c => c.Text), output);
            }

            above = line;
        }
    }

    private static IEnumerable<List<Letter>> Lines(List<Letter> glyphs)
    {
        var lines = new List<(double Baseline, double Size, List<Letter> Letters)>();
        foreach (var letter in glyphs.OrderByDescending(l => l.StartBaseLine.Y))
        {
            var y = letter.StartBaseLine.Y;
            // Letters come top to bottom, so a letter belongs to the last line or starts a new one.
            if (lines.Count > 0 && Math.Abs(lines[^1].Baseline - y) <= Math.Max(lines[^1].Size, letter.PointSize) * 0.4)
            {
                lines[^1].Letters.Add(letter);
            }
            else
            {
                lines.Add((y, letter.PointSize, [letter]));
            }
        }

        return lines.OrderByDescending(l => l.Baseline).Select(l => l.Letters.OrderBy(c => c.StartBaseLine.X).ToList());
    }

    /// <summary>The line's words with where each starts and ends: letters closer than a word space belong together.</summary>
    private static List<Chunk> Words(List<Letter> line)
    {
        var words = new List<Chunk>();
        var text = new StringBuilder();
        Letter? first = null;
        Letter? previous = null;
        foreach (var letter in line)
        {
            if (previous is not null)
            {
                var gap = letter.StartBaseLine.X - previous.EndBaseLine.X;
                if (gap > Math.Max(letter.PointSize, previous.PointSize) * 0.15)
                {
                    words.Add(new Chunk(text.ToString(), first!.StartBaseLine.X, previous.EndBaseLine.X, previous.PointSize));
                    text.Clear();
                    first = null;
                }
            }

            first ??= letter;
            text.Append(letter.Value);
            previous = letter;
        }

        if (first is not null)
        {
            words.Add(new Chunk(text.ToString(), first.StartBaseLine.X, previous!.EndBaseLine.X, previous.PointSize));
        }

        return words;
    }

    private const double ColumnGap = 1.5;
    private const double HeadingGap = 0.75;

    /// <summary>Words joined into cells: a gap wider than <paramref name="gap"/> letters (one and a half) separates columns.</summary>
    private static List<Chunk> Cells(List<Chunk> words, double gap = ColumnGap)
    {
        var cells = new List<Chunk>();
        foreach (var word in words)
        {
            if (cells.Count > 0 && word.Start - cells[^1].End <= Math.Max(word.Size, cells[^1].Size) * gap)
            {
                var last = cells[^1];
                cells[^1] = last with { Text = last.Text + " " + word.Text, End = word.End };
            }
            else
            {
                cells.Add(word);
            }
        }

        return cells;
    }

    /// <summary>Where each column starts, when the cells read as a table header (three or more known column names).</summary>
    private static List<double>? HeaderColumns(List<Chunk> cells) =>
        cells.Count >= 3 && KnownNames(cells) >= 3 ? [.. cells.Select(c => c.Start)] : null;

    /// <summary>Whether a line puts words under all the columns but one or two: a full row of the table above.</summary>
    private static bool FillsColumns(List<Chunk> words, List<double> columns) =>
        columns.Count >= 4 && UnderColumns(words, columns).Count(t => t.Length > 0) >= columns.Count - 2;

    private static int KnownNames(List<Chunk> cells) => cells.Count(c => HeaderReader.Role(c.Text) != ColumnRole.Unknown);

    /// <summary>The row's text per header column: each word goes to the column its middle stands under.</summary>
    private static string[] UnderColumns(List<Chunk> words, List<double> columns)
    {
        var texts = new string[columns.Count];
        Array.Fill(texts, string.Empty);
        foreach (var word in words)
        {
            // A value may start a little left of its heading (right-aligned numbers under a short heading): its middle
            // decides, and anything left of the first column belongs to it.
            var middle = (word.Start + word.End) / 2;
            var column = 0;
            for (var c = 1; c < columns.Count && columns[c] - word.Size <= middle; c++)
            {
                column = c;
            }

            texts[column] = texts[column].Length == 0 ? word.Text : texts[column] + " " + word.Text;
        }

        return texts;
    }

    private static void AppendCells(IEnumerable<string> cells, StringBuilder output)
    {
        output.AppendJoin('\t', cells);
        output.Append('\n');
    }

    private readonly record struct Chunk(string Text, double Start, double End, double Size);
}
