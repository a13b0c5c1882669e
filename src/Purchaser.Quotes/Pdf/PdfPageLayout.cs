using System.Text;
using UglyToad.PdfPig.Content;

namespace Purchaser.Quotes.Pdf;

/// <summary>
/// Rebuilds a page's text lines from glyph positions: letters on one baseline form a line, read left to right; a gap
/// wider than a word space separates words and a wide gap separates columns (written as a tab), so a table's rows come
/// out as tab-separated lines the text-table reader understands; a wide vertical gap becomes a blank line.
/// </summary>
internal static class PdfPageLayout
{
    public static void AppendLines(IReadOnlyList<Letter> letters, StringBuilder output)
    {
        var glyphs = letters.Where(l => !string.IsNullOrWhiteSpace(l.Value) && l.PointSize > 0).ToList();
        List<Letter>? above = null;
        foreach (var line in Lines(glyphs))
        {
            // A gap of more than about one empty line between baselines ends a paragraph, as a blank line does in mail.
            if (above is not null && above[0].StartBaseLine.Y - line[0].StartBaseLine.Y > Math.Max(above[0].PointSize, line[0].PointSize) * 2.2)
            {
                output.Append('\n');
            }

            AppendLine(line, output);
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

    private static void AppendLine(List<Letter> line, StringBuilder output)
    {
        Letter? previous = null;
        foreach (var letter in line)
        {
            if (previous is not null)
            {
                var gap = letter.StartBaseLine.X - previous.EndBaseLine.X;
                var size = Math.Max(letter.PointSize, previous.PointSize);
                if (gap > size * 1.5)
                {
                    output.Append('\t');
                }
                else if (gap > size * 0.15)
                {
                    output.Append(' ');
                }
            }

            output.Append(letter.Value);
            previous = letter;
        }

        output.Append('\n');
    }
}
