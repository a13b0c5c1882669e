using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Purchaser.Email.MailKit.Tests;

/// <summary>
/// Forwards a loopback port to the real IMAP server, so a test can take "the server" down (connections cut,
/// new ones refused) and bring it back on the same port without stopping the shared server.
/// </summary>
internal sealed class TcpProxy : IAsyncDisposable
{
    private readonly string _targetHost;
    private readonly int _targetPort;
    private readonly ConcurrentDictionary<TcpClient, byte> _connections = new();
    private TcpListener? _listener;
    private Task _loop = Task.CompletedTask;

    public TcpProxy(string targetHost, int targetPort)
    {
        _targetHost = targetHost;
        _targetPort = targetPort;
        Listen(0);
    }

    public int Port { get; private set; }

    public async Task StopAsync()
    {
        _listener?.Stop();
        _listener = null;
        await _loop;
        foreach (var connection in _connections.Keys)
        {
            connection.Dispose();
        }

        _connections.Clear();
    }

    public void Restart() => Listen(Port);

    private void Listen(int port)
    {
        var listener = new TcpListener(IPAddress.Loopback, port);
        listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        listener.Start();
        Port = ((IPEndPoint)listener.LocalEndpoint).Port;
        _listener = listener;
        _loop = AcceptAsync(listener);
    }

    private async Task AcceptAsync(TcpListener listener)
    {
        try
        {
            while (true)
            {
                var inbound = await listener.AcceptTcpClientAsync();
                var outbound = new TcpClient();
                await outbound.ConnectAsync(_targetHost, _targetPort);
                _connections[inbound] = 0;
                _connections[outbound] = 0;
                _ = PumpAsync(inbound, outbound);
                _ = PumpAsync(outbound, inbound);
            }
        }
        catch (Exception exception) when (exception is ObjectDisposedException or SocketException or InvalidOperationException)
        {
        }
    }

    private static async Task PumpAsync(TcpClient from, TcpClient to)
    {
        try
        {
            await from.GetStream().CopyToAsync(to.GetStream());
        }
        catch (Exception exception) when (exception is IOException or ObjectDisposedException or SocketException or InvalidOperationException)
        {
        }
        finally
        {
            to.Dispose();
            from.Dispose();
        }
    }

    public async ValueTask DisposeAsync() => await StopAsync();
}
