using System.Security.Cryptography;

namespace Purchaser.Quotes.Outbound;

/// <summary>Unguessable per-vendor reply tokens: 80 random bits in lower-case base32, safe in an address's local part.</summary>
internal static class ReplyTokens
{
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz234567";

    public static string New()
    {
        Span<byte> bytes = stackalloc byte[10];
        RandomNumberGenerator.Fill(bytes);
        Span<char> token = stackalloc char[16];
        ulong buffer = 0;
        int bits = 0, written = 0;
        foreach (var b in bytes)
        {
            buffer = (buffer << 8) | b;
            bits += 8;
            while (bits >= 5)
            {
                token[written++] = Alphabet[(int)((buffer >> (bits - 5)) & 31)];
                bits -= 5;
            }
        }

        return new string(token);
    }

    /// <summary>The token in a reply address built from <paramref name="template"/> (<c>purchasing+{token}@customer.example</c>), or null.</summary>
    public static string? Find(string template, string address)
    {
        var at = template.IndexOf("{token}", StringComparison.Ordinal);
        var prefix = template[..at];
        var suffix = template[(at + "{token}".Length)..];
        if (!address.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) || !address.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) || address.Length != prefix.Length + 16 + suffix.Length)
        {
            return null;
        }

        var token = address.Substring(prefix.Length, 16).ToLowerInvariant();
        return token.All(c => Alphabet.Contains(c, StringComparison.Ordinal)) ? token : null;
    }
}
