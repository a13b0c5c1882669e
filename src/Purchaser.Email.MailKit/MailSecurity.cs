namespace Purchaser.Email.MailKit;

/// <summary>How the connection to the mail server is secured.</summary>
public enum MailSecurity
{
    /// <summary>TLS on the well-known implicit-TLS ports (465, 993), STARTTLS when the server offers it elsewhere.</summary>
    Auto,

    /// <summary>No TLS: only for a server on loopback or a trusted network.</summary>
    None,

    /// <summary>Connect in plain text and require STARTTLS.</summary>
    StartTls,

    /// <summary>TLS from the first byte (implicit TLS, ports 465 and 993).</summary>
    SslOnConnect,
}
