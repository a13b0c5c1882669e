namespace Purchaser.Email.MailKit;

/// <summary>The SMTP server that sends the customer's mail (its submission server).</summary>
public sealed class SmtpOptions : MailServerOptions;
