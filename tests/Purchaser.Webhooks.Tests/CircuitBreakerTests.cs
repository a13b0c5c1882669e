using Microsoft.Extensions.DependencyInjection;

namespace Purchaser.Webhooks.Tests;

/// <summary>The breaker per endpoint: attempts that time out count as failures, and enough of them pause the endpoint's attempts.</summary>
public sealed class CircuitBreakerTests() : EngineWithReceiver(new Engine(o =>
{
    o.Timeout = TimeSpan.FromMilliseconds(100);
    o.RetrySchedule.Clear();
    for (var i = 0; i < 15; i++)
    {
        o.RetrySchedule.Add(TimeSpan.FromMilliseconds(20));
    }
}))
{
    [Fact]
    public async Task Attempts_that_keep_timing_out_open_the_circuit()
    {
        var (endpoint, _) = await Engine.RegisterAsync(Receiver.Url);
        Receiver.Default = Receiver.Delay(TimeSpan.FromSeconds(10));

        await Engine.UseAsync(sp => sp.GetRequiredService<WebhookEndpointService>().SendTestAsync(Engine.Tenant, endpoint.Id));
        var attempts = await Engine.WaitForAttemptsAsync(endpoint.Id, a => a.Any(x => x.Error?.StartsWith("circuit open", StringComparison.Ordinal) == true));

        var timedOut = attempts.Reverse().TakeWhile(a => a.Error == "timed out").ToList();
        Assert.True(timedOut.Count >= 10, $"The circuit opened after {timedOut.Count} timeouts.");
    }
}
