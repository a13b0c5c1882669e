using System.Buffers.Binary;
using System.Buffers.Text;

namespace Purchaser.Storage;

/// <summary>
/// Encodes keyset-pagination positions (a store's monotonically increasing row position) as opaque, URL-safe cursors,
/// so every store hands out cursors of one format.
/// </summary>
public static class Cursor
{
    /// <summary>Encodes the position of the last item of a page.</summary>
    public static string Encode(long position)
    {
        Span<byte> bytes = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(bytes, position);
        return Base64Url.EncodeToString(bytes);
    }

    /// <summary>Decodes a cursor; false when it was not produced by <see cref="Encode"/>.</summary>
    public static bool TryDecode(string? cursor, out long position)
    {
        position = 0;
        if (string.IsNullOrEmpty(cursor) || cursor.Length > 16)
        {
            return false;
        }

        if (!Base64Url.IsValid(cursor, out var length) || length != 8)
        {
            return false;
        }

        Span<byte> bytes = stackalloc byte[8];
        if (Base64Url.DecodeFromChars(cursor, bytes) != 8 || Base64Url.EncodeToString(bytes) != cursor)
        {
            return false;
        }

        position = BinaryPrimitives.ReadInt64BigEndian(bytes);
        return position > 0;
    }
}
