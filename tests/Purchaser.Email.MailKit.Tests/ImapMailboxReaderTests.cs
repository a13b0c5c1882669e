using MailKit;
using Purchaser.Mail;

namespace Purchaser.Email.MailKit.Tests;

/// <summary>The IMAP reader against the real server, with checkpoints in a real SQLite file. Each test owns one mailbox.</summary>
public sealed class ImapMailboxReaderTests : IDisposable
{
    private readonly string _database = ReaderHost.NewDatabase();

    [Theory]
    [InlineData("box2", false)]
    [InlineData("box7", true)]
    public async Task A_vendors_reply_is_handed_to_the_sink_and_the_checkpoint_advances(string box, bool idle)
    {
        await MailServer.RequireAsync();
        await MailServer.EmptyAsync(box);
        var sink = new RecordingSink();
        await using var host = await ReaderHost.StartAsync(_database, sink, box, o => o.UseIdle = idle);

        var messageId = await MailServer.SendAsync(box, "Re: RFQ-2026-0042 Complex parts", "Unit price 12.50 USD, lead time 3 weeks.");

        await MailServer.EventuallyAsync(() => Task.FromResult(sink.MessageIds.Contains(messageId) ? string.Empty : null), "the reply at the sink");
        var uid = (await MailServer.ListAsync(box)).Single(m => m.MessageId == messageId).Uid;
        var checkpoint = await CheckpointAtAsync(host, box, uid);
        var accepted = Assert.Single(sink.Accepted);
        Assert.Equal(host.TenantId, accepted.Tenant.Value);
        Assert.Equal("imap", accepted.Source);
        Assert.Equal(await UidValidityAsync(box), checkpoint.UidValidity);
        Assert.Contains(host.Logs.Messages, m => m.StartsWith($"Reading {box}@", StringComparison.Ordinal) && m.EndsWith(idle ? "by IDLE" : "by polling", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_restart_in_the_middle_of_a_batch_neither_loses_nor_repeats_a_message()
    {
        const string box = "box3";
        await MailServer.RequireAsync();
        await MailServer.EmptyAsync(box);
        var sent = new List<string>();
        for (var i = 1; i <= 5; i++)
        {
            sent.Add(await MailServer.SendAsync(box, $"Re: RFQ-2026-0043 quote part {i}"));
        }

        // The first reader is stopped while the sink stores the third message; the sink finishes storing it.
        var first = new RecordingSink();
        var stopping = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        first.OnAccept = async (_, cancellationToken) =>
        {
            if (first.MessageIds.Count == 2)
            {
                stopping.TrySetResult();
                await Task.Delay(Timeout.Infinite, cancellationToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        };
        var host = await ReaderHost.StartAsync(_database, first, box, o => o.UseIdle = false);
        await stopping.Task.WaitAsync(TimeSpan.FromSeconds(15));
        await host.StopAsync();
        Assert.Equal(sent.Take(3), first.MessageIds);
        var uids = (await MailServer.ListAsync(box)).OrderBy(m => m.Uid).ToList();
        Assert.Equal(sent, uids.Select(m => m.MessageId));
        Assert.Equal(uids[2].Uid, (await host.Checkpoints.FindAsync(ReaderHost.MailboxKey(box), "INBOX", CancellationToken.None))!.LastUid);
        await host.DisposeAsync();

        var second = new RecordingSink();
        await using var restarted = await ReaderHost.StartAsync(_database, second, box, o => o.UseIdle = false);
        await CheckpointAtAsync(restarted, box, uids[4].Uid);
        await Task.Delay(500);
        Assert.Equal(sent.Skip(3), second.MessageIds);
    }

    [Fact]
    public async Task A_changed_uidvalidity_reads_the_folder_again_from_the_start()
    {
        const string box = "box4";
        await MailServer.RequireAsync();
        await MailServer.EmptyAsync(box);
        var first = await MailServer.SendAsync(box, "Re: RFQ-2026-0044 quote");
        var second = await MailServer.SendAsync(box, "Re: RFQ-2026-0044 revised quote");
        var validity = await UidValidityAsync(box);
        var lastUid = (await MailServer.ListAsync(box)).Max(m => m.Uid);
        var sink = new RecordingSink();
        await using var host = await ReaderHost.StartAsync(_database, sink, box, start: false);

        // A checkpoint from before the server renumbered the folder: far past every UID it has now.
        await host.Checkpoints.SaveAsync(new MailboxCheckpoint(ReaderHost.MailboxKey(box), "INBOX", validity + 1, lastUid + 1000), CancellationToken.None);
        await host.StartAsync();

        var checkpoint = await CheckpointAtAsync(host, box, lastUid);
        Assert.Equal(validity, checkpoint.UidValidity);
        Assert.Equal([first, second], sink.MessageIds);
    }

    [Fact]
    public async Task The_reader_recovers_when_the_server_goes_down_and_comes_back()
    {
        const string box = "box5";
        await MailServer.RequireAsync();
        await MailServer.EmptyAsync(box);
        await using var proxy = new TcpProxy(MailServer.ImapHost, MailServer.ImapPort);
        var sink = new RecordingSink();
        await using var host = await ReaderHost.StartAsync(_database, sink, box, o => o.Port = proxy.Port);
        var before = await MailServer.SendAsync(box, "Re: RFQ-2026-0045 quote");
        await MailServer.EventuallyAsync(() => Task.FromResult(sink.MessageIds.Contains(before) ? string.Empty : null), "the first reply");

        await proxy.StopAsync();
        var during = await MailServer.SendAsync(box, "Re: RFQ-2026-0045 revised quote");
        await Task.Delay(1500);
        Assert.DoesNotContain(during, sink.MessageIds);
        proxy.Restart();

        await MailServer.EventuallyAsync(() => Task.FromResult(sink.MessageIds.Contains(during) ? string.Empty : null), "the reply sent while the server was down");
        Assert.Equal([before, during], sink.MessageIds);
        Assert.Contains(host.Logs.Messages, m => m.Contains("failed; reconnecting", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_oversized_or_failing_message_does_not_hold_up_the_ones_behind_it()
    {
        const string box = "box6";
        await MailServer.RequireAsync();
        await MailServer.EmptyAsync(box);
        var first = await MailServer.SendAsync(box, "Re: RFQ-2026-0046 quote");
        var oversized = await MailServer.SendAsync(box, "Re: RFQ-2026-0046 drawings", new string('x', 20_000));
        var failing = await MailServer.SendAsync(box, "Re: RFQ-2026-0046 unreadable");
        var last = await MailServer.SendAsync(box, "Re: RFQ-2026-0046 revised quote");
        var attempts = 0;
        var sink = new RecordingSink
        {
            OnAccept = (messageId, _) => messageId == failing
                ? Task.FromException(new InvalidOperationException($"attempt {Interlocked.Increment(ref attempts)}: the store refused it"))
                : Task.CompletedTask,
        };
        await using var host = await ReaderHost.StartAsync(_database, sink, box, o =>
        {
            o.UseIdle = false;
            o.MaxMessageBytes = 4096;
            o.MaxAttempts = 3;
        });

        var lastUid = (await MailServer.ListAsync(box)).Max(m => m.Uid);
        await CheckpointAtAsync(host, box, lastUid);
        await Task.Delay(500);
        Assert.Equal([first, last], sink.MessageIds);
        Assert.Equal(3, attempts);
        Assert.Contains(host.Logs.Messages, m => m.Contains("is over MaxMessageBytes", StringComparison.Ordinal));
        var (envelope, reason) = Assert.Single(sink.TooLarge);
        Assert.Equal(oversized, envelope.MessageId);
        Assert.Equal("Re: RFQ-2026-0046 drawings", envelope.Subject);
        Assert.Equal("sales@acme.example", envelope.From);
        Assert.True(envelope.Size > 20_000);
        Assert.Contains("not downloaded", reason, StringComparison.Ordinal);
        Assert.Contains(host.Logs.Messages, m => m.Contains("skipped after 3 failed attempts", StringComparison.Ordinal) && m.Contains("the store refused it", StringComparison.Ordinal));
    }

    public void Dispose() => ReaderHost.DeleteDatabase(_database);

    private static Task<MailboxCheckpoint> CheckpointAtAsync(ReaderHost host, string box, uint uid) =>
        MailServer.EventuallyAsync(
            async () => await host.Checkpoints.FindAsync(ReaderHost.MailboxKey(box), "INBOX", CancellationToken.None) is { } checkpoint && checkpoint.LastUid == uid ? checkpoint : null,
            $"the checkpoint at UID {uid}");

    private static async Task<uint> UidValidityAsync(string box)
    {
        using var client = await MailServer.OpenAsync(box);
        var validity = client.Inbox.UidValidity;
        await client.DisconnectAsync(true);
        return validity;
    }
}
