using System.Buffers;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Purchaser.Contracts.Webhooks;

/// <summary>
/// The Standard Webhooks signature scheme: <c>v1,</c> + base64 HMAC-SHA256 over <c>{id}.{timestamp}.{body}</c>, keyed
/// with the base64-decoded part of a <c>whsec_</c> secret. Shared by the sender and every verifier.
/// </summary>
public static class WebhookSignature
{
    /// <summary>The message id header; stable across retries of one message.</summary>
    public const string IdHeader = "webhook-id";

    /// <summary>The Unix-seconds timestamp header.</summary>
    public const string TimestampHeader = "webhook-timestamp";

    /// <summary>The space-separated signature list header.</summary>
    public const string SignatureHeader = "webhook-signature";

    /// <summary>The prefix of every secret.</summary>
    public const string SecretPrefix = "whsec_";

    /// <summary>The version prefix of a symmetric signature.</summary>
    public const string VersionPrefix = "v1,";

    private const int SignatureLength = 32;

    /// <summary>Decodes a <c>whsec_...</c> secret (the prefix is optional) into its key bytes.</summary>
    /// <exception cref="FormatException">The secret is not base64.</exception>
    public static byte[] DecodeSecret(string secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        var encoded = secret.StartsWith(SecretPrefix, StringComparison.Ordinal) ? secret[SecretPrefix.Length..] : secret;
        return Convert.FromBase64String(encoded);
    }

    /// <summary>Formats key bytes as a <c>whsec_</c> secret.</summary>
    public static string EncodeSecret(ReadOnlySpan<byte> key) => SecretPrefix + Convert.ToBase64String(key);

    /// <summary>Signs one message: returns <c>v1,&lt;base64&gt;</c>.</summary>
    public static string Sign(ReadOnlySpan<byte> key, string messageId, long timestamp, ReadOnlySpan<byte> body)
    {
        Span<byte> mac = stackalloc byte[SignatureLength];
        Compute(key, messageId, timestamp, body, mac);
        Span<char> text = stackalloc char[VersionPrefix.Length + 44];
        VersionPrefix.AsSpan().CopyTo(text);
        Convert.TryToBase64Chars(mac, text[VersionPrefix.Length..], out var written);
        return new string(text[..(VersionPrefix.Length + written)]);
    }

    /// <summary>
    /// Whether any <c>v1</c> signature in <paramref name="signatureHeader"/> is valid for the message under
    /// <paramref name="key"/>. Every entry is checked (a valid one may come last), each in constant time.
    /// </summary>
    public static bool IsValid(ReadOnlySpan<byte> key, string messageId, long timestamp, ReadOnlySpan<byte> body, string? signatureHeader)
    {
        if (string.IsNullOrEmpty(signatureHeader))
        {
            return false;
        }

        Span<byte> expected = stackalloc byte[SignatureLength];
        Compute(key, messageId, timestamp, body, expected);
        Span<byte> candidate = stackalloc byte[48];
        var valid = false;
        foreach (var range in signatureHeader.AsSpan().Split(' '))
        {
            var entry = signatureHeader.AsSpan(range);
            if (!entry.StartsWith(VersionPrefix, StringComparison.Ordinal))
            {
                continue;
            }

            if (Convert.TryFromBase64Chars(entry[VersionPrefix.Length..], candidate, out var length) && length == SignatureLength)
            {
                valid |= CryptographicOperations.FixedTimeEquals(expected, candidate[..SignatureLength]);
            }
        }

        return valid;
    }

    private static void Compute(ReadOnlySpan<byte> key, string messageId, long timestamp, ReadOnlySpan<byte> body, Span<byte> destination)
    {
        var size = Encoding.UTF8.GetMaxByteCount(messageId.Length) + 22;
        byte[]? rented = size > 512 ? ArrayPool<byte>.Shared.Rent(size) : null;
        Span<byte> prefix = rented ?? stackalloc byte[512];
        var length = Encoding.UTF8.GetBytes(messageId, prefix);
        prefix[length++] = (byte)'.';
        Utf8Formatter.TryFormat(timestamp, prefix[length..], out var digits);
        length += digits;
        prefix[length++] = (byte)'.';
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);
        hmac.AppendData(prefix[..length]);
        hmac.AppendData(body);
        hmac.GetHashAndReset(destination);
        if (rented is not null)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }
}
