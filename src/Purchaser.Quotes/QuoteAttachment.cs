namespace Purchaser.Quotes;

/// <summary>A file attached to a reply (or a non-text body part), already decoded from its transfer encoding.</summary>
/// <param name="FileName">The file name, or an empty string.</param>
/// <param name="ContentType">The MIME type, lower case, such as <c>text/csv</c>.</param>
/// <param name="Charset">The declared character set, when there is one.</param>
/// <param name="Content">The bytes.</param>
public sealed record QuoteAttachment(string FileName, string ContentType, string? Charset, ReadOnlyMemory<byte> Content);
