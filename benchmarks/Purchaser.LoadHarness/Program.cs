using System.Diagnostics;
using System.Globalization;
using Npgsql;
using Purchaser.AspNetCore.Tests.Cluster;
using Purchaser.AspNetCore.Tests.Processes;
using Purchaser.Contracts;

// Measures sourcing throughput of one and of two host processes on one PostgreSQL database:
//   dotnet run -c Release --project benchmarks/Purchaser.LoadHarness -- [rfqs=500] [parallelism=16]
// Each run gets a fresh database on the server named by PURCHASER_TEST_POSTGRES (default: the CI server on loopback).
var rfqs = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 500;
var parallelism = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 16;
var admin = Environment.GetEnvironmentVariable("PURCHASER_TEST_POSTGRES") is { Length: > 0 } configured
    ? configured
    : "Host=127.0.0.1;Port=5432;Username=purchaser;Password=purchaser;Database=postgres";

Console.WriteLine($"{rfqs} RFQs, {parallelism} at a time, {Environment.ProcessorCount} cores, load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
Console.WriteLine("| hosts | RFQs/s (API: create, attach, publish, quote, 2 awards) | requests/s | all webhooks delivered after |");
Console.WriteLine("|---|---|---|---|");
foreach (var hosts in new[] { 1, 2 })
{
    var (result, delivered) = await RunAsync(hosts);
    Console.WriteLine($"| {hosts} | {result.RfqsPerSecond:F1} | {result.RequestsPerSecond:F0} | {delivered.TotalSeconds:F1} s |");
}

async Task<(LoadResult Result, TimeSpan Delivered)> RunAsync(int count)
{
    var database = $"purchaser_load_{Guid.NewGuid():N}";
    await AdminAsync($"CREATE DATABASE {database}");
    var working = Directory.CreateTempSubdirectory("purchaser-load-").FullName;
    var processes = new List<HostProcess>();
    try
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var settings = new Dictionary<string, string>
        {
            ["Purchaser:Storage:Provider"] = "PostgreSql",
            ["ConnectionStrings:Purchaser"] = new NpgsqlConnectionStringBuilder(admin) { Database = database }.ConnectionString,
            ["Purchaser:Bootstrap:ApiKey"] = "pur_load_harness_key_0123456789abcdef0123",
            ["Purchaser:Mail:Directory"] = Path.Combine(working, "maildrop"),
            ["Purchaser:Mail:PollInterval"] = "00:00:00.100",
            ["Purchaser:Webhooks:AllowPrivateNetworks"] = "true",
            ["Purchaser:Webhooks:PollInterval"] = "00:00:00.050",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        for (var i = 0; i < count; i++)
        {
            processes.Add(await HostProcess.StartReadyAsync(working, settings));
        }

        var clients = processes.Select(p => p.Client(settings["Purchaser:Bootstrap:ApiKey"])).ToList();
        using var endpoint = await clients[0].PostAsync(
            new Uri("/api/v1/webhooks/endpoints", UriKind.Relative),
            System.Net.Http.Json.JsonContent.Create(new Purchaser.Contracts.Webhooks.CreateWebhookEndpointRequest { Url = receiver.Url }));
        endpoint.EnsureSuccessStatusCode();
        var load = await SourcingLoad.PrepareAsync(clients);
        var clock = Stopwatch.StartNew();
        var result = await load.RunAsync(rfqs, parallelism);

        // Five events per RFQ: created, published, quote received, closed, awarded.
        while (receiver.Receipts.Select(r => r.WebhookId).Distinct().Count() < rfqs * 5 && clock.Elapsed < TimeSpan.FromMinutes(5))
        {
            await Task.Delay(50);
        }

        return (result, clock.Elapsed);
    }
    finally
    {
        foreach (var process in processes)
        {
            process.Dispose();
        }

        NpgsqlConnection.ClearAllPools();
        await AdminAsync($"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
        Directory.Delete(working, recursive: true);
    }
}

async Task AdminAsync(string sql)
{
    await using var connection = new NpgsqlConnection(admin);
    await connection.OpenAsync();
    await using var command = new NpgsqlCommand(sql, connection);
    await command.ExecuteNonQueryAsync();
}
