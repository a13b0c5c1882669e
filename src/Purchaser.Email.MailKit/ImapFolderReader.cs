using System.Net.Sockets;
using MailKit;
using MailKit.Net.Imap;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Purchaser.Domain;
using Purchaser.Mail;

namespace Purchaser.Email.MailKit;

/// <summary>
/// Reads one folder by UID: everything above the checkpoint's last UID, in UID order, each message handed to the sink
/// in its own DI scope and the checkpoint advanced after the sink returns. Owns its <see cref="ImapClient"/>, which is
/// never shared, and reconnects with a doubling delay when the server is unreachable.
/// </summary>
internal sealed class ImapFolderReader
{
    private const string Source = "imap";

    private readonly ImapOptions _options;
    private readonly string _folder;
    private readonly string _mailbox;
    private readonly Id<Tenant> _tenant;
    private readonly IServiceScopeFactory _scopes;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    // Failed attempts per UID, and UIDs handed while an earlier message still fails (so the checkpoint cannot pass
    // them yet): kept for the life of the process so a failing message neither blocks nor repeats the ones behind it.
    private readonly Dictionary<uint, int> _failures = [];
    private readonly SortedSet<uint> _handedAhead = [];

    public ImapFolderReader(ImapOptions options, string folder, IServiceScopeFactory scopes, TimeProvider time, ILogger logger)
    {
        _options = options;
        _folder = folder;
        _mailbox = ImapMailboxReader.MailboxOf(options);
        _tenant = new Id<Tenant>(options.TenantId);
        _scopes = scopes;
        _time = time;
        _logger = logger;
    }

    private enum Handling
    {
        Stored,
        Skipped,
        Failed,
    }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var delay = _options.ReconnectDelay;
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                using var client = new ImapClient();
                await MailConnection.OpenAsync(client, _options, cancellationToken).ConfigureAwait(false);
                var folder = await OpenAsync(client, cancellationToken).ConfigureAwait(false);
                var processed = _options.ProcessedFolder is { } name ? await client.GetFolderAsync(name, cancellationToken).ConfigureAwait(false) : null;
                MailKitLog.Connected(_logger, _mailbox, _folder, folder.UidValidity, folder.Count, Idles(client) ? "IDLE" : "polling");
                delay = _options.ReconnectDelay;
                while (true)
                {
                    await ReadNewAsync(folder, processed, cancellationToken).ConfigureAwait(false);
                    await WaitForMailAsync(client, folder, cancellationToken).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                MailKitLog.ConnectionFailed(_logger, exception, _mailbox, _folder, delay);
                try
                {
                    await Task.Delay(delay, _time, cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }

                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, _options.MaxReconnectDelay.Ticks));
            }
        }
    }

    private async Task<IMailFolder> OpenAsync(ImapClient client, CancellationToken cancellationToken)
    {
        var folder = string.Equals(_folder, "INBOX", StringComparison.OrdinalIgnoreCase)
            ? client.Inbox
            : await client.GetFolderAsync(_folder, cancellationToken).ConfigureAwait(false);
        var access = _options.ProcessedFolder is null ? FolderAccess.ReadOnly : FolderAccess.ReadWrite;
        await folder.OpenAsync(access, cancellationToken).ConfigureAwait(false);
        return folder;
    }

    private bool Idles(ImapClient client) => _options.UseIdle && client.Capabilities.HasFlag(ImapCapabilities.Idle);

    private async Task ReadNewAsync(IMailFolder folder, IMailFolder? processed, CancellationToken cancellationToken)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var checkpoints = scope.ServiceProvider.GetRequiredService<IMailboxCheckpointStore>();
        var checkpoint = await checkpoints.FindAsync(_mailbox, _folder, cancellationToken).ConfigureAwait(false);
        if (checkpoint is null || checkpoint.UidValidity != folder.UidValidity)
        {
            if (checkpoint is not null)
            {
                MailKitLog.UidValidityChanged(_logger, _mailbox, _folder, checkpoint.UidValidity, folder.UidValidity);
            }

            checkpoint = new MailboxCheckpoint(_mailbox, _folder, folder.UidValidity, 0);
            _failures.Clear();
            _handedAhead.Clear();
            await checkpoints.SaveAsync(checkpoint, cancellationToken).ConfigureAwait(false);
        }

        if (folder.Count == 0 || checkpoint.LastUid == uint.MaxValue)
        {
            return;
        }

        var range = new UniqueIdRange(new UniqueId(folder.UidValidity, checkpoint.LastUid + 1), UniqueId.MaxValue);
        var summaries = await folder.FetchAsync(range, new FetchRequest(MessageSummaryItems.UniqueId | MessageSummaryItems.Size | MessageSummaryItems.Envelope), cancellationToken).ConfigureAwait(false);

        // "n:*" always includes the folder's last message, even when its UID is below n: keep only what is new.
        var lastUid = checkpoint.LastUid;
        var blocked = false;
        foreach (var summary in summaries.Where(s => s.UniqueId.Id > lastUid).OrderBy(s => s.UniqueId.Id))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var uid = summary.UniqueId.Id;
            var handling = _handedAhead.Contains(uid) ? Handling.Skipped : await HandAsync(folder, summary, cancellationToken).ConfigureAwait(false);
            if (handling == Handling.Failed)
            {
                blocked = true;
                continue;
            }

            if (blocked)
            {
                _handedAhead.Add(uid);
            }
            else
            {
                // The sink has stored the message: record that even when shutdown has begun, or it would be handed again.
                checkpoint = checkpoint with { LastUid = uid };
                await checkpoints.SaveAsync(checkpoint, CancellationToken.None).ConfigureAwait(false);
                _handedAhead.Remove(uid);
            }

            if (handling == Handling.Stored && processed is not null)
            {
                await MoveAsync(folder, summary.UniqueId, processed, cancellationToken).ConfigureAwait(false);
            }
        }

        _handedAhead.RemoveWhere(uid => uid <= checkpoint.LastUid);
    }

    private async Task<Handling> HandAsync(IMailFolder folder, IMessageSummary summary, CancellationToken cancellationToken)
    {
        var uid = summary.UniqueId.Id;
        try
        {
            if (summary.Size is { } size && size > (ulong)_options.MaxMessageBytes)
            {
                // Not downloaded: its envelope is recorded so a person sees it arrived; it stays in the mailbox.
                MailKitLog.TooLarge(_logger, _mailbox, _folder, uid, size, _options.MaxMessageBytes);
                await using var recordScope = _scopes.CreateAsyncScope();
                var envelope = new InboundEnvelope($"imap://{_mailbox}/{_folder};UIDVALIDITY={folder.UidValidity};UID={uid}", (long)size)
                {
                    MessageId = summary.Envelope?.MessageId,
                    From = summary.Envelope?.From.Mailboxes.FirstOrDefault()?.Address,
                    Subject = summary.Envelope?.Subject,
                    SentAt = summary.Envelope?.Date,
                };
                var reason = $"the message is {size} bytes, more than {_options.MaxMessageBytes} (Purchaser:Mail:Imap:MaxMessageBytes): not downloaded, it is still in {_folder}";
                await recordScope.ServiceProvider.GetRequiredService<IInboundMailSink>().RecordTooLargeAsync(_tenant, envelope, Source, reason, cancellationToken).ConfigureAwait(false);
                return Handling.Skipped;
            }

            byte[] raw;
            using (var stream = await folder.GetStreamAsync(summary.UniqueId, cancellationToken).ConfigureAwait(false))
            using (var buffer = new MemoryStream(checked((int)(summary.Size ?? 0))))
            {
                await stream.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
                raw = buffer.ToArray();
            }

            await using var scope = _scopes.CreateAsyncScope();
            var sink = scope.ServiceProvider.GetRequiredService<IInboundMailSink>();
            var stored = await sink.AcceptAsync(_tenant, raw, Source, cancellationToken).ConfigureAwait(false);
            MailKitLog.Stored(_logger, _mailbox, _folder, uid, stored.Id.Value);
            _failures.Remove(uid);
            return Handling.Stored;
        }
        catch (MessageNotFoundException)
        {
            // Expunged by another client since the fetch: nothing to store.
            return Handling.Skipped;
        }
        catch (Exception exception) when (!IsConnectionFailure(exception) && !(exception is OperationCanceledException && cancellationToken.IsCancellationRequested))
        {
            var attempts = _failures.GetValueOrDefault(uid) + 1;
            if (attempts >= _options.MaxAttempts)
            {
                _failures.Remove(uid);
                MailKitLog.GaveUp(_logger, exception, _mailbox, _folder, uid, attempts, exception.Message);
                return Handling.Skipped;
            }

            _failures[uid] = attempts;
            MailKitLog.MessageFailed(_logger, exception, _mailbox, _folder, uid, attempts, _options.MaxAttempts);
            return Handling.Failed;
        }
    }

    private async Task MoveAsync(IMailFolder folder, UniqueId uid, IMailFolder processed, CancellationToken cancellationToken)
    {
        try
        {
            await folder.MoveToAsync(uid, processed, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is ImapCommandException or FolderNotFoundException)
        {
            MailKitLog.MoveFailed(_logger, exception, _mailbox, _folder, uid.Id, processed.FullName);
        }
    }

    private async Task WaitForMailAsync(ImapClient client, IMailFolder folder, CancellationToken cancellationToken)
    {
        if (!Idles(client))
        {
            await Task.Delay(_options.PollInterval, _time, cancellationToken).ConfigureAwait(false);
            await client.NoOpAsync(cancellationToken).ConfigureAwait(false);
            return;
        }

        // IDLE until the folder's message count changes or IdleTimeout passes (servers drop silent clients), then read.
        using var done = new CancellationTokenSource(_options.IdleTimeout, _time);
        void OnCountChanged(object? sender, EventArgs e) => done.Cancel();
        folder.CountChanged += OnCountChanged;
        try
        {
            await client.IdleAsync(done.Token, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            folder.CountChanged -= OnCountChanged;
        }

        // A server that never pushes during IDLE (or dropped the push) still answers NOOP with the folder's state:
        // without it the reader would trust a stale message count until the connection is renewed.
        await client.NoOpAsync(cancellationToken).ConfigureAwait(false);
    }

    private static bool IsConnectionFailure(Exception exception) =>
        exception is IOException or SocketException or ImapProtocolException or ServiceNotConnectedException or ServiceNotAuthenticatedException or FolderNotOpenException;
}
