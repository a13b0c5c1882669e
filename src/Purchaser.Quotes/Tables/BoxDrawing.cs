namespace Purchaser.Quotes.Tables;

/// <summary>
/// Tables drawn with Unicode box-drawing characters (U+2500 to U+257F), as some mail clients and ERP exports write
/// them: vertical strokes become pipes and every other stroke a dash, so the table reads as a pipe table with rules.
/// </summary>
internal static class BoxDrawing
{
    private const char First = '\u2500';
    private const char Last = '\u257F';

    /// <summary>The lines with box drawing turned into pipes and dashes; the same array when no line has any.</summary>
    public static string[] AsPipes(string[] lines)
    {
        string[]? converted = null;
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].AsSpan().IndexOfAnyInRange(First, Last) < 0)
            {
                continue;
            }

            converted ??= (string[])lines.Clone();
            converted[i] = string.Create(lines[i].Length, lines[i], static (text, line) =>
            {
                for (var c = 0; c < line.Length; c++)
                {
                    text[c] = line[c] is >= First and <= Last ? (IsVertical(line[c]) ? '|' : '-') : line[c];
                }
            });
        }

        return converted ?? lines;
    }

    // Light, heavy and double vertical lines and their dashed forms: the strokes that separate cells in a row.
    private static bool IsVertical(char c) => c is '\u2502' or '\u2503' or '\u2551' or '\u2506' or '\u2507' or '\u250A' or '\u250B' or '\u254E' or '\u254F';
}
