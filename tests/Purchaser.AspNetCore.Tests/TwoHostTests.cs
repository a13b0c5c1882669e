using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using Purchaser.AspNetCore.Tests.Cluster;
using Purchaser.AspNetCore.Tests.Processes;
using Purchaser.Contracts;
using Purchaser.Contracts.Webhooks;
using Purchaser.Storage.PostgreSql.Tests;
using Xunit.Abstractions;

namespace Purchaser.AspNetCore.Tests;

/// <summary>
/// Two real host processes on one PostgreSQL database behave as one system while one of them is killed mid-run:
/// every event reaches the ERP's webhook at least once (a repeat carries the same <c>webhook-id</c>), each RFQ's
/// events arrive in order, two simultaneous awards of one RFQ never both win, and no RFQ is lost.
/// </summary>
[Collection(nameof(TwoHostTests))]
public sealed class TwoHostTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Rfqs = 500;
    private const string ApiKey = "pur_two_hosts_key_0123456789abcdef012345";

    private readonly string _workingDirectory = Directory.CreateTempSubdirectory("purchaser-two-hosts-").FullName;
    private readonly List<HostProcess> _hosts = [];
    private TestDatabase? _database;
    private WebhookReceiver? _receiver;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _receiver = await WebhookReceiver.StartAsync();
    }

    public async Task DisposeAsync()
    {
        foreach (var host in _hosts)
        {
            host.Dispose();
        }

        if (_receiver is not null)
        {
            await _receiver.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        Directory.Delete(_workingDirectory, recursive: true);
    }

    [Fact]
    public async Task Two_hosts_on_one_database_lose_nothing_and_double_nothing_when_one_is_killed()
    {
        // One after the other: the first migrates and seeds the tenant, the second finds both.
        _hosts.Add(await HostProcess.StartReadyAsync(_workingDirectory, Settings()));
        _hosts.Add(await HostProcess.StartReadyAsync(_workingDirectory, Settings()));
        var clients = _hosts.Select(h => h.Client(ApiKey)).ToList();
        await (await clients[1].PostAsJsonAsync("/api/v1/webhooks/endpoints", new CreateWebhookEndpointRequest { Url = _receiver!.Url }, Api.Json)).ReadAsync<WebhookSecretResource>(System.Net.HttpStatusCode.Created);
        var load = await SourcingLoad.PrepareAsync(clients);

        var result = await load.RunAsync(Rfqs, parallelism: 16, completed: done =>
        {
            if (done == Rfqs / 2)
            {
                _hosts[1].Kill();
            }
        });
        output.WriteLine($"{result.Rfqs} RFQs in {result.Elapsed.TotalSeconds:F1} s ({result.RfqsPerSecond:F1} RFQ/s, {result.RequestsPerSecond:F0} requests/s); " +
            $"{result.Duels} award races answered ({result.TwoHostDuels} through both hosts), {result.Rerouted} requests re-sent to the survivor, {result.AbandonedReplies} re-posts of a reply the killed host stored unread");

        Assert.Equal(0, result.DoubleAwards);
        Assert.True(result.TwoHostDuels > 100, $"Only {result.TwoHostDuels} awards raced through both hosts.");
        Assert.Equal(result.Duels, result.DuelsWithOneWinner);
        Assert.True(_hosts[1].HasExited, "The second host was killed halfway.");

        var outbox = await ReadOutboxAsync();
        await WaitUntilDeliveredAsync(outbox);
        var receipts = _receiver.Receipts.ToList();

        // At least once, and a repeat is the same message under the same webhook-id.
        Assert.Empty(outbox.Select(m => m.Id).Except(receipts.Select(r => r.WebhookId)));
        Assert.Empty(receipts.Select(r => r.WebhookId).Except(outbox.Select(m => m.Id)));
        Assert.All(receipts.GroupBy(r => r.WebhookId), repeats => Assert.Single(repeats.Select(r => r.Body).Distinct()));
        output.WriteLine($"{outbox.Count} events, {receipts.Count} deliveries ({receipts.Count - outbox.Count} repeats)");

        // One of each event per RFQ, first received in the order they happened.
        var firstReceipt = receipts.GroupBy(r => r.WebhookId).ToDictionary(g => g.Key, g => g.Min(r => r.Order));
        var perRfq = outbox.Where(m => m.Type != EventTypes.Ping).GroupBy(m => m.SubjectId).Where(g => g.Any(m => m.Type == EventTypes.RfqCreated)).ToList();
        Assert.Equal(Rfqs, perRfq.Count);
        Assert.All(perRfq, events =>
        {
            // rfq.published waits for the invitation to be sent, so the vendor's quote may come before it; an award closes the RFQ.
            Assert.Equal(new[] { EventTypes.QuoteReceived, EventTypes.RfqAwarded, EventTypes.RfqClosed, EventTypes.RfqCreated, EventTypes.RfqPublished }, events.Select(m => m.Type).Order(StringComparer.Ordinal));
            var order = events.OrderBy(m => m.Sequence).Select(m => firstReceipt[m.Id]).ToList();
            Assert.Equal(order.Order(), order);
        });

        // Nothing lost: every RFQ is there once, awarded once.
        var awarded = await ListAwardedAsync(clients[0]);
        Assert.Equal(Rfqs, awarded.Count);
        Assert.Equal(Rfqs, awarded.Select(r => r.Reference).Distinct().Count());
        Assert.All(awarded, r => Assert.Single(r.Award!.Lines));
    }

    private Dictionary<string, string> Settings() => new()
    {
        ["Purchaser:Storage:Provider"] = "PostgreSql",
        // Commits wait for no disk flush: a killed host process loses nothing either way, and the run stays short.
        ["ConnectionStrings:Purchaser"] = _database!.ConnectionString + ";Options=-c synchronous_commit=off",
        ["Purchaser:Bootstrap:ApiKey"] = ApiKey,
        ["Purchaser:LeaseDuration"] = "00:00:02",
        ["Purchaser:Mail:Directory"] = Path.Combine(_workingDirectory, "maildrop"),
        ["Purchaser:Mail:PollInterval"] = "00:00:00.100",
        ["Purchaser:Mail:ClaimLease"] = "00:00:03",
        ["Purchaser:Webhooks:AllowPrivateNetworks"] = "true",
        ["Purchaser:Webhooks:PollInterval"] = "00:00:00.050",
        ["Purchaser:Webhooks:LeaseDuration"] = "00:00:03",
        ["Logging:LogLevel:Default"] = "Warning",
    };

    private async Task<List<OutboxRow>> ReadOutboxAsync()
    {
        await using var connection = await _database!.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT sequence, id, event_type, subject_id FROM outbox ORDER BY sequence", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<OutboxRow>();
        while (await reader.ReadAsync())
        {
            rows.Add(new OutboxRow(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetGuid(3)));
        }

        return rows;
    }

    private async Task WaitUntilDeliveredAsync(List<OutboxRow> outbox)
    {
        var expected = outbox.Select(m => m.Id).ToHashSet();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            // rfq.published is written when the invitations are sent, which may still be under way: read the outbox again.
            outbox.Clear();
            outbox.AddRange(await ReadOutboxAsync());
            expected = outbox.Select(m => m.Id).ToHashSet();
            expected.ExceptWith(_receiver!.Receipts.Select(r => r.WebhookId));
            if (expected.Count == 0 && outbox.Count(m => m.Type == EventTypes.RfqPublished) == Rfqs)
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail($"{expected.Count} of {outbox.Count} events were never delivered, e.g. {string.Join(", ", expected.Take(5))}.");
    }

    private static async Task<List<RfqResource>> ListAwardedAsync(HttpClient client)
    {
        var all = new List<RfqResource>();
        string? cursor = null;
        do
        {
            var page = await (await client.GetAsync($"/api/v1/rfqs?status=awarded&limit=100{(cursor is null ? string.Empty : $"&cursor={Uri.EscapeDataString(cursor)}")}")).ReadAsync<PageDto<RfqResource>>();
            all.AddRange(page.Items);
            cursor = page.NextCursor;
        }
        while (cursor is not null);

        return all;
    }

    private sealed record OutboxRow(long Sequence, string Id, string Type, Guid SubjectId);
}

/// <summary>The two-host run has the machine to itself: it starts two processes and measures nothing else's load.</summary>
[CollectionDefinition(nameof(TwoHostTests), DisableParallelization = true)]
public sealed class TwoHostCollection;
