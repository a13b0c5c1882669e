using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Purchaser.Contracts;
using Purchaser.Contracts.Webhooks;
using Purchaser.Domain;
using Purchaser.Storage;

namespace Purchaser.Webhooks.Tests;

/// <summary>Delivery against a real receiver: signing, retries, timeouts, refusals, restarts, disabling, replay, rotation, order.</summary>
public sealed class DeliveryTests() : EngineWithReceiver(new Engine())
{

    [Fact]
    public async Task Publishing_delivers_a_signed_event_both_verifiers_accept()
    {
        var (endpoint, secret) = await Engine.RegisterAsync(Receiver.Url);
        var rfq = await Engine.PublishRfqAsync();

        var request = await Receiver.WaitForAsync(r => r.Type == EventTypes.RfqPublished);

        var body = Encoding.UTF8.GetBytes(request.Body);
        Assert.True(WebhookSignature.IsValid(WebhookSignature.DecodeSecret(secret), request.Id, long.Parse(request.Headers["webhook-timestamp"], System.Globalization.CultureInfo.InvariantCulture), body, request.Headers["webhook-signature"]));
        var headers = new HeaderDictionary(request.Headers.ToDictionary(h => h.Key, h => new Microsoft.Extensions.Primitives.StringValues(h.Value)));
        new StandardWebhooks.StandardWebhook(secret).Verify(request.Body, headers);
        Assert.StartsWith("msg_", request.Id, StringComparison.Ordinal);
        Assert.Equal("application/json; charset=utf-8", request.Headers["Content-Type"]);
        var data = JsonDocument.Parse(request.Body).RootElement.GetProperty("data");
        Assert.Equal(rfq.Id.Value, data.GetProperty("rfqId").GetGuid());
        Assert.Equal("SO-88123", data.GetProperty("reference").GetString());
        Assert.Equal("published", data.GetProperty("rfq").GetProperty("status").GetString());
        var attempts = await Engine.WaitForAttemptsAsync(endpoint.Id, a => a.Count(x => x.Succeeded) >= 2);
        Assert.All(attempts, a => Assert.Equal(200, a.StatusCode));
    }

    [Fact]
    public async Task Server_errors_are_retried_until_the_endpoint_answers()
    {
        var (endpoint, _) = await Engine.RegisterAsync(Receiver.Url, EventTypes.RfqCreated);
        Receiver.Then(Receiver.Status(500), Receiver.Status(503));

        await Engine.PublishRfqAsync();
        var attempts = await Engine.WaitForAttemptsAsync(endpoint.Id, a => a.Any(x => x.Succeeded));

        Assert.Equal([200, 503, 500], attempts.Select(a => a.StatusCode));
        Assert.Equal("answer 500", attempts[2].ResponseBody);
        Assert.NotNull(attempts[2].NextRetryAt);
        Assert.Single(attempts.Select(a => a.MessageId).Distinct());
        Assert.Equal(3, Receiver.Requests.Count(r => r.Type == EventTypes.RfqCreated));
        Assert.Single(Receiver.Requests.Select(r => r.Id).Distinct());
    }

    [Fact]
    public async Task A_slow_endpoint_times_out_and_is_retried()
    {
        var (endpoint, _) = await Engine.RegisterAsync(Receiver.Url, EventTypes.RfqCreated);
        Receiver.Then(Receiver.Delay(TimeSpan.FromSeconds(5)));

        await Engine.PublishRfqAsync();
        var attempts = await Engine.WaitForAttemptsAsync(endpoint.Id, a => a.Any(x => x.Succeeded));

        Assert.Equal("timed out", attempts[^1].Error);
        Assert.Null(attempts[^1].StatusCode);
        Assert.True(attempts[^1].Latency < TimeSpan.FromSeconds(4));
    }

    [Fact]
    public async Task A_refused_connection_is_retried_until_the_receiver_is_up()
    {
        await using var late = new Receiver();
        var (endpoint, _) = await Engine.RegisterAsync(late.Url, EventTypes.RfqCreated);
        await using var engine = new Engine(o =>
        {
            o.RetrySchedule.Clear();
            for (var i = 0; i < 20; i++)
            {
                o.RetrySchedule.Add(TimeSpan.FromMilliseconds(150));
            }
        }, Engine.Directory);
        await Engine.StopAsync();
        await engine.StartAsyncAs(Engine);

        await engine.PublishRfqAsync();
        await engine.WaitForAttemptsAsync(endpoint.Id, a => a.Count >= 2);
        await late.StartAsync();
        var attempts = await engine.WaitForAttemptsAsync(endpoint.Id, a => a.Any(x => x.Succeeded));

        Assert.Contains(attempts, a => a.StatusCode is null && a.Error!.Contains("refused", StringComparison.OrdinalIgnoreCase));
        Assert.Single(late.Requests);
    }

    [Fact]
    public async Task Nothing_is_lost_when_the_receiver_and_the_host_go_down()
    {
        await using var receiver = new Receiver();
        var (endpoint, _) = await Engine.RegisterAsync(receiver.Url, EventTypes.RfqCreated, EventTypes.RfqPublished);
        var rfq = await Engine.PublishRfqAsync("SO-RESTART");
        await Engine.WaitForAttemptsAsync(endpoint.Id, a => a.Count >= 1);
        await Engine.StopAsync();

        await Engine.StartAsync();
        await receiver.StartAsync();
        await receiver.WaitForAsync(r => r.Type == EventTypes.RfqPublished, TimeSpan.FromSeconds(30));

        var types = receiver.Requests.Select(r => r.Type).ToList();
        Assert.Equal([EventTypes.RfqCreated, EventTypes.RfqPublished], types.Distinct());
        Assert.True(types.IndexOf(EventTypes.RfqCreated) < types.IndexOf(EventTypes.RfqPublished));
        Assert.All(receiver.Requests, r => Assert.Equal(rfq.Id.Value, JsonDocument.Parse(r.Body).RootElement.GetProperty("data").GetProperty("rfqId").GetGuid()));
    }

    [Fact]
    public async Task Gone_disables_the_endpoint_and_records_an_event()
    {
        var (gone, _) = await Engine.RegisterAsync(Receiver.UrlFor("gone"), EventTypes.RfqCreated);
        await using var watcher = new Receiver();
        await watcher.StartAsync();
        await Engine.RegisterAsync(watcher.Url, EventTypes.WebhookEndpointDisabled);
        Receiver.Default = context => context.Request.Path == "/gone" ? Receiver.Status(410)(context) : Task.CompletedTask;

        await Engine.PublishRfqAsync();
        var disabled = await watcher.WaitForAsync(r => r.Type == EventTypes.WebhookEndpointDisabled);

        Assert.Contains("410", disabled.Body, StringComparison.Ordinal);
        var endpoint = await Engine.UseAsync(sp => sp.GetRequiredService<WebhookEndpointService>().GetAsync(Engine.Tenant, gone.Id));
        Assert.False(endpoint.Enabled);
        Assert.Contains("410", endpoint.DisabledReason, StringComparison.Ordinal);
        Assert.Single(await Engine.AttemptsAsync(gone.Id));
        var audit = await Engine.UseAsync(sp => sp.GetRequiredService<IAuditStore>().ListAsync(Engine.Tenant, gone.Id.Value, 0, 10, CancellationToken.None));
        Assert.Contains(audit, a => a.Action == EventTypes.WebhookEndpointDisabled);
    }

    [Fact]
    public async Task Failing_for_longer_than_allowed_disables_the_endpoint()
    {
        await using var engine = new Engine(o => o.DisableAfter = TimeSpan.FromSeconds(1), Engine.Directory);
        await Engine.StopAsync();
        await engine.StartAsyncAs(Engine);
        var (endpoint, _) = await engine.RegisterAsync(Receiver.Url, EventTypes.RfqCreated, EventTypes.RfqPublished);
        Receiver.Default = Receiver.Status(500);

        await engine.PublishRfqAsync();
        await engine.PublishRfqAsync("SO-2");

        var deadline = DateTime.UtcNow.AddSeconds(20);
        WebhookEndpoint current;
        do
        {
            await Task.Delay(50);
            current = await engine.UseAsync(sp => sp.GetRequiredService<WebhookEndpointService>().GetAsync(engine.Tenant, endpoint.Id));
        }
        while (current.Enabled && DateTime.UtcNow < deadline);

        Assert.False(current.Enabled);
        Assert.StartsWith("every delivery failed since", current.DisabledReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_spent_schedule_fails_the_delivery_and_replay_sends_it_again_with_the_same_id()
    {
        var (endpoint, _) = await Engine.RegisterAsync(Receiver.Url, EventTypes.RfqCreated);
        Receiver.Default = Receiver.Status(500);
        var since = DateTimeOffset.UtcNow.AddMinutes(-1);

        await Engine.PublishRfqAsync();
        var attempts = await Engine.WaitForAttemptsAsync(endpoint.Id, a => a.Count == 4 && a[0].NextRetryAt is null);
        await Task.Delay(300);
        Assert.Equal(4, (await Engine.AttemptsAsync(endpoint.Id)).Count);

        Receiver.Default = _ => Task.CompletedTask;
        var queued = await Engine.UseAsync(sp => sp.GetRequiredService<WebhookEndpointService>().ReplayAsync(Engine.Tenant, endpoint.Id, new ReplayWebhookRequest { FailedSince = since }));
        Assert.Equal(1, queued);
        await Engine.WaitForAttemptsAsync(endpoint.Id, a => a.Any(x => x.Succeeded));

        var single = await Engine.UseAsync(sp => sp.GetRequiredService<WebhookEndpointService>().ReplayAsync(Engine.Tenant, endpoint.Id, new ReplayWebhookRequest { MessageId = attempts[0].MessageId }));
        Assert.Equal(1, single);
        await Engine.WaitForAttemptsAsync(endpoint.Id, a => a.Count(x => x.Succeeded) == 2);
        Assert.Single(Receiver.Requests.Select(r => r.Id).Distinct());
        Assert.Equal(6, Receiver.Requests.Count);
    }

    [Fact]
    public async Task During_rotation_both_secrets_sign()
    {
        var (endpoint, oldSecret) = await Engine.RegisterAsync(Receiver.Url, EventTypes.RfqPublished);
        var (_, newSecret) = await Engine.UseAsync(sp => sp.GetRequiredService<WebhookEndpointService>().RotateSecretAsync(Engine.Tenant, endpoint.Id, Engine.Actor));

        await Engine.PublishRfqAsync();
        var request = await Receiver.WaitForAsync(r => r.Type == EventTypes.RfqPublished);

        var signatures = request.Headers["webhook-signature"].Split(' ');
        Assert.Equal(2, signatures.Length);
        var timestamp = long.Parse(request.Headers["webhook-timestamp"], System.Globalization.CultureInfo.InvariantCulture);
        var body = Encoding.UTF8.GetBytes(request.Body);
        foreach (var secret in new[] { oldSecret, newSecret })
        {
            Assert.True(WebhookSignature.IsValid(WebhookSignature.DecodeSecret(secret), request.Id, timestamp, body, request.Headers["webhook-signature"]));
            Assert.Single(signatures, s => WebhookSignature.IsValid(WebhookSignature.DecodeSecret(secret), request.Id, timestamp, body, s));
        }

        Assert.NotEqual(oldSecret, newSecret);
    }

    [Fact]
    public async Task Redirects_are_not_followed_and_count_as_failures()
    {
        var (endpoint, _) = await Engine.RegisterAsync(Receiver.Url, EventTypes.RfqCreated);
        Receiver.Then(context =>
        {
            context.Response.StatusCode = 302;
            context.Response.Headers.Location = "elsewhere";
            return Task.CompletedTask;
        });

        await Engine.PublishRfqAsync();
        var attempts = await Engine.WaitForAttemptsAsync(endpoint.Id, a => a.Any(x => x.Succeeded));

        Assert.Equal(302, attempts[^1].StatusCode);
        Assert.Contains("not followed", attempts[^1].Error, StringComparison.Ordinal);
        Assert.DoesNotContain(Receiver.Requests, r => r.Path == "/elsewhere");
    }

    [Fact]
    public async Task Events_of_one_rfq_arrive_in_order_even_when_one_is_retried()
    {
        await Engine.RegisterAsync(Receiver.Url);
        Receiver.Then(Receiver.Status(500));

        var rfq = await Engine.PublishRfqAsync();
        await Engine.UseAsync(sp => sp.GetRequiredService<Purchaser.Services.RfqService>().CloseAsync(Engine.Tenant, rfq.Id, null, Engine.Actor));
        await Engine.UseAsync(sp => sp.GetRequiredService<Purchaser.Services.RfqService>().CancelAsync(Engine.Tenant, rfq.Id, "test", null, Engine.Actor));
        await Receiver.WaitForAsync(r => r.Type == EventTypes.RfqCancelled);

        var firstSeen = Receiver.Requests.Select(r => r.Type).Distinct().ToList();
        Assert.Equal([EventTypes.RfqCreated, EventTypes.RfqPublished, EventTypes.RfqClosed, EventTypes.RfqCancelled], firstSeen);
    }

    [Fact]
    public async Task A_slow_endpoint_does_not_hold_back_a_fast_one()
    {
        await using var slow = new Receiver();
        slow.Default = Receiver.Delay(TimeSpan.FromSeconds(1.5));
        await slow.StartAsync();
        var (slowEndpoint, _) = await Engine.RegisterAsync(slow.Url, EventTypes.RfqCreated);
        await Engine.RegisterAsync(Receiver.Url, EventTypes.RfqCreated);

        await Engine.PublishRfqAsync();
        var fast = await Receiver.WaitForAsync(r => r.Type == EventTypes.RfqCreated);
        var slowAttempts = await Engine.WaitForAttemptsAsync(slowEndpoint.Id, a => a.Any(x => x.Succeeded));

        Assert.True(fast.At < slowAttempts[0].AttemptedAt + slowAttempts[0].Latency, "The fast endpoint was served while the slow one was still answering.");
    }

    [Fact]
    public async Task An_endpoint_gets_only_the_event_types_it_subscribed_to_and_pings()
    {
        var (endpoint, _) = await Engine.RegisterAsync(Receiver.Url, EventTypes.RfqPublished);

        await Engine.PublishRfqAsync();
        await Receiver.WaitForAsync(r => r.Type == EventTypes.RfqPublished);
        await Engine.UseAsync(sp => sp.GetRequiredService<WebhookEndpointService>().SendTestAsync(Engine.Tenant, endpoint.Id));
        var ping = await Receiver.WaitForAsync(r => r.Type == EventTypes.Ping);

        Assert.DoesNotContain(Receiver.Requests, r => r.Type == EventTypes.RfqCreated);
        Assert.Equal(endpoint.Id.Value, JsonDocument.Parse(ping.Body).RootElement.GetProperty("data").GetProperty("endpointId").GetGuid());
    }

    [Fact]
    public async Task Retry_after_on_503_delays_the_next_attempt_beyond_the_schedule()
    {
        var (endpoint, _) = await Engine.RegisterAsync(Receiver.Url, EventTypes.RfqCreated);
        Receiver.Then(context =>
        {
            context.Response.StatusCode = 503;
            context.Response.Headers.RetryAfter = "2";
            return Task.CompletedTask;
        });

        await Engine.PublishRfqAsync();
        var attempts = await Engine.WaitForAttemptsAsync(endpoint.Id, a => a.Any(x => x.Succeeded));

        var refused = attempts.Single(a => a.StatusCode == 503);
        var succeeded = attempts.Single(a => a.Succeeded);
        Assert.True(refused.NextRetryAt - refused.AttemptedAt >= TimeSpan.FromSeconds(1.9), $"next retry {refused.NextRetryAt:O} after {refused.AttemptedAt:O}");
        Assert.True(succeeded.AttemptedAt >= refused.NextRetryAt!.Value.AddMilliseconds(-50));
    }
}
