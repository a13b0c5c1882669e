namespace Purchaser.Mail;

/// <summary>How far a mailbox folder has been read: IMAP's UIDVALIDITY and the last UID stored.</summary>
/// <param name="Mailbox">The mailbox (account and host) the folder belongs to.</param>
/// <param name="Folder">The folder, for example <c>INBOX</c>.</param>
/// <param name="UidValidity">The folder's UIDVALIDITY; when the server changes it, UIDs start over.</param>
/// <param name="LastUid">The highest UID whose message is stored.</param>
public sealed record MailboxCheckpoint(string Mailbox, string Folder, uint UidValidity, uint LastUid);
