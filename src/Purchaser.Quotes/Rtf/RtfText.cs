using System.Globalization;
using System.Text;

namespace Purchaser.Quotes.Rtf;

/// <summary>
/// The text of an RTF document: paragraphs as lines and each table row (<c>\trowd … \cell … \row</c>) as one
/// pipe-separated line, so the text readers see it as they see a table typed into a mail. Font, colour, style, list and
/// picture tables, headers, footers and other hidden destinations are skipped; <c>\'hh</c> is read in the document's
/// code page and <c>\uN</c> as Unicode.
/// </summary>
internal static class RtfText
{
    private const int MaxDepth = 64;

    // Destinations whose text is not the document's.
    private static readonly HashSet<string> Hidden = new(StringComparer.Ordinal)
    {
        "fonttbl", "colortbl", "stylesheet", "info", "pict", "header", "headerl", "headerr", "headerf", "footer", "footerl",
        "footerr", "footerf", "listtable", "listoverridetable", "rsidtbl", "generator", "themedata", "colorschememapping",
        "latentstyles", "datastore", "xmlnstbl", "mmathPr", "object", "fldinst", "bkmkstart", "bkmkend", "filetbl", "revtbl",
    };

    static RtfText() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The document's text, at most <paramref name="maxChars"/> characters; null with a problem when it is not RTF or nests too deep.</summary>
    public static string? Read(ReadOnlySpan<byte> content, string fileName, int maxChars, ICollection<string> problems)
    {
        if (!content.StartsWith("{\\rtf"u8))
        {
            problems.Add($"{fileName}: not an RTF document");
            return null;
        }

        var text = new StringBuilder();
        var cell = new StringBuilder();
        var row = new List<string>();
        var hidden = new Stack<bool>();
        var skip = false;
        var codePage = Encoding.Latin1;
        var fallbackCount = 1;
        var pendingSkip = 0;
        var inTable = false;
        var i = 0;
        while (i < content.Length && text.Length <= maxChars)
        {
            var c = (char)content[i];
            switch (c)
            {
                case '{':
                    if (hidden.Count >= MaxDepth)
                    {
                        problems.Add($"{fileName}: the RTF nests deeper than {MaxDepth} groups and was not read");
                        return null;
                    }

                    hidden.Push(skip);
                    i++;
                    if (i + 1 < content.Length && content[i] == '\\' && content[i + 1] == '*')
                    {
                        skip = true;
                        i += 2;
                    }

                    break;
                case '}':
                    skip = hidden.Count > 0 ? hidden.Pop() : skip;
                    i++;
                    break;
                case '\\':
                    i = Control(content, i + 1, out var word, out var parameter, out var symbol);
                    if (symbol is { } s)
                    {
                        if (s == '\'' && i + 2 <= content.Length && byte.TryParse(content.Slice(i, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code))
                        {
                            i += 2;
                            if (pendingSkip > 0)
                            {
                                pendingSkip--;
                            }
                            else if (!skip)
                            {
                                Emit(codePage.GetString([code]));
                            }
                        }
                        else if (!skip && s is '~')
                        {
                            Emit(" ");
                        }
                        else if (!skip && s is '\\' or '{' or '}')
                        {
                            Emit(s.ToString());
                        }

                        break;
                    }

                    if (Hidden.Contains(word))
                    {
                        skip = true;
                        break;
                    }

                    switch (word)
                    {
                        case "ansicpg" when parameter is { } cp:
                            try
                            {
                                codePage = Encoding.GetEncoding(cp);
                            }
                            catch (Exception ex) when (ex is ArgumentException or NotSupportedException)
                            {
                                codePage = Encoding.Latin1;
                            }

                            break;
                        case "uc" when parameter is { } n:
                            fallbackCount = Math.Clamp(n, 0, 4);
                            break;
                        case "u" when parameter is { } unicode:
                            if (!skip)
                            {
                                Emit(((char)(unicode < 0 ? unicode + 65536 : unicode)).ToString());
                            }

                            pendingSkip = fallbackCount;
                            break;
                        case "par" or "line" when !skip:
                            if (inTable)
                            {
                                cell.Append(' ');
                            }
                            else
                            {
                                text.Append('\n');
                            }

                            break;
                        case "tab" when !skip:
                            Emit(inTable ? " " : "\t");
                            break;
                        case "trowd":
                            inTable = true;
                            row.Clear();
                            cell.Clear();
                            break;
                        case "cell" when !skip:
                            row.Add(string.Join(' ', cell.ToString().Replace('|', '/').Split(' ', StringSplitOptions.RemoveEmptyEntries)));
                            cell.Clear();
                            break;
                        case "row" when !skip:
                            text.Append("| ").AppendJoin(" | ", row).Append(" |\n");
                            row.Clear();
                            inTable = false;
                            break;
                    }

                    break;
                case '\r' or '\n':
                    i++;
                    break;
                default:
                    i++;
                    if (pendingSkip > 0)
                    {
                        pendingSkip--;
                    }
                    else if (!skip)
                    {
                        Emit(c.ToString());
                    }

                    break;
            }
        }

        if (text.Length > maxChars)
        {
            problems.Add($"{fileName}: only the first {maxChars} characters were read");
            return text.ToString(0, maxChars);
        }

        return text.ToString();

        void Emit(string s) => (inTable ? cell : text).Append(s);
    }

    // Reads a control word and its numeric parameter (and the one space that ends it), or a control symbol.
    private static int Control(ReadOnlySpan<byte> content, int i, out string word, out int? parameter, out char? symbol)
    {
        word = string.Empty;
        parameter = null;
        symbol = null;
        if (i >= content.Length)
        {
            return i;
        }

        if (!char.IsAsciiLetter((char)content[i]))
        {
            symbol = (char)content[i];
            return i + 1;
        }

        var start = i;
        while (i < content.Length && char.IsAsciiLetter((char)content[i]) && i - start < 32)
        {
            i++;
        }

        word = Encoding.ASCII.GetString(content[start..i]);
        var numberStart = i;
        if (i < content.Length && content[i] == '-')
        {
            i++;
        }

        while (i < content.Length && char.IsAsciiDigit((char)content[i]) && i - numberStart < 10)
        {
            i++;
        }

        if (i > numberStart && int.TryParse(content[numberStart..i], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n))
        {
            parameter = n;
        }

        return i < content.Length && content[i] == ' ' ? i + 1 : i;
    }
}
