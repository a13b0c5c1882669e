namespace Purchaser.Email.MailKit.Tests;

/// <summary>
/// The reader against an IMAP server that pushes (dovecot): new mail is picked up while the reader is in IDLE, and
/// processed mail is moved to the processed folder.
/// </summary>
public sealed class ImapIdleTests : IDisposable
{
    private readonly string _database = ReaderHost.NewDatabase();

    [Fact]
    public async Task A_message_appended_while_the_reader_idles_is_processed_on_the_servers_push()
    {
        const string box = "box1";
        await PushingImapServer.RequireAsync();
        await PushingImapServer.EmptyAsync(box);
        var sink = new RecordingSink();

        // Polling and the IDLE re-issue are both ten minutes away: only the server's push can bring the message in.
        await using var host = await ReaderHost.StartAsync(_database, sink, box, o =>
        {
            o.Port = PushingImapServer.Port;
            o.PollInterval = TimeSpan.FromMinutes(10);
            o.IdleTimeout = TimeSpan.FromMinutes(9);
        });
        await MailServer.EventuallyAsync(() => Task.FromResult(host.Logs.Messages.FirstOrDefault(m => m.StartsWith($"Reading {box}@", StringComparison.Ordinal))), "the reader connected");
        await Task.Delay(300);

        var first = await PushingImapServer.AppendAsync(box, "Re: RFQ-2026-0050 quote");
        await MailServer.EventuallyAsync(() => Task.FromResult(sink.MessageIds.Contains(first) ? string.Empty : null), "the appended reply at the sink", TimeSpan.FromSeconds(30));
        var second = await PushingImapServer.AppendAsync(box, "Re: RFQ-2026-0050 revised quote");
        await MailServer.EventuallyAsync(() => Task.FromResult(sink.MessageIds.Contains(second) ? string.Empty : null), "the second reply at the sink", TimeSpan.FromSeconds(30));

        Assert.Equal([first, second], sink.MessageIds);
        Assert.Contains(host.Logs.Messages, m => m.StartsWith($"Reading {box}@", StringComparison.Ordinal) && m.EndsWith("by IDLE", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_stored_message_is_moved_to_the_processed_folder()
    {
        const string box = "box2";
        await PushingImapServer.RequireAsync();
        await PushingImapServer.EmptyAsync(box);
        var first = await PushingImapServer.AppendAsync(box, "Re: RFQ-2026-0051 quote");
        var second = await PushingImapServer.AppendAsync(box, "Re: RFQ-2026-0051 revised quote");
        var sink = new RecordingSink();

        await using var host = await ReaderHost.StartAsync(_database, sink, box, o =>
        {
            o.Port = PushingImapServer.Port;
            o.ProcessedFolder = "Processed";
        });

        var processed = await MailServer.EventuallyAsync(
            async () => await PushingImapServer.ListAsync(box, "Processed") is { Count: 2 } moved ? moved : null,
            "both replies in Processed");
        Assert.Equal([first, second], sink.MessageIds);
        Assert.Equal(new[] { first, second }.Order(), processed.Order());
        Assert.Empty(await PushingImapServer.ListAsync(box, "INBOX"));
    }

    public void Dispose() => ReaderHost.DeleteDatabase(_database);
}
