using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Purchaser.Hosting;
using Purchaser.Mail;

namespace Purchaser.Email.MailKit;

/// <summary>
/// Reads the customer's IMAP mailbox for vendors' replies and hands each new message to <see cref="IInboundMailSink"/>.
/// Each configured folder is read by its own <see cref="ImapFolderReader"/> on its own connection. When several hosts
/// share the store, only the holder of the mailbox's lease reads it; the others wait to take over.
/// </summary>
internal sealed class ImapMailboxReader(
    IOptions<MailKitOptions> options, IServiceScopeFactory scopes, IServiceProviderIsService registered, LeaseHolder lease, TimeProvider time, ILogger<ImapMailboxReader> logger)
    : BackgroundService
{
    public static IReadOnlyList<string> FoldersOf(ImapOptions imap) => imap.Folders.Count == 0 ? ["INBOX"] : [.. imap.Folders];

    /// <summary>The checkpoint key of the mailbox: the account at its host (not the port, so a port change keeps the place).</summary>
    public static string MailboxOf(ImapOptions imap) =>
        (string.IsNullOrWhiteSpace(imap.User) ? imap.Host : $"{imap.User}@{imap.Host}").ToLowerInvariant();

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var imap = options.Value.Imap;
        if (string.IsNullOrWhiteSpace(imap.Host))
        {
            MailKitLog.NotReading(logger);
            return Task.CompletedTask;
        }

        if (!registered.IsService(typeof(IInboundMailSink)) || !registered.IsService(typeof(IMailboxCheckpointStore)))
        {
            throw new InvalidOperationException(
                "Reading an IMAP mailbox needs an IInboundMailSink (AddQuoteIngestion()) and an IMailboxCheckpointStore (a store such as UseSqlite()).");
        }

        return lease.RunAsync(
            $"mailbox:imap:{MailboxOf(imap)}",
            leased => Task.WhenAll(FoldersOf(imap).Select(folder => new ImapFolderReader(imap, folder, scopes, time, logger).RunAsync(leased))),
            stoppingToken);
    }
}
