using System.Text.RegularExpressions;
using MimeKit;

namespace Purchaser.Quotes.Mime;

/// <summary>
/// Recognises what the mail system sends instead of a person: a delivery report (a bounce or a delay warning) or a read
/// receipt. Such a message may carry the original request, whose quantities must never be read as a quote.
/// </summary>
internal static partial class MailSystemReport
{
    /// <summary>What kind of report <paramref name="message"/> is ("a delivery report", "a read receipt"), or null for a person's message.</summary>
    public static string? Describe(MimeMessage message)
    {
        if (message.Body is MultipartReport report)
        {
            return string.Equals(report.ReportType, "disposition-notification", StringComparison.OrdinalIgnoreCase) ? "a read receipt" : "a delivery report";
        }

        var sender = message.From.Mailboxes.FirstOrDefault()?.LocalPart ?? string.Empty;
        return MailSystemSender().IsMatch(sender) && BounceSubject().IsMatch(message.Subject ?? string.Empty) ? "a delivery report" : null;
    }

    [GeneratedRegex(@"^(?:mailer-daemon|postmaster|mail-?daemon|microsoftexchange\w*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex MailSystemSender();

    [GeneratedRegex(@"\b(?:undeliver\w*|delivery\s+(?:status\s+notification|failure|has\s+failed|delayed)|returned\s+mail|mail\s+delivery\s+(?:failed|failure|system)|failure\s+notice|unzustellbar|non\s+remis)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex BounceSubject();
}
