using Microsoft.Extensions.Options;

namespace Purchaser.Email.MailKit;

/// <summary>Checks <see cref="MailKitOptions"/> at start, so a wrong setting stops the host instead of failing the first send.</summary>
internal sealed class MailKitOptionsValidator : IValidateOptions<MailKitOptions>
{
    private const string Section = "Purchaser:Mail";

    public ValidateOptionsResult Validate(string? name, MailKitOptions options)
    {
        var failures = new List<string>();
        Server(options.Smtp, "Smtp", failures);
        if (string.IsNullOrWhiteSpace(options.Smtp.Host))
        {
            failures.Add($"{Section}:Smtp:Host is required.");
        }

        var imap = options.Imap;
        if (!string.IsNullOrWhiteSpace(imap.Host))
        {
            Server(imap, "Imap", failures);
            Mailbox(imap, failures);
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Server(MailServerOptions server, string kind, List<string> failures)
    {
        if (server.Port is < 0 or > 65535)
        {
            failures.Add($"{Section}:{kind}:Port must be between 0 (the default port) and 65535.");
        }

        if (!Enum.IsDefined(server.Security))
        {
            failures.Add($"{Section}:{kind}:Security must be None, StartTls, SslOnConnect or Auto.");
        }

        if (!string.IsNullOrEmpty(server.AccessToken) && !string.IsNullOrEmpty(server.Password))
        {
            failures.Add($"{Section}:{kind}: set Password or AccessToken, not both.");
        }

        if ((!string.IsNullOrEmpty(server.AccessToken) || !string.IsNullOrEmpty(server.Password)) && string.IsNullOrWhiteSpace(server.User))
        {
            failures.Add($"{Section}:{kind}:User is required with a password or an access token.");
        }

        if (server.Timeout < TimeSpan.FromSeconds(1) || server.Timeout > TimeSpan.FromMinutes(10))
        {
            failures.Add($"{Section}:{kind}:Timeout must be between 1 second and 10 minutes.");
        }
    }

    private static void Mailbox(ImapOptions imap, List<string> failures)
    {
        if (imap.TenantId == Guid.Empty)
        {
            failures.Add($"{Section}:Imap:TenantId is required: the tenant the mailbox belongs to.");
        }

        if (imap.Folders.Any(string.IsNullOrWhiteSpace) || imap.Folders.Distinct().Count() != imap.Folders.Count)
        {
            failures.Add($"{Section}:Imap:Folders must be distinct folder names.");
        }

        if (imap.ProcessedFolder is { } processed && (string.IsNullOrWhiteSpace(processed) || ImapMailboxReader.FoldersOf(imap).Contains(processed)))
        {
            failures.Add($"{Section}:Imap:ProcessedFolder must be a folder that is not read.");
        }

        if (imap.PollInterval < TimeSpan.FromMilliseconds(100) || imap.PollInterval > TimeSpan.FromHours(1))
        {
            failures.Add($"{Section}:Imap:PollInterval must be between 100 milliseconds and 1 hour.");
        }

        if (imap.IdleTimeout < TimeSpan.FromSeconds(1) || imap.IdleTimeout > TimeSpan.FromMinutes(9))
        {
            failures.Add($"{Section}:Imap:IdleTimeout must be between 1 second and 9 minutes.");
        }

        if (imap.MaxMessageBytes < 1024)
        {
            failures.Add($"{Section}:Imap:MaxMessageBytes must be at least 1024.");
        }

        if (imap.MaxAttempts is < 1 or > 100)
        {
            failures.Add($"{Section}:Imap:MaxAttempts must be between 1 and 100.");
        }

        if (imap.ReconnectDelay < TimeSpan.FromMilliseconds(10) || imap.ReconnectDelay > imap.MaxReconnectDelay || imap.MaxReconnectDelay > TimeSpan.FromHours(1))
        {
            failures.Add($"{Section}:Imap:ReconnectDelay must be at least 10 milliseconds and at most MaxReconnectDelay, which is at most 1 hour.");
        }
    }
}
