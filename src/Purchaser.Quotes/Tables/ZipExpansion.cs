using System.Buffers;
using System.IO.Compression;

namespace Purchaser.Quotes.Tables;

/// <summary>
/// Measures how far the parts of a zip container (XLSX) that a workbook reader inflates expand, by inflating them: the
/// sizes a zip declares can lie. Only the XML parts count (workbook, sheets, shared strings, styles, relationships):
/// images and other media are never opened by the reader, so they cost nothing and are not inflated here either.
/// </summary>
internal static class ZipExpansion
{
    private const int MaxEntries = 10_000;

    /// <summary>Whether <paramref name="zip"/> is a zip archive that expands to more than <paramref name="limit"/> bytes or holds absurdly many entries.</summary>
    public static bool Exceeds(Stream zip, long limit)
    {
        using var archive = new ZipArchive(zip, ZipArchiveMode.Read, leaveOpen: true);
        if (archive.Entries.Count > MaxEntries)
        {
            return true;
        }

        var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            long total = 0;
            foreach (var entry in archive.Entries)
            {
                if (!IsReadPart(entry.FullName))
                {
                    continue;
                }

                if (entry.Length > limit - total)
                {
                    return true;
                }

                using var inflated = entry.Open();
                int read;
                while ((read = inflated.Read(buffer)) > 0)
                {
                    total += read;
                    if (total > limit)
                    {
                        return true;
                    }
                }
            }

            return false;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static bool IsReadPart(string name) =>
        name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the bytes start like a zip archive (XLSX), as opposed to a legacy binary XLS.</summary>
    public static bool IsZip(ReadOnlySpan<byte> content) => content.Length >= 4 && content[0] == (byte)'P' && content[1] == (byte)'K';
}
