using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Purchaser.AspNetCore.Tests.SampleHost;

/// <summary>The sample host as a real process on Kestrel, in a working folder of its own, that a test can kill outright.</summary>
internal sealed partial class HostProcess : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private HostProcess(string workingDirectory, int port, IReadOnlyDictionary<string, string> environment)
    {
        Url = new Uri($"http://127.0.0.1:{port}");
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Purchaser.Host.dll"), "--urls", Url.AbsoluteUri.TrimEnd('/')])
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment.Remove("ASPNETCORE_ENVIRONMENT");
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, e) => _output.Enqueue(e.Data ?? string.Empty);
        _process.ErrorDataReceived += (_, e) => _output.Enqueue(e.Data ?? string.Empty);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public Uri Url { get; }

    public string Output => string.Join('\n', _output);

    public static HostProcess Start(string workingDirectory, int port, IReadOnlyDictionary<string, string>? environment = null) =>
        new(workingDirectory, port, environment ?? new Dictionary<string, string>());

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
        using var client = new HttpClient { BaseAddress = Url };
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
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The host did not become ready:\n" + Output);
    }

    /// <summary>Ends the process at once (SIGKILL), as a crash would: no shutdown code runs.</summary>
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

    [GeneratedRegex(@"API key \(shown once, store it now\): (pur_[A-Za-z0-9_-]+)")]
    private static partial Regex KeyLine();
}
