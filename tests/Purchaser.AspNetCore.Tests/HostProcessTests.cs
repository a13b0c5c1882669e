using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Purchaser.Contracts;

namespace Purchaser.AspNetCore.Tests;

/// <summary>
/// The reference host as a newcomer runs it: a real process on Kestrel with zero configuration, answering the
/// create → attach list → publish → get sequence with the key it printed.
/// </summary>
public sealed partial class HostProcessTests : IDisposable
{
    private readonly string _workingDirectory = Directory.CreateTempSubdirectory("purchaser-host-").FullName;
    private Process? _host;

    [Fact]
    public async Task A_zero_configuration_start_prints_its_url_and_key_and_serves_the_flow()
    {
        var port = FreePort();
        var output = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Purchaser.Host.dll"), "--urls", $"http://127.0.0.1:{port}"])
        {
            WorkingDirectory = _workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment.Remove("ASPNETCORE_ENVIRONMENT");
        _host = Process.Start(start)!;
        _host.OutputDataReceived += (_, e) => output.Enqueue(e.Data ?? string.Empty);
        _host.ErrorDataReceived += (_, e) => output.Enqueue(e.Data ?? string.Empty);
        _host.BeginOutputReadLine();
        _host.BeginErrorReadLine();

        var key = await WaitForKeyAsync(output, TimeSpan.FromSeconds(60));
        Assert.Contains(output, line => line.Contains($"http://127.0.0.1:{port}", StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(_workingDirectory, "purchaser.db")), "The default SQLite file is created in the working folder.");

        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        var vendor = await client.CreateVendorAsync("Acme Machining");
        var list = await client.CreateListAsync("Complex Parts", vendor.Id);
        var rfq = await client.CreateRfqAsync();
        await (await client.PostAsJsonAsync($"/api/v1/rfqs/{rfq.Id}/vendors", new AttachVendorsRequest { VendorListId = list.Id }, Api.Json)).ReadAsync<RfqResource>();
        await (await client.PostAsync($"/api/v1/rfqs/{rfq.Id}/publish", null)).ReadAsync<RfqResource>();
        var published = await (await client.GetAsync($"/api/v1/rfqs/{rfq.Id}")).ReadAsync<RfqResource>();

        Assert.Equal("published", published.Status);
        Assert.Equal([new RfqVendorDto(vendor.Id, "invited")], published.Vendors);
        Assert.Equal(HttpStatusCode.Unauthorized, (await new HttpClient().GetAsync($"http://127.0.0.1:{port}/api/v1/rfqs")).StatusCode);
    }

    public void Dispose()
    {
        if (_host is { HasExited: false })
        {
            _host.Kill(entireProcessTree: true);
            _host.WaitForExit(10_000);
        }

        _host?.Dispose();
        try
        {
            Directory.Delete(_workingDirectory, recursive: true);
        }
        catch (IOException)
        {
            // The OS may still hold the database file for a moment after the kill; the temp folder is disposable.
        }
    }

    private static async Task<string> WaitForKeyAsync(System.Collections.Concurrent.ConcurrentQueue<string> output, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            foreach (var line in output)
            {
                if (KeyLine().Match(line) is { Success: true } match)
                {
                    return match.Groups[1].Value;
                }
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The host printed no API key:\n" + string.Join('\n', output));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex(@"API key \(shown once, store it now\): (pur_[A-Za-z0-9_-]+)")]
    private static partial Regex KeyLine();
}
