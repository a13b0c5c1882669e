namespace Purchaser.Domain;

/// <summary>Where an extracted value was read, so a buyer can check it against the vendor's own words.</summary>
/// <param name="Part">The message part: <c>body</c>, or <c>attachment:</c> and the file name.</param>
/// <param name="Text">The text the value was read from, as the vendor wrote it.</param>
public sealed record SourceSpan(string Part, string Text);
