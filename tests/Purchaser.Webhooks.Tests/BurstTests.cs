using Purchaser.Contracts;

namespace Purchaser.Webhooks.Tests;

/// <summary>
/// A burst larger than what the fan-out reads ahead (64 rounds of workers unsettled) goes out without waiting for the
/// poll: as deliveries settle, the fan-out is woken to read on. The poll and the fan-out lease's renewal are minutes
/// apart here, so only that wake-up can deliver the burst in time.
/// </summary>
public sealed class BurstTests() : EngineWithReceiver(new Engine(
    o =>
    {
        o.MaxConcurrentDeliveries = 1;
        o.PollInterval = TimeSpan.FromMinutes(1);
        o.Timeout = TimeSpan.FromSeconds(10);
    },
    configurePurchaser: o => o.LeaseDuration = TimeSpan.FromMinutes(10)))
{
    [Fact]
    public async Task A_burst_beyond_the_read_ahead_window_is_delivered_without_waiting_for_the_poll()
    {
        var (endpoint, _) = await Engine.RegisterAsync(Receiver.Url, EventTypes.RfqCreated, EventTypes.RfqPublished);
        // The one worker waits on the first POST while the burst is written: the fan-out fills its window and stops.
        Receiver.Then(Receiver.Delay(TimeSpan.FromSeconds(2)));

        for (var i = 0; i < 50; i++)
        {
            await Engine.PublishRfqAsync($"SO-{i}");
        }

        var attempts = await Engine.WaitForAttemptsAsync(endpoint.Id, a => a.Count(x => x.Succeeded) >= 100, TimeSpan.FromSeconds(20));
        Assert.Equal(100, attempts.Select(a => a.MessageId).Distinct().Count());
        Assert.Equal(100, Receiver.Requests.Select(r => r.Id).Distinct().Count());
    }
}
