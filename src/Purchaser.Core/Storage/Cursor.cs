using System.Buffers.Text;

namespace Purchaser.Storage;

/// <summary>Encodes keyset-pagination positions as opaque, URL-safe cursors, so stores agree on one format.</summary>
public static class Cursor
{
    /// <summary>Encodes the identifier of the last item of a page.</summary>
    public static string Encode(Guid lastId) => Base64Url.EncodeToString(lastId.ToByteArray(bigEndian: true));

    /// <summary>Decodes a cursor; false when it was not produced by <see cref="Encode"/>.</summary>
    public static bool TryDecode(string? cursor, out Guid lastId)
    {
        lastId = Guid.Empty;
        if (string.IsNullOrEmpty(cursor) || cursor.Length > 32)
        {
            return false;
        }

        Span<byte> bytes = stackalloc byte[24];
        if (!Base64Url.TryDecodeFromChars(cursor, bytes, out var written) || written != 16)
        {
            return false;
        }

        lastId = new Guid(bytes[..16], bigEndian: true);
        return true;
    }
}
