namespace Purchaser.Quotes;

/// <summary>Names of the message parts a value can be read from, as <see cref="Purchaser.Domain.SourceSpan.Part"/> shows them.</summary>
public static class QuoteParts
{
    /// <summary>The reply's own text.</summary>
    public const string Body = "body";

    /// <summary>The part name of an attachment: <c>attachment:</c> and its file name.</summary>
    public static string Attachment(QuoteAttachment attachment)
    {
        ArgumentNullException.ThrowIfNull(attachment);
        return attachment.FileName.Length > 0 ? $"attachment:{attachment.FileName}" : $"attachment:({attachment.ContentType})";
    }
}
