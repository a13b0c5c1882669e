namespace Purchaser.Mail;

/// <summary>What the mail server said to one send.</summary>
public enum MailSendOutcome
{
    /// <summary>The server accepted the message for delivery.</summary>
    Accepted,

    /// <summary>A temporary failure (4xx, a dropped connection): try again later with the same Message-ID.</summary>
    TransientFailure,

    /// <summary>A permanent refusal (5xx): do not retry.</summary>
    PermanentFailure,
}
