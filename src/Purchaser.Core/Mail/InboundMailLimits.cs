using System.ComponentModel.DataAnnotations;

namespace Purchaser.Mail;

/// <summary>
/// Bounds on hostile inbound mail, bound from <c>Purchaser:Mail:Inbound</c>. A message over a limit is still stored (as
/// metadata only when it is too large) with the reason and status <c>refused</c>; it is not read as a quote, and it never
/// holds up the messages behind it.
/// </summary>
public sealed class InboundMailLimits
{
    /// <summary>The largest message taken in, in bytes; a larger one is recorded by its headers only.</summary>
    [Range(1024, long.MaxValue)]
    public long MaxMessageBytes { get; set; } = 25 * 1024 * 1024;

    /// <summary>How deeply MIME parts may nest (MimeKit allows 1024 by default); a real reply rarely goes past 5.</summary>
    [Range(2, 64)]
    public int MaxMimeDepth { get; set; } = 16;

    /// <summary>The most header fields, counted over the message and all its parts.</summary>
    [Range(16, 100_000)]
    public int MaxHeaders { get; set; } = 1000;

    /// <summary>The most attachments (forwarded messages included).</summary>
    [Range(1, 10_000)]
    public int MaxAttachments { get; set; } = 50;

    /// <summary>The largest decoded attachment, in bytes.</summary>
    [Range(1024, long.MaxValue)]
    public long MaxAttachmentBytes { get; set; } = 20 * 1024 * 1024;
}
