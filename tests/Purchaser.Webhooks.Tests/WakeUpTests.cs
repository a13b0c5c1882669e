using Microsoft.Extensions.DependencyInjection;
using Purchaser.Contracts;

namespace Purchaser.Webhooks.Tests;

/// <summary>
/// A commit in this process wakes the dispatcher: with a poll interval of a minute, an event is still sent within
/// seconds. Each test would time out if the dispatcher only looked when polling.
/// </summary>
public sealed class WakeUpTests() : EngineWithReceiver(new Engine(o => o.PollInterval = TimeSpan.FromMinutes(1)))
{
    private static readonly TimeSpan WellBeforeThePoll = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task A_state_change_is_delivered_without_waiting_for_the_poll()
    {
        var (endpoint, _) = await Engine.RegisterAsync(Receiver.Url);

        await Engine.PublishRfqAsync();

        await Receiver.WaitForAsync(r => r.Type == EventTypes.RfqCreated, WellBeforeThePoll);
        await Receiver.WaitForAsync(r => r.Type == EventTypes.RfqPublished, WellBeforeThePoll);
        await Engine.WaitForAttemptsAsync(endpoint.Id, a => a.Count(x => x.Succeeded) >= 2, WellBeforeThePoll);
    }

    [Fact]
    public async Task Test_pings_are_delivered_without_waiting_for_the_poll()
    {
        var (endpoint, _) = await Engine.RegisterAsync(Receiver.Url);

        // The first may be found by the dispatcher's first pass at start; the second comes when it is idle.
        var first = await Engine.UseAsync(sp => sp.GetRequiredService<WebhookEndpointService>().SendTestAsync(Engine.Tenant, endpoint.Id));
        await Engine.WaitForAttemptsAsync(endpoint.Id, a => a.Any(x => x.MessageId == first), WellBeforeThePoll);
        var second = await Engine.UseAsync(sp => sp.GetRequiredService<WebhookEndpointService>().SendTestAsync(Engine.Tenant, endpoint.Id));

        await Receiver.WaitForAsync(r => r.Id == second, WellBeforeThePoll);
    }
}
