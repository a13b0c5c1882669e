using System.Text.Json;
using Purchaser.Contracts;

namespace Purchaser.Webhooks.Tests;

/// <summary>
/// Deliveries this host writes are leased to its own dispatcher in the same transaction and handed over in memory. A
/// host that dies holding them loses nothing: another takes them over once the lease runs out, events of one RFQ still in
/// order, and not before.
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
    public async Task Deliveries_held_by_a_host_that_died_are_taken_over_in_order_once_its_lease_runs_out()
    {
        var (endpoint, _) = await Engine.RegisterAsync(Receiver.Url, EventTypes.RfqCreated, EventTypes.RfqPublished);
        // The receiver hangs: the host's one worker waits on the first POST and the rest stay in its hands.
        Receiver.Default = Receiver.Delay(TimeSpan.FromMinutes(1));
        var rfqs = new[] { await Engine.PublishRfqAsync("SO-1"), await Engine.PublishRfqAsync("SO-2") };
        var held = await Receiver.WaitForAsync(_ => true);
        await Engine.StopAsync();
        Receiver.Default = _ => Task.CompletedTask;

        await using var survivor = new Engine(o => o.PollInterval = TimeSpan.FromMilliseconds(50), Engine.Directory);
        await survivor.StartAsyncAs(Engine);
        var attempts = await survivor.WaitForAttemptsAsync(endpoint.Id, a => a.Count(x => x.Succeeded) == 4, TimeSpan.FromSeconds(30));

        // The dead host recorded nothing; what it held was sent again, with the same webhook-id, after its lease.
        Assert.Equal(4, attempts.Count);

        var taken = Receiver.Requests.Where(r => r.At > held.At).ToList();
        Assert.All(taken, r => Assert.True(r.At >= held.At + Lease - TimeSpan.FromSeconds(1), $"{r.Type} was sent {r.At - held.At} after the first POST, inside the dead host's lease."));
        Assert.Contains(taken, r => r.Id == held.Id);
        foreach (var rfq in rfqs)
        {
            var events = Receiver.Requests.Where(r => JsonDocument.Parse(r.Body).RootElement.GetProperty("data").GetProperty("rfqId").GetGuid() == rfq.Id.Value).Select(r => r.Type).Distinct().ToList();
            Assert.Equal([EventTypes.RfqCreated, EventTypes.RfqPublished], events);
        }
    }
}
