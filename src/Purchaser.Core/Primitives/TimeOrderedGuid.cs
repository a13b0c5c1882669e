using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Purchaser;

/// <summary>
/// Version 7 GUIDs (RFC 9562: Unix milliseconds, then 74 random bits) whose random bits come from a per-thread buffer of
/// cryptographically secure bytes, refilled 32 GUIDs at a time. <see cref="Guid.CreateVersion7()"/> asks the operating
/// system for 16 fresh bytes each time, which on Linux is a system call per identifier; a fan-out creating a delivery
/// per endpoint per event paid it for every row.
/// </summary>
internal static class TimeOrderedGuid
{
    private const int RandomBytesPerGuid = 10;
    private const int GuidsPerRefill = 32;

    [ThreadStatic]
    private static byte[]? t_random;

    [ThreadStatic]
    private static int t_next;

    public static Guid New() => New(DateTimeOffset.UtcNow);

    public static Guid New(DateTimeOffset timestamp)
    {
        var random = t_random;
        if (random is null || t_next == random.Length)
        {
            random = t_random ??= new byte[RandomBytesPerGuid * GuidsPerRefill];
            RandomNumberGenerator.Fill(random);
            t_next = 0;
        }

        var bits = random.AsSpan(t_next, RandomBytesPerGuid);
        t_next += RandomBytesPerGuid;

        Span<byte> bytes = stackalloc byte[16];
        var milliseconds = timestamp.ToUnixTimeMilliseconds();
        BinaryPrimitives.WriteInt64BigEndian(bytes, milliseconds << 16);
        bits.CopyTo(bytes[6..]);
        bytes[6] = (byte)(0x70 | (bytes[6] & 0x0F)); // version 7
        bytes[8] = (byte)(0x80 | (bytes[8] & 0x3F)); // RFC 9562 variant
        bits.Clear(); // a consumed random byte is never left where a later read could see it
        return new Guid(bytes, bigEndian: true);
    }
}
