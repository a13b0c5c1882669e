namespace Purchaser.Mail;

/// <summary>The result of one send.</summary>
/// <param name="Outcome">Accepted, or how it failed.</param>
/// <param name="Detail">The server's answer or the error, for the record.</param>
public sealed record MailSendResult(MailSendOutcome Outcome, string? Detail)
{
    /// <summary>An accepted send.</summary>
    public static MailSendResult Accepted(string? detail = null) => new(MailSendOutcome.Accepted, detail);
}
