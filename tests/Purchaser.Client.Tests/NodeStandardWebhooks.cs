using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Purchaser.Client.Tests;

/// <summary>
/// The npm <c>standardwebhooks</c> package, run by node from <c>tests/interop-node</c> (installed by <c>.ci/services.sh</c>):
/// a second implementation of Standard Webhooks that shares no code with ours or the NuGet package's.
/// </summary>
internal static class NodeStandardWebhooks
{
    public static async Task<string> SignAsync(string secret, string id, long timestamp, byte[] body) =>
        (await RunAsync(new JsonObject { ["op"] = "sign", ["secret"] = secret, ["id"] = id, ["timestamp"] = timestamp, ["body"] = Convert.ToBase64String(body) }))[0]!["signature"]!.GetValue<string>();

    /// <summary>Verifies each header with the package; the result is the error the package gave, or null when it accepted.</summary>
    public static async Task<IReadOnlyList<string?>> VerifyAsync(string secret, string id, long timestamp, byte[] body, params string[] signatureHeaders)
    {
        var results = await RunAsync([.. signatureHeaders.Select(header => new JsonObject
        {
            ["op"] = "verify", ["secret"] = secret, ["id"] = id, ["timestamp"] = timestamp, ["signature"] = header, ["body"] = Convert.ToBase64String(body),
        })]);
        return [.. results.Select(r => r!["valid"]!.GetValue<bool>() ? null : r["error"]?.GetValue<string>() ?? "rejected")];
    }

    private static async Task<JsonArray> RunAsync(params JsonObject[] operations)
    {
        var directory = Path.Combine(RepositoryRoot(), "tests", "interop-node");
        Assert.True(Directory.Exists(Path.Combine(directory, "node_modules", "standardwebhooks")), $"The npm package is not installed in {directory}; run .ci/services.sh (npm ci there).");

        // A missing node fails here (Process.Start throws): the peer is a requirement of this suite, never skipped.
        using var node = Process.Start(new ProcessStartInfo("node", ["standardwebhooks.mjs"])
        {
            WorkingDirectory = directory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        await node.StandardInput.WriteAsync(new JsonArray([.. operations]).ToJsonString());
        node.StandardInput.Close();
        var output = node.StandardOutput.ReadToEndAsync();
        var errors = node.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await node.WaitForExitAsync(timeout.Token);
        Assert.True(node.ExitCode == 0, $"node exited with {node.ExitCode}: {await errors}");
        return JsonNode.Parse(await output)!.AsArray();
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Purchaser.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No Purchaser.sln above {AppContext.BaseDirectory}.");
    }
}
