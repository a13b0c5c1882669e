using PuppeteerSharp;

namespace Purchaser.AspNetCore.Tests;

/// <summary>
/// Debian's Chromium, headless, for the UI tests. A machine without it fails the tests with what to install: the CI
/// script installs it, and a UI test that skipped itself would prove nothing.
/// </summary>
internal static class Browser
{
    public static Task<IBrowser> LaunchAsync()
    {
        var path = Environment.GetEnvironmentVariable("PURCHASER_CHROMIUM") is { Length: > 0 } configured ? configured : "/usr/bin/chromium";
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"No Chromium at {path}: install Debian's 'chromium' package (.ci/services.sh does) or set PURCHASER_CHROMIUM.");
        }

        return Puppeteer.LaunchAsync(new LaunchOptions
        {
            ExecutablePath = path,
            Headless = true,
            // The machine has no network beyond loopback: without these Chromium keeps trying to reach Google's hosts.
            Args = ["--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }
}
