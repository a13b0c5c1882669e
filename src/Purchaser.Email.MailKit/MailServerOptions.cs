namespace Purchaser.Email.MailKit;

/// <summary>Where a mail server is and how to sign in to it: what SMTP and IMAP have in common.</summary>
public abstract class MailServerOptions
{
    /// <summary>The server's host name or address.</summary>
    public string Host { get; set; } = string.Empty;

    /// <summary>The port; 0 picks the protocol's default for <see cref="Security"/>.</summary>
    public int Port { get; set; }

    /// <summary>How the connection is secured. Certificates are checked against the system's trust store.</summary>
    public MailSecurity Security { get; set; } = MailSecurity.Auto;

    /// <summary>The account to sign in as; no sign-in when empty.</summary>
    public string? User { get; set; }

    /// <summary>The account's password (or app password).</summary>
    public string? Password { get; set; }

    /// <summary>An OAuth 2.0 access token used instead of <see cref="Password"/> (SASL XOAUTH2).</summary>
    public string? AccessToken { get; set; }

    /// <summary>How long one network read or write may take before the connection counts as failed.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(1);
}
