using System.IO.Compression;
using System.Runtime.InteropServices;

namespace Purchaser.Quotes.Tables;

/// <summary>Opens an attachment that is a zip package (a workbook, a Word or OpenDocument file) within the expansion limit.</summary>
internal static class ZipPackage
{
    /// <summary>
    /// The package, once it is known not to expand past <paramref name="maxExpandedBytes"/>; null, with the reason added
    /// to <paramref name="problems"/>, when it would. <paramref name="what"/> names it in that reason ("spreadsheet").
    /// </summary>
    public static ZipArchive? Open(ReadOnlyMemory<byte> content, string fileName, string what, long maxExpandedBytes, ICollection<string> problems)
    {
        var stream = ReadOnlyStream(content);
        if (ZipExpansion.Exceeds(stream, maxExpandedBytes))
        {
            problems.Add($"{fileName}: the {what} expands to more than {maxExpandedBytes} bytes and was not read");
            stream.Dispose();
            return null;
        }

        stream.Position = 0;
        return new ZipArchive(stream, ZipArchiveMode.Read);
    }

    // Over the caller's own bytes when they are an array (attachments always are): copying a file of up to the message
    // size limit is the allocation the limits exist to avoid.
    public static MemoryStream ReadOnlyStream(ReadOnlyMemory<byte> content) =>
        MemoryMarshal.TryGetArray(content, out var bytes)
            ? new MemoryStream(bytes.Array!, bytes.Offset, bytes.Count, writable: false)
            : new MemoryStream(content.ToArray(), writable: false);
}
