using Microsoft.Extensions.DependencyInjection;
using Purchaser.Contracts;

namespace Purchaser.Webhooks.Tests;

/// <summary>
/// A commit in this process wakes the dispatcher: with a poll interval of a minute, an event is still sent within
/// seconds. Each test would time out if the dispatcher only looked when polling.
/// </summary>
public sealed class WakeUpTests : IAsyncLifetime
{
    private static readonly TimeSpan WellBeforeThePoll = TimeSpan.FromSeconds(15);
    private readonly Receiver _receiver = new();
    private readonly Engine _engine = new(o => o.PollInterval = TimeSpan.FromMinutes(1));

    public async Task InitializeAsync()
    {
        await _receiver.StartAsync();
        await _engine.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _engine.DisposeAsync();
        await _receiver.DisposeAsync();
    }

    [Fact]
    public async Task A_state_change_is_delivered_without_waiting_for_the_poll()
    {
        var (endpoint, _) = await _engine.RegisterAsync(_receiver.Url);

        await _engine.PublishRfqAsync();

        await _receiver.WaitForAsync(r => r.Type == EventTypes.RfqCreated, WellBeforeThePoll);
        await _receiver.WaitForAsync(r => r.Type == EventTypes.RfqPublished, WellBeforeThePoll);
        await _engine.WaitForAttemptsAsync(endpoint.Id, a => a.Count(x => x.Succeeded) >= 2, WellBeforeThePoll);
    }

    [Fact]
    public async Task Test_pings_are_delivered_without_waiting_for_the_poll()
    {
        var (endpoint, _) = await _engine.RegisterAsync(_receiver.Url);

        // The first may be found by the dispatcher's first pass at start; the second comes when it is idle.
        var first = await _engine.UseAsync(sp => sp.GetRequiredService<WebhookEndpointService>().SendTestAsync(_engine.Tenant, endpoint.Id));
        await _engine.WaitForAttemptsAsync(endpoint.Id, a => a.Any(x => x.MessageId == first), WellBeforeThePoll);
        var second = await _engine.UseAsync(sp => sp.GetRequiredService<WebhookEndpointService>().SendTestAsync(_engine.Tenant, endpoint.Id));

        await _receiver.WaitForAsync(r => r.Id == second, WellBeforeThePoll);
    }
}
