using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Purchaser.Email.MailKit.Tests;

/// <summary>
/// A minimal SMTP peer on a real loopback socket, for answers the real server cannot be made to give: it accepts
/// everything up to RCPT TO, then answers with <c>rcptReply</c>, or drops the connection when that is null.
/// </summary>
internal sealed class FakeSmtpServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly string? _rcptReply;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public FakeSmtpServer(string? rcptReply)
    {
        _rcptReply = rcptReply;
        _listener.Start();
        _loop = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    private async Task AcceptAsync()
    {
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                using var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                await ServeAsync(client);
            }
        }
        // Disposal stops the listener under the loop: an accept then fails in one of these ways, which all mean "stopped".
        catch (Exception exception) when (exception is OperationCanceledException or ObjectDisposedException or SocketException or InvalidOperationException)
        {
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        var stream = client.GetStream();
        using var reader = new StreamReader(stream, Encoding.ASCII);
        await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
        await writer.WriteLineAsync("220 fake.test ESMTP");
        while (await reader.ReadLineAsync(_stop.Token) is { } line)
        {
            var verb = line.Split(' ', 2)[0].ToUpperInvariant();
            switch (verb)
            {
                case "EHLO" or "HELO":
                    await writer.WriteLineAsync("250 fake.test");
                    break;
                case "MAIL":
                    await writer.WriteLineAsync("250 2.1.0 Ok");
                    break;
                case "RCPT" when _rcptReply is null:
                    client.Client.Shutdown(SocketShutdown.Both);
                    return;
                case "RCPT":
                    await writer.WriteLineAsync(_rcptReply);
                    break;
                case "QUIT":
                    await writer.WriteLineAsync("221 2.0.0 Bye");
                    return;
                default:
                    await writer.WriteLineAsync("503 5.5.1 Bad sequence of commands");
                    break;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _loop;
        _stop.Dispose();
    }
}
