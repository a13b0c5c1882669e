using System.IO.Compression;
using System.Text;
using System.Xml;
using Purchaser.Quotes.Tables;

namespace Purchaser.Quotes.Word;

/// <summary>
/// The text of a Word document (.docx): its paragraphs as lines, and each table row as one pipe-separated line, so the
/// text readers see a Word table the way they see a table typed into a mail. A table nested in a cell becomes that
/// cell's text.
/// </summary>
internal static class WordText
{
    private const string Main = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string OfficeDocument = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";

    /// <summary>The document's text, at most <paramref name="maxChars"/> characters; null with a problem when it cannot be read.</summary>
    public static string? Read(ReadOnlyMemory<byte> content, string fileName, long maxExpandedBytes, int maxChars, ICollection<string> problems)
    {
        try
        {
            using var archive = ZipPackage.Open(content, fileName, "document", maxExpandedBytes, problems);
            if (archive is null)
            {
                return null;
            }

            if (archive.GetEntry(MainPart(archive)) is not { } entry)
            {
                problems.Add($"{fileName}: not a Word document (no main document part)");
                return null;
            }

            using var stream = entry.Open();
            return Text(stream, maxChars, out var cut) is var text && cut
                ? Truncated(problems, fileName, maxChars, text)
                : text;
        }
        catch (Exception ex) when (ex is InvalidDataException or XmlException or IOException)
        {
            problems.Add($"{fileName}: the Word document could not be read ({ex.Message})");
            return null;
        }
    }

    private static string Truncated(ICollection<string> problems, string fileName, int maxChars, string text)
    {
        problems.Add($"{fileName}: only the first {maxChars} characters were read");
        return text;
    }

    // The main document part named by the package relationships; word/document.xml when they name none.
    private static string MainPart(ZipArchive archive)
    {
        if (archive.GetEntry("_rels/.rels") is { } rels)
        {
            using var stream = rels.Open();
            using var reader = XmlReader.Create(stream, Settings);
            while (reader.Read())
            {
                if (reader is { NodeType: XmlNodeType.Element, LocalName: "Relationship" } && reader.GetAttribute("Type") == OfficeDocument && reader.GetAttribute("Target") is { Length: > 0 } target)
                {
                    return target.TrimStart('/');
                }
            }
        }

        return "word/document.xml";
    }

    private static readonly XmlReaderSettings Settings = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true, IgnoreWhitespace = false };

    private static string Text(Stream document, int maxChars, out bool cut)
    {
        var text = new StringBuilder();
        var paragraph = new StringBuilder();
        List<string>? row = null;
        var tables = 0;
        cut = false;
        using var reader = XmlReader.Create(document, Settings);
        var inText = false;
        while (reader.Read() && !cut)
        {
            if (inText && reader.NodeType is XmlNodeType.Text or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace)
            {
                paragraph.Append(reader.Value);
                continue;
            }

            if (reader.NamespaceURI != Main)
            {
                continue;
            }

            if (reader.NodeType == XmlNodeType.Element)
            {
                switch (reader.LocalName)
                {
                    case "tbl":
                        if (tables++ == 0)
                        {
                            EndParagraph();
                            text.Append('\n');
                        }

                        break;
                    case "tr" when tables == 1:
                        row = [];
                        break;
                    case "tc" when tables == 1:
                        paragraph.Clear();
                        break;
                    case "t":
                        inText = !reader.IsEmptyElement;
                        break;
                    case "tab":
                        paragraph.Append(tables > 0 ? ' ' : '\t');
                        break;
                    case "br" or "cr":
                        if (tables > 0)
                        {
                            paragraph.Append(' ');
                        }
                        else
                        {
                            EndParagraph();
                        }

                        break;
                }
            }
            else if (reader.NodeType == XmlNodeType.EndElement)
            {
                switch (reader.LocalName)
                {
                    case "t":
                        inText = false;
                        break;
                    case "p" when tables == 0:
                        EndParagraph();
                        break;
                    case "p":
                        paragraph.Append(' ');
                        break;
                    case "tc" when tables == 1:
                        row?.Add(Cell(paragraph));
                        paragraph.Clear();
                        break;
                    case "tr" when tables == 1 && row is not null:
                        text.Append("| ").AppendJoin(" | ", row).Append(" |\n");
                        row = null;
                        break;
                    case "tbl":
                        if (--tables == 0)
                        {
                            text.Append('\n');
                        }

                        break;
                }
            }

            cut = text.Length > maxChars;
        }

        EndParagraph();
        return text.Length > maxChars ? text.ToString(0, maxChars) : text.ToString();

        void EndParagraph()
        {
            text.Append(paragraph.ToString().TrimEnd()).Append('\n');
            paragraph.Clear();
        }
    }

    // One line of cell text, with no pipe that would split it into two cells.
    private static string Cell(StringBuilder cell) =>
        string.Join(' ', cell.ToString().Replace('|', '/').Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
