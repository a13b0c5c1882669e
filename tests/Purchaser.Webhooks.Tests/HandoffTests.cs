using System.Text.Json;
using Microsoft.Data.Sqlite;
using Purchaser.Contracts;

namespace Purchaser.Webhooks.Tests;

/// <summary>
/// Deliveries this host writes are leased to its own dispatcher in the same transaction and handed over in memory. A
/// host that goes away holding one loses nothing: another takes it over once the lease runs out, not before, and the
/// events of its RFQ still arrive in order.
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
        await Engine.StopAsync();
        var leasedUntil = await LeaseOfAsync(held.Id);
        Receiver.Default = _ => Task.CompletedTask;

        await using var survivor = new Engine(o => o.PollInterval = TimeSpan.FromMilliseconds(50), Engine.Directory);
        await survivor.StartAsyncAs(Engine);
        var attempts = await survivor.WaitForAttemptsAsync(endpoint.Id, a => a.Count(x => x.Succeeded) == 4, TimeSpan.FromSeconds(30));

        // The first host recorded nothing; the POST it held was sent again, with the same webhook-id, after its lease
        // (what it had only queued it gave back when it stopped).
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

    /// <summary>Until when the stopped host's lease holds the delivery of webhook message <paramref name="messageId"/>.</summary>
    private async Task<DateTimeOffset> LeaseOfAsync(string messageId)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(Engine.Directory, "purchaser.db")}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT lease_until FROM webhook_deliveries WHERE message_id = @message";
        command.Parameters.AddWithValue("@message", messageId);
        var until = (string?)await command.ExecuteScalarAsync() ?? throw new InvalidOperationException($"{messageId} is not leased.");
        return DateTimeOffset.Parse(until, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal);
    }
}
