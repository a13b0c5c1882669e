namespace Purchaser.Mail;

/// <summary>Where the directory mail drop reads replies from.</summary>
/// <param name="Inbox">The folder watched for <c>.eml</c> files.</param>
internal sealed record DirectoryMailDropOptions(string Inbox);
