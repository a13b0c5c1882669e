namespace Purchaser.Mail;

/// <summary>One composed email ready for the wire, with its envelope.</summary>
/// <param name="MessageId">The <c>Message-ID</c> (without angle brackets), kept the same across send retries.</param>
/// <param name="From">The envelope sender: the customer's mailbox.</param>
/// <param name="Recipients">The envelope recipients.</param>
/// <param name="Mime">The complete RFC 5322 message.</param>
public sealed record OutgoingMail(string MessageId, string From, IReadOnlyList<string> Recipients, ReadOnlyMemory<byte> Mime);
