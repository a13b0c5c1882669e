using PuppeteerSharp;
using Purchaser.AspNetCore.Tests.Processes;

namespace Purchaser.AspNetCore.Tests;

/// <summary>
/// One sample host process and one headless Chromium shared by the UI tests (each test works on RFQs and vendors of its
/// own): starting them per test costs seconds of a 2-core machine. Chromium starts first, so a machine without it
/// fails before any process was left running.
/// </summary>
public sealed class UiHost : IAsyncLifetime
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly string _workingDirectory = Directory.CreateTempSubdirectory("purchaser-ui-").FullName;
    private HostProcess? _host;

    public IBrowser Browser { get; private set; } = null!;

    public HttpClient Api { get; private set; } = null!;

    public string Key { get; private set; } = null!;

    public Uri Url => _host!.Url;

    public async Task InitializeAsync()
    {
        Browser = await Tests.Browser.LaunchAsync();
        _host = HostProcess.Start(_workingDirectory);
        Key = await _host.WaitForKeyAsync(Patience);
        Api = _host.Client(Key);
    }

    public async Task DisposeAsync()
    {
        try
        {
            if (Browser is not null)
            {
                await Browser.DisposeAsync();
            }
        }
        finally
        {
            Api?.Dispose();
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
    }
}
