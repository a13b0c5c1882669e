using System.Text.Json;
using Microsoft.Data.Sqlite;
using Purchaser.Contracts;

namespace Purchaser.Webhooks.Tests;

/// <summary>
/// The host holding the fan-out lease sends first attempts straight from the outbox. One that dies holding it loses
/// nothing: another host takes over once the lease runs out, not before, sends again from the stored checkpoint what
/// the dead host had not settled, and the events of each RFQ still arrive in order.
/// </summary>
public sealed class HandoffTests() : EngineWithReceiver(new Engine(o =>
{
    o.LeaseDuration = Lease;
    o.MaxConcurrentDeliveries = 1;
    o.PollInterval = TimeSpan.FromMinutes(1);
}))
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(3);

    [Fact]
    public async Task A_delivery_a_host_held_when_it_went_away_is_taken_over_in_order_once_its_lease_runs_out()
    {
        var (endpoint, _) = await Engine.RegisterAsync(Receiver.Url, EventTypes.RfqCreated, EventTypes.RfqPublished);
        // The receiver hangs: the host's one worker waits on the first POST and the rest stay in its hands.
        Receiver.Default = Receiver.Delay(TimeSpan.FromMinutes(1));
        var rfqs = new[] { await Engine.PublishRfqAsync("SO-1"), await Engine.PublishRfqAsync("SO-2") };
        var held = await Receiver.WaitForAsync(_ => true);
        var (owner, expiresAt) = await FanOutLeaseAsync();
        await Engine.StopAsync();
        // Stopping gave the lease back; a host that died instead leaves it as it was until it runs out.
        await SetFanOutLeaseAsync(owner, expiresAt);
        var leasedUntil = DateTimeOffset.Parse(expiresAt, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal);
        Receiver.Default = _ => Task.CompletedTask;

        await using var survivor = new Engine(o => o.PollInterval = TimeSpan.FromMilliseconds(50), Engine.Directory);
        await survivor.StartAsyncAs(Engine);
        var attempts = await survivor.WaitForAttemptsAsync(endpoint.Id, a => a.Count(x => x.Succeeded) == 4, TimeSpan.FromSeconds(30));

        // The first host recorded nothing; the POST it held was sent again, with the same webhook-id, after its lease.
        Assert.Equal(4, attempts.Count);
        var again = Assert.Single(Receiver.Requests, r => r.Id == held.Id && r != held);
        // Measured against the lease itself: on a busy machine the first POST can leave well after the lease was taken.
        Assert.True(again.At >= leasedUntil, $"Sent again at {again.At:O}, before the first host's lease ran out at {leasedUntil:O}.");
        foreach (var rfq in rfqs)
        {
            var events = Receiver.Requests.Where(r => JsonDocument.Parse(r.Body).RootElement.GetProperty("data").GetProperty("rfqId").GetGuid() == rfq.Id.Value).Select(r => r.Type).Distinct().ToList();
            Assert.Equal([EventTypes.RfqCreated, EventTypes.RfqPublished], events);
        }
    }

    private async Task<(string Owner, string ExpiresAt)> FanOutLeaseAsync()
    {
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT owner, expires_at FROM leases WHERE name = 'webhook-fanout'";
        await using var reader = await command.ExecuteReaderAsync();
        return await reader.ReadAsync() ? (reader.GetString(0), reader.GetString(1)) : throw new InvalidOperationException("Nobody holds the fan-out lease.");
    }

    private async Task SetFanOutLeaseAsync(string owner, string expiresAt)
    {
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT OR REPLACE INTO leases (name, owner, expires_at) VALUES ('webhook-fanout', @owner, @expires)";
        command.Parameters.AddWithValue("@owner", owner);
        command.Parameters.AddWithValue("@expires", expiresAt);
        await command.ExecuteNonQueryAsync();
    }

    private async Task<SqliteConnection> OpenAsync()
    {
        var connection = new SqliteConnection($"Data Source={Path.Combine(Engine.Directory, "purchaser.db")}");
        await connection.OpenAsync();
        return connection;
    }
}
