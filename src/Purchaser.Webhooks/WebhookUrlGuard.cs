using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace Purchaser.Webhooks;

/// <summary>
/// Keeps webhooks from reaching inside the host's network (SSRF): endpoint URLs must be https and resolve only to
/// public addresses. Checked when an endpoint is registered and again on every connection, so a DNS answer that
/// changes after registration cannot redirect deliveries to an internal address.
/// </summary>
internal sealed class WebhookUrlGuard(IOptionsMonitor<WebhookOptions> options)
{
    private bool AllowPrivate => options.CurrentValue.AllowPrivateNetworks;

    /// <summary>Why <paramref name="url"/> cannot be an endpoint, or null when it can.</summary>
    public async Task<string?> CheckAsync(string? url, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
        {
            return "The URL must be an absolute https URL.";
        }

        if (uri.Scheme == "http" && !AllowPrivate)
        {
            return "The URL must use https.";
        }

        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            return "The URL must not carry credentials.";
        }

        IPAddress[] addresses;
        try
        {
            addresses = await ResolveAsync(uri.IdnHost, cancellationToken).ConfigureAwait(false);
        }
        catch (SocketException)
        {
            return $"The host '{uri.Host}' does not resolve.";
        }

        return AllowPrivate || addresses.All(IsPublic) ? null : $"The host '{uri.Host}' resolves to a loopback, private, link-local or otherwise internal address.";
    }

    /// <summary>A <see cref="SocketsHttpHandler.ConnectCallback"/> that connects only to permitted addresses.</summary>
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var addresses = await ResolveAsync(context.DnsEndPoint.Host, cancellationToken).ConfigureAwait(false);
        var permitted = AllowPrivate ? addresses : [.. addresses.Where(IsPublic)];
        if (permitted.Length == 0)
        {
            throw new HttpRequestException($"Refused to connect to '{context.DnsEndPoint.Host}': it resolves only to internal addresses.");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(permitted, context.DnsEndPoint.Port, cancellationToken).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>Whether an address is on the public internet.</summary>
    internal static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any) || address.Equals(IPAddress.Broadcast))
        {
            return false;
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var bytes = address.GetAddressBytes();
            return !(address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast || address.IsIPv6UniqueLocal
                || (bytes[0] == 0x20 && bytes[1] == 0x01 && bytes[2] == 0x0d && bytes[3] == 0xb8) // 2001:db8::/32 documentation
                || (bytes[0] == 0x00 && bytes[1] == 0x64 && bytes[2] == 0xff && bytes[3] == 0x9b)); // 64:ff9b::/96 NAT64 can embed internal IPv4
        }

        var b = address.GetAddressBytes();
        return !(b[0] == 0 // 0.0.0.0/8
            || b[0] == 10 // 10.0.0.0/8
            || (b[0] == 100 && b[1] >= 64 && b[1] <= 127) // 100.64.0.0/10 carrier-grade NAT
            || b[0] == 127
            || (b[0] == 169 && b[1] == 254) // link-local, cloud metadata 169.254.169.254
            || (b[0] == 172 && b[1] >= 16 && b[1] <= 31)
            || (b[0] == 192 && b[1] == 0 && b[2] == 0) // 192.0.0.0/24 protocol assignments
            || (b[0] == 192 && b[1] == 0 && b[2] == 2) // TEST-NET-1
            || (b[0] == 192 && b[1] == 168)
            || (b[0] == 198 && (b[1] == 18 || b[1] == 19)) // benchmarking
            || (b[0] == 198 && b[1] == 51 && b[2] == 100) // TEST-NET-2
            || (b[0] == 203 && b[1] == 0 && b[2] == 113) // TEST-NET-3
            || b[0] >= 224); // multicast and reserved
    }

    private static async Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken) =>
        IPAddress.TryParse(host.Trim('[', ']'), out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, cancellationToken).ConfigureAwait(false);
}
