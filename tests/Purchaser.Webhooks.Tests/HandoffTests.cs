using System.Text.Json;
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
        Receiver.Default = _ => Task.CompletedTask;

        await using var survivor = new Engine(o => o.PollInterval = TimeSpan.FromMilliseconds(50), Engine.Directory);
        await survivor.StartAsyncAs(Engine);
        var attempts = await survivor.WaitForAttemptsAsync(endpoint.Id, a => a.Count(x => x.Succeeded) == 4, TimeSpan.FromSeconds(30));

        // The first host recorded nothing; the POST it held was sent again, with the same webhook-id, after its lease
        // (what it had only queued it gave back when it stopped).
        Assert.Equal(4, attempts.Count);
        var again = Assert.Single(Receiver.Requests, r => r.Id == held.Id && r != held);
        Assert.True(again.At >= held.At + Lease - TimeSpan.FromSeconds(1), $"Sent again {again.At - held.At} after the first POST, inside the first host's lease.");
        foreach (var rfq in rfqs)
        {
            var events = Receiver.Requests.Where(r => JsonDocument.Parse(r.Body).RootElement.GetProperty("data").GetProperty("rfqId").GetGuid() == rfq.Id.Value).Select(r => r.Type).Distinct().ToList();
            Assert.Equal([EventTypes.RfqCreated, EventTypes.RfqPublished], events);
        }
    }
}

/// <summary>A host that stops gives back the leases of deliveries it had queued but not started, so they go out at once after a restart.</summary>
public sealed class StopTests() : EngineWithReceiver(new Engine(o =>
{
    o.LeaseDuration = TimeSpan.FromMinutes(5);
    o.MaxConcurrentDeliveries = 1;
}))
{
    [Fact]
    public async Task Deliveries_queued_but_not_started_are_sent_after_a_restart_without_waiting_for_their_lease()
    {
        var (endpoint, _) = await Engine.RegisterAsync(Receiver.Url, EventTypes.RfqCreated, EventTypes.RfqPublished);
        Receiver.Default = Receiver.Delay(TimeSpan.FromMinutes(1));
        var first = await Engine.PublishRfqAsync("SO-1");
        var second = await Engine.PublishRfqAsync("SO-2");
        var held = await Receiver.WaitForAsync(_ => true);
        await Engine.StopAsync();
        Receiver.Default = _ => Task.CompletedTask;

        await Engine.StartAsync();

        // The POST in flight keeps its lease (it may have arrived): that RFQ waits. The other RFQ's events, which were only
        // queued, arrive in order well before the five-minute lease.
        var other = JsonDocument.Parse(held.Body).RootElement.GetProperty("data").GetProperty("rfqId").GetGuid() == first.Id.Value ? second : first;
        await Receiver.WaitForAsync(r => r.Type == EventTypes.RfqPublished && RfqOf(r) == other.Id.Value, TimeSpan.FromSeconds(20));
        var events = Receiver.Requests.Where(r => RfqOf(r) == other.Id.Value).Select(r => r.Type).Distinct().ToList();
        Assert.Equal([EventTypes.RfqCreated, EventTypes.RfqPublished], events);
        Assert.DoesNotContain(Receiver.Requests, r => r.Id == held.Id && r != held);
    }

    private static Guid RfqOf(ReceivedRequest request) => JsonDocument.Parse(request.Body).RootElement.GetProperty("data").GetProperty("rfqId").GetGuid();
}
