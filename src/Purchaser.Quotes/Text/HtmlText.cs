using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Purchaser.Quotes.Text;

/// <summary>
/// Turns HTML mail into text: paragraphs and breaks become lines, list items bullets, table rows pipe-separated rows,
/// preformatted text keeps its spacing, and quoted history (blockquote, Gmail reply containers) is dropped.
/// </summary>
internal static partial class HtmlText
{
    public static string ToText(string html, int maxChars)
    {
        if (html.Length > maxChars * 4)
        {
            html = html[..(maxChars * 4)];
        }

        html = Dropped().Replace(html, " ");
        html = QuotedHistory().Replace(html, "\n");

        // Outlook's reply or forward container starts the quoted message: it becomes the rule Outlook writes in text, so the
        // history is dropped as in a text reply, or read when the note above it forwards a quote.
        html = OutlookMessageBlock().Replace(html, "<p>________________________________</p>$0", 1);
        var builder = new StringBuilder(Math.Min(html.Length, maxChars));
        var inCell = false;
        var inPre = false;
        var position = 0;

        // Rows laid out as a flex box of <div>s instead of a table: each child <div> of the row is a cell.
        var divDepth = 0;
        var rowDepth = -1;
        var firstCell = false;

        // Each open table's grid: a cell spanning rows leaves an empty cell in its column of the rows below, and one
        // spanning columns leaves empty cells beside it, so every row's cells stay under their headers.
        var grids = new Stack<TableGrid>();
        foreach (Match tag in Tag().Matches(html))
        {
            AppendText(builder, html[position..tag.Index], inCell, inPre);
            position = tag.Index + tag.Length;
            var name = tag.Groups["name"].Value.ToLowerInvariant();
            var closing = tag.Groups["close"].Success;
            if (name == "pre" && !inCell)
            {
                inPre = !closing;
            }
            if (name == "div" && !inCell && (rowDepth >= 0 || (!closing && FlexRow().IsMatch(tag.Value))))
            {
                if (!closing && rowDepth < 0)
                {
                    rowDepth = ++divDepth;
                    firstCell = true;
                    builder.Append('\n');
                }
                else if (!closing)
                {
                    builder.Append(++divDepth == rowDepth + 1 ? (firstCell ? "| " : " | ") : " ");
                    firstCell = false;
                }
                else if (divDepth-- == rowDepth)
                {
                    builder.Append(" |\n");
                    rowDepth = -1;
                }

                continue;
            }

            if (name == "div" && !inCell)
            {
                divDepth += closing ? -1 : 1;
            }

            switch (name)
            {
                case "br":
                    builder.Append(inCell ? " " : "\n");
                    break;
                case "p" or "div" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "ul" or "ol" or "table" or "hr" or "pre" when !inCell:
                    if (name == "table")
                    {
                        if (closing)
                        {
                            grids.TryPop(out _);
                        }
                        else
                        {
                            grids.Push(new TableGrid());
                        }
                    }

                    builder.Append('\n');
                    if (name is "p" or "table" or "hr" && closing)
                    {
                        builder.Append('\n');
                    }

                    break;
                case "li":
                    if (!closing)
                    {
                        builder.Append("\n* ");
                    }

                    break;

                // A definition list is label and value: "Unit price: ¥18,600 / pc" on a line of its own.
                case "dl" when !inCell:
                    builder.Append('\n');
                    break;
                case "dt" when !closing && !inCell:
                    builder.Append('\n');
                    break;
                case "dd" when !closing && !inCell:
                    builder.Append(": ");
                    break;
                case "tr":
                    if (closing)
                    {
                        if (grids.TryPeek(out var rowGrid))
                        {
                            rowGrid.FillSpanned(builder, toEnd: !rowGrid.AllSpentAfterColumn());
                        }

                        builder.Append(" |\n");
                    }
                    else
                    {
                        if (builder.Length > 0 && builder[^1] != '\n')
                        {
                            builder.Append('\n');
                        }

                        if (grids.TryPeek(out var newRow))
                        {
                            newRow.StartRow();
                        }
                    }

                    break;
                case "td" or "th":
                    inCell = !closing;
                    grids.TryPeek(out var grid);
                    if (!closing)
                    {
                        grid?.FillSpanned(builder, toEnd: false);
                        builder.Append("| ");
                        grid?.Open(Span().Match(tag.Value));
                    }
                    else
                    {
                        builder.Append(' ');
                        grid?.Close(builder);
                    }

                    break;
            }

            if (builder.Length > maxChars)
            {
                break;
            }
        }

        if (builder.Length <= maxChars && position < html.Length)
        {
            AppendText(builder, html[position..], inCell);
        }

        var text = builder.ToString();
        text = SpaceRuns().Replace(text, " ");
        text = string.Join('\n', text.Split('\n').Select(l => l.Trim()));
        return BlankRuns().Replace(text, "\n\n").Trim();
    }

    private static void AppendText(StringBuilder builder, string raw, bool inCell, bool inPre = false)
    {
        if (raw.Length == 0)
        {
            return;
        }

        // Preformatted text keeps its lines, and its runs of spaces stay column gaps: a table typed in <pre> is aligned by them.
        if (inPre)
        {
            builder.Append(SpaceRuns().Replace(WebUtility.HtmlDecode(raw).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n'), "\t"));
            return;
        }

        // A run of no-break spaces is deliberate alignment (columns typed with &nbsp;), kept as a column gap; single ones
        // and ordinary spaces are just spaces.
        var text = AlignmentGap().Replace(WebUtility.HtmlDecode(WhiteSpace().Replace(raw, " ")), "\t");
        builder.Append(text.Replace('\u00A0', ' ').Replace(inCell ? "|" : "\u0000", inCell ? "/" : "\u0000"));
    }

    [GeneratedRegex(@"<(?<close>/)?(?<name>[a-zA-Z][a-zA-Z0-9]*)\b[^>]*>|<!--.*?-->|<!\[CDATA\[.*?\]\]>|<![^>]*>|<\?[^>]*>", RegexOptions.Singleline | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Tag();

    [GeneratedRegex(@"<(script|style|head|title|xml)\b[^>]*>.*?</\1\s*>", RegexOptions.Singleline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Dropped();

    [GeneratedRegex(@"<blockquote\b.*?</blockquote\s*>|<div[^>]*class=""?[^"">]*(?:gmail_quote|moz-cite-prefix|yahoo_quoted)[^>]*>.*$", RegexOptions.Singleline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex QuotedHistory();

    [GeneratedRegex(@"<div[^>]*id=""?(?:divRplyFwdMsg|appendonsend)[^>]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex OutlookMessageBlock();

    [GeneratedRegex(@"[\r\n\t]+", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex WhiteSpace();

    [GeneratedRegex(@"[ \u00A0]{2,}", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex SpaceRuns();

    [GeneratedRegex(@" ?\u00A0[ \u00A0]*\u00A0 ?", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex AlignmentGap();

    [GeneratedRegex(@"\n{3,}", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex BlankRuns();

    [GeneratedRegex(@"\b(?:(?:rowspan\s*=\s*[""']?(?<rows>\d{1,3}))|(?:colspan\s*=\s*[""']?(?<cols>\d{1,3}))|[^>])*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Span();

    [GeneratedRegex(@"display\s*:\s*(?:flex|table-row)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex FlexRow();

    /// <summary>Where a table's row stands and which columns cells from the rows above still span.</summary>
    private sealed class TableGrid
    {
        private readonly List<int> _rowsLeft = [];
        private int _columns = 1;

        public int Column { get; private set; }

        public void StartRow() => Column = 0;

        /// <summary>Whether no column from here on is still spanned by a cell above (the row may end as it is).</summary>
        public bool AllSpentAfterColumn()
        {
            for (var c = Column; c < _rowsLeft.Count; c++)
            {
                if (_rowsLeft[c] > 0)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// Writes an empty cell for each column from here on that a cell above still spans: up to the next free column
        /// when a cell starts, or to the row's end (<paramref name="toEnd"/>) when it ends.
        /// </summary>
        public void FillSpanned(StringBuilder builder, bool toEnd)
        {
            for (; Column < _rowsLeft.Count && (toEnd || _rowsLeft[Column] > 0); Column++)
            {
                _rowsLeft[Column] = Math.Max(0, _rowsLeft[Column] - 1);
                builder.Append("|  ");
            }
        }

        public void Open(Match span)
        {
            var rows = span.Groups["rows"].Success ? Math.Clamp(int.Parse(span.Groups["rows"].Value, System.Globalization.CultureInfo.InvariantCulture), 1, 100) : 1;
            _columns = span.Groups["cols"].Success ? Math.Clamp(int.Parse(span.Groups["cols"].Value, System.Globalization.CultureInfo.InvariantCulture), 1, 50) : 1;
            while (_rowsLeft.Count < Column + _columns)
            {
                _rowsLeft.Add(0);
            }

            for (var c = Column; c < Column + _columns; c++)
            {
                _rowsLeft[c] = rows - 1;
            }
        }

        public void Close(StringBuilder builder)
        {
            for (var c = 1; c < _columns; c++)
            {
                builder.Append("|  ");
            }

            Column += _columns;
            _columns = 1;
        }
    }
}
