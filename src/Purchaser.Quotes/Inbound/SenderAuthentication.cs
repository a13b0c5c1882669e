using MimeKit;

namespace Purchaser.Quotes.Inbound;

/// <summary>
/// Reads the verdicts the customer's own mail server recorded in <c>Authentication-Results</c>. Headers stamped by any
/// other authserv-id are ignored: anyone can write such a header into a message before sending it.
/// </summary>
internal static class SenderAuthentication
{
    /// <summary>Why the sender is not authenticated, or null when it is (or nothing trusted says otherwise).</summary>
    public static string? Failure(MimeMessage message, string? trustedAuthServId)
    {
        if (string.IsNullOrWhiteSpace(trustedAuthServId))
        {
            return null;
        }

        var trusted = message.Headers
            .Where(h => h.Field.Equals("Authentication-Results", StringComparison.OrdinalIgnoreCase))
            .Select(h => h.Value.Trim())
            .Where(v => string.Equals(v.Split(';', 2)[0].Trim().Split(' ')[0], trustedAuthServId, StringComparison.OrdinalIgnoreCase))
            .Select(v => v.ToLowerInvariant())
            .ToList();
        if (trusted.Any(v => v.Contains("dmarc=fail", StringComparison.Ordinal)))
        {
            return $"{trustedAuthServId} reports that DMARC failed for the sender";
        }

        return trusted.Any(v => v.Contains("dkim=fail", StringComparison.Ordinal)) && !trusted.Any(v => v.Contains("dkim=pass", StringComparison.Ordinal))
            ? $"{trustedAuthServId} reports that the DKIM signature failed"
            : null;
    }
}
