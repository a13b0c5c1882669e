using System.Text.Json;
using Purchaser.Contracts;

namespace Purchaser.Webhooks.Tests;

/// <summary>
/// A host that stops gives back the fan-out lease and the leases of stored deliveries it had queued, so after a restart
/// everything it had not settled goes out at once: what it had only queued, and the POST it had in flight, again.
/// </summary>
public sealed class StopTests() : EngineWithReceiver(new Engine(o =>
{
    o.LeaseDuration = TimeSpan.FromMinutes(5);
    o.MaxConcurrentDeliveries = 1;
}))
{
    [Fact]
    public async Task Deliveries_not_settled_are_sent_after_a_restart_without_waiting_for_a_lease()
    {
        var (endpoint, _) = await Engine.RegisterAsync(Receiver.Url, EventTypes.RfqCreated, EventTypes.RfqPublished);
        Receiver.Default = Receiver.Delay(TimeSpan.FromMinutes(1));
        var first = await Engine.PublishRfqAsync("SO-1");
        var second = await Engine.PublishRfqAsync("SO-2");
        var held = await Receiver.WaitForAsync(_ => true);
        await Engine.StopAsync();
        Receiver.Default = _ => Task.CompletedTask;

        await Engine.StartAsync();

        // Well before the five-minute lease: the POST in flight was never recorded, so it goes out again with the same
        // webhook-id (it may have arrived; the receiver dedupes), and every RFQ's events arrive in order.
        foreach (var rfq in new[] { first, second })
        {
            await Receiver.WaitForAsync(r => r.Type == EventTypes.RfqPublished && RfqOf(r) == rfq.Id.Value, TimeSpan.FromSeconds(20));
            var events = Receiver.Requests.Where(r => RfqOf(r) == rfq.Id.Value).Select(r => r.Type).Distinct().ToList();
            Assert.Equal([EventTypes.RfqCreated, EventTypes.RfqPublished], events);
        }

        Assert.Contains(Receiver.Requests, r => r.Id == held.Id && r != held);
    }

    private static Guid RfqOf(ReceivedRequest request) => JsonDocument.Parse(request.Body).RootElement.GetProperty("data").GetProperty("rfqId").GetGuid();
}
