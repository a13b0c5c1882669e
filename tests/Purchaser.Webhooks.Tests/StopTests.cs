using System.Text.Json;
using Purchaser.Contracts;

namespace Purchaser.Webhooks.Tests;

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
