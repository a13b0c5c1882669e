using System.Buffers;
using System.IO.Compression;

namespace Purchaser.Quotes.Tables;

/// <summary>
/// Measures how far a zip container (XLSX, XLSB) expands, by inflating it: the sizes a zip declares can lie. Every part
/// counts except images and other media, which a workbook reader never opens; the reader follows relationships to
/// parts of any name and reads binary workbooks too, so anything that is not known media is measured.
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
                if (IsMedia(entry.FullName))
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

    private static readonly string[] MediaExtensions = [".png", ".jpg", ".jpeg", ".gif", ".bmp", ".tif", ".tiff", ".emf", ".wmf", ".svg"];

    private static bool IsMedia(string name) =>
        (name.StartsWith("xl/media/", StringComparison.OrdinalIgnoreCase) || name.StartsWith("docProps/thumbnail", StringComparison.OrdinalIgnoreCase))
        && MediaExtensions.Any(e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether the bytes start like a zip archive (XLSX), as opposed to a legacy binary XLS.</summary>
    public static bool IsZip(ReadOnlySpan<byte> content) => content.Length >= 4 && content[0] == (byte)'P' && content[1] == (byte)'K';
}
