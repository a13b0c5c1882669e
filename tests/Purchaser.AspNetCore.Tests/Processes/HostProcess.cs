using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace Purchaser.AspNetCore.Tests.Processes;

/// <summary>
/// The reference host as a real process on Kestrel, run from the test's output folder in a working folder of its own and
/// configured by environment variables as an operator would; a test can kill it outright.
/// </summary>
public sealed partial class HostProcess : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private HostProcess(string workingDirectory, int port, IReadOnlyDictionary<string, string> settings)
    {
        Url = new Uri($"http://127.0.0.1:{port}");
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Purchaser.Host.dll"), "--urls", Url.AbsoluteUri.TrimEnd('/')])
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment.Remove("ASPNETCORE_ENVIRONMENT");
        start.Environment.Remove("DOTNET_ENVIRONMENT");
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("The host process did not start.");
        _process.OutputDataReceived += (_, e) => _output.Enqueue(e.Data ?? string.Empty);
        _process.ErrorDataReceived += (_, e) => _output.Enqueue(e.Data ?? string.Empty);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>Where the host listens.</summary>
    public Uri Url { get; }

    /// <summary>What the host printed so far, standard output and error interleaved.</summary>
    public string Output => string.Join('\n', _output);

    /// <summary>Each line the host printed so far.</summary>
    public IEnumerable<string> Lines => _output;

    public bool HasExited => _process.HasExited;

    /// <summary>Starts the host on <paramref name="port"/> (a free one when null) with <paramref name="settings"/> (configuration keys, <c>:</c> or <c>__</c>).</summary>
    public static HostProcess Start(string workingDirectory, int? port = null, IReadOnlyDictionary<string, string>? settings = null) =>
        new(workingDirectory, port ?? FreePort(), settings ?? new Dictionary<string, string>());

    /// <summary>Starts the host and waits until <c>/readyz</c> answers; a host that never does is killed.</summary>
    public static async Task<HostProcess> StartReadyAsync(string workingDirectory, IReadOnlyDictionary<string, string> settings)
    {
        var host = Start(workingDirectory, null, settings);
        try
        {
            await host.WaitUntilReadyAsync(Patience);
            return host;
        }
        catch
        {
            host.Dispose();
            throw;
        }
    }

    /// <summary>The API key a first start prints once.</summary>
    public async Task<string> WaitForKeyAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline && !_process.HasExited)
        {
            if (_output.Select(line => KeyLine().Match(line)).FirstOrDefault(m => m.Success) is { } match)
            {
                return match.Groups[1].Value;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The host printed no API key:\n" + Output);
    }

    /// <summary>Waits until <c>/readyz</c> answers 200.</summary>
    public async Task WaitUntilReadyAsync(TimeSpan timeout)
    {
        using var client = new HttpClient { BaseAddress = Url, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline && !_process.HasExited)
        {
            try
            {
                if ((await client.GetAsync(new Uri("/readyz", UriKind.Relative))).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"The host at {Url} did not become ready:\n{Output}");
    }

    /// <summary>A client of this host authenticated with <paramref name="apiKey"/>.</summary>
    public HttpClient Client(string apiKey)
    {
        var client = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(1) }) { BaseAddress = Url, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        return client;
    }

    /// <summary>Ends the process at once (SIGKILL), as a crash or an OOM kill would: no shutdown code runs, no lease is released.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    /// <summary>A loopback port nobody listens on right now.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex(@"API key \(shown once, store it now\): (pur_[A-Za-z0-9_-]+)")]
    private static partial Regex KeyLine();
}
