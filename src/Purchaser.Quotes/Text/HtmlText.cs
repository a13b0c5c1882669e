using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Purchaser.Quotes.Text;

/// <summary>
/// Turns HTML mail into text: paragraphs and breaks become lines, list items bullets, table rows pipe-separated rows,
/// and quoted history (blockquote, Gmail and Outlook reply containers) is dropped.
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
        var builder = new StringBuilder(Math.Min(html.Length, maxChars));
        var inCell = false;
        var position = 0;

        // Rows laid out as a flex box of <div>s instead of a table: each child <div> of the row is a cell.
        var divDepth = 0;
        var rowDepth = -1;
        var firstCell = false;
        foreach (Match tag in Tag().Matches(html))
        {
            AppendText(builder, html[position..tag.Index], inCell);
            position = tag.Index + tag.Length;
            var name = tag.Groups["name"].Value.ToLowerInvariant();
            var closing = tag.Groups["close"].Success;
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
                        builder.Append(" |\n");
                    }
                    else if (builder.Length > 0 && builder[^1] != '\n')
                    {
                        builder.Append('\n');
                    }

                    break;
                case "td" or "th":
                    inCell = !closing;
                    if (!closing)
                    {
                        builder.Append("| ");
                    }
                    else
                    {
                        builder.Append(' ');
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

    private static void AppendText(StringBuilder builder, string raw, bool inCell)
    {
        if (raw.Length == 0)
        {
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

    [GeneratedRegex(@"<blockquote\b.*?</blockquote\s*>|<div[^>]*class=""?[^"">]*(?:gmail_quote|moz-cite-prefix|yahoo_quoted)[^>]*>.*$|<div[^>]*id=""?(?:divRplyFwdMsg|appendonsend)[^>]*>.*$", RegexOptions.Singleline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex QuotedHistory();

    [GeneratedRegex(@"[\r\n\t]+", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex WhiteSpace();

    [GeneratedRegex(@"[ \u00A0]{2,}", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex SpaceRuns();

    [GeneratedRegex(@" ?\u00A0[ \u00A0]*\u00A0 ?", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex AlignmentGap();

    [GeneratedRegex(@"\n{3,}", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex BlankRuns();

    [GeneratedRegex(@"display\s*:\s*(?:flex|table-row)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex FlexRow();
}
