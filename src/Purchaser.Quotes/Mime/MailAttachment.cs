namespace Purchaser.Quotes.Mime;

/// <summary>One attachment of a stored email, read from its raw MIME.</summary>
/// <param name="Id">Its position among the message's attachments (<c>1</c>, <c>2</c>...); stable because stored mail never changes.</param>
/// <param name="FileName">The file name the sender gave, if any.</param>
/// <param name="ContentType">The declared media type, or <c>application/octet-stream</c> when it is not a plain type/subtype.</param>
/// <param name="Size">Its decoded length in bytes.</param>
/// <param name="Content">The decoded bytes, when they were asked for (a listing only measures them).</param>
internal sealed record MailAttachment(string Id, string? FileName, string ContentType, long Size, byte[]? Content);
