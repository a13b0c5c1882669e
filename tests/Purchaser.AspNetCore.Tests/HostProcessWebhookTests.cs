using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Purchaser.AspNetCore.Tests.Processes;
using Purchaser.AspNetCore.Tests.SampleHost;
using Purchaser.Client.Webhooks;
using Purchaser.Contracts;
using Purchaser.Contracts.Webhooks;

namespace Purchaser.AspNetCore.Tests;

/// <summary>
/// The issue's done-when, end to end against the sample host process: a registered endpoint receives a signed
/// <c>rfq.published</c> that our verifier and the independent <c>StandardWebhooks</c> package accept; killing the
/// receiver and then the host (SIGKILL, on its SQLite file) loses no event; the deliveries API shows every attempt.
/// </summary>
public sealed class HostProcessWebhookTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly string _workingDirectory = Directory.CreateTempSubdirectory("purchaser-host-webhooks-").FullName;
    private readonly List<HostProcess> _hosts = [];

    [Fact]
    public async Task Every_event_arrives_signed_and_every_attempt_is_listed_when_the_receiver_and_the_host_are_killed_mid_run()
    {
        var port = HostProcess.FreePort();
        await using var receiver = new WebhookReceiver(HostProcess.FreePort());
        await receiver.StartAsync();
        var host = StartHost(port);
        using var client = new HttpClient { BaseAddress = host.Url };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await host.WaitForKeyAsync(Patience));

        var endpoint = await (await client.PostAsJsonAsync("/api/v1/webhooks/endpoints", new CreateWebhookEndpointRequest { Url = receiver.Url.AbsoluteUri, Description = "ERP" }, Api.Json))
            .ReadAsync<WebhookSecretResource>(HttpStatusCode.Created);
        var vendor = await client.CreateVendorAsync("Acme Machining");
        var list = await client.CreateListAsync("Complex Parts", vendor.Id);

        // Receiver up: the first RFQ's rfq.published arrives and both verifiers accept it.
        var first = await PublishAsync(client, "SO-1001", list.Id);
        var published = await receiver.WaitForAsync(r => r.Type == EventTypes.RfqPublished && r.RfqId == first, Patience, () => host.Output);
        await AssertSignedAsync(published, endpoint.Secret);
        await WaitForAttemptsAsync(client, endpoint.Id, attempts => attempts.Count(a => a.Succeeded) == 2, () => host.Output);

        // Receiver killed: the second RFQ's first event fails with the connection refused and waits for its retry.
        await receiver.StopAsync();
        var second = await PublishAsync(client, "SO-1002", list.Id);
        await WaitForAttemptsAsync(client, endpoint.Id, attempts => attempts.Any(a => a.EventType == EventTypes.RfqCreated && !a.Succeeded && a.StatusCode is null), () => host.Output);

        // Host killed while its retry is pending; both come back on the same port and the same database file.
        host.Kill();
        await receiver.StartAsync();
        var restarted = StartHost(port);
        await restarted.WaitUntilReadyAsync(Patience);
        await receiver.WaitForAsync(r => r.Type == EventTypes.RfqPublished && r.RfqId == second, Patience, () => restarted.Output);

        // Nothing lost: every event of both RFQs arrived, in order per RFQ, each signed for both verifiers.
        var received = receiver.Requests.ToList();
        foreach (var rfq in new[] { first, second })
        {
            var types = received.Where(r => r.RfqId == rfq).Select(r => r.Type).Distinct().ToList();
            Assert.Equal([EventTypes.RfqCreated, EventTypes.RfqPublished], types);
        }

        foreach (var request in received)
        {
            await AssertSignedAsync(request, endpoint.Secret);
        }

        // Every attempt listed: each request the receiver got is a successful attempt of its message, and the refused
        // attempts made while the receiver was down are there too, with a retry time.
        var listed = await WaitForAttemptsAsync(client, endpoint.Id, attempts => attempts.Count(a => a.Succeeded) >= received.Count, () => restarted.Output);
        Assert.Equal(received.Count, listed.Count(a => a.Succeeded));
        Assert.All(received.GroupBy(r => r.Id), message => Assert.Equal(message.Count(), listed.Count(a => a.MessageId == message.Key && a.Succeeded)));
        Assert.All(listed.Where(a => a.Succeeded), a => Assert.Equal(200, a.StatusCode));
        var refused = listed.Where(a => !a.Succeeded).ToList();
        Assert.NotEmpty(refused);
        Assert.All(refused, a =>
        {
            Assert.Null(a.StatusCode);
            Assert.Contains("refused", a.Error, StringComparison.OrdinalIgnoreCase);
            Assert.NotNull(a.NextRetryAt);
            Assert.Contains(received, r => r.Id == a.MessageId);
        });
    }

    public void Dispose()
    {
        foreach (var host in _hosts)
        {
            host.Dispose();
        }

        try
        {
            Directory.Delete(_workingDirectory, recursive: true);
        }
        catch (IOException)
        {
            // The OS may still hold the database file for a moment after the kill; the temp folder is disposable.
        }
    }

    private HostProcess StartHost(int port)
    {
        // Loopback receivers need private networks allowed (the sample host's Development setting). HOME is the
        // working folder so the data protection key ring that protects the endpoint secret survives the restart there.
        var host = HostProcess.Start(_workingDirectory, port, new Dictionary<string, string>
        {
            ["HOME"] = _workingDirectory,
            ["Purchaser__Webhooks__AllowPrivateNetworks"] = "true",
            ["Purchaser__Webhooks__PollInterval"] = "00:00:00.100",
        });
        _hosts.Add(host);
        return host;
    }

    private static async Task<Guid> PublishAsync(HttpClient client, string reference, Guid listId)
    {
        var rfq = await client.CreateRfqAsync(Api.Rfq(reference, listId));
        await (await client.PostAsync(new Uri($"/api/v1/rfqs/{rfq.Id}/publish", UriKind.Relative), null)).ReadAsync<RfqResource>();
        return rfq.Id;
    }

    private static async Task AssertSignedAsync(ReceivedWebhook request, string secret)
    {
        // A fresh replay guard per request: a redelivered message (at-least-once) must still carry a valid signature.
        var options = new WebhookVerifierOptions();
        options.Secrets.Add(secret);
        var verifier = new WebhookVerifier(Options.Create(options), new InMemoryWebhookReplayGuard(TimeProvider.System), TimeProvider.System);
        var ours = await verifier.VerifyAsync(request.Id, request.Headers["webhook-timestamp"], request.Headers["webhook-signature"], request.Body);
        Assert.True(ours.IsValid, $"Our verifier rejected {request.Id}: {ours.Failure}");

        var headers = new HeaderDictionary(request.Headers.ToDictionary(h => h.Key, h => new StringValues(h.Value), StringComparer.OrdinalIgnoreCase));
        new StandardWebhooks.StandardWebhook(secret).Verify(request.Text, headers);
    }

    private static async Task<IReadOnlyList<WebhookAttemptResource>> WaitForAttemptsAsync(HttpClient client, Guid endpointId, Func<IReadOnlyList<WebhookAttemptResource>, bool> done, Func<string> diagnostics)
    {
        var deadline = DateTime.UtcNow + Patience;
        List<WebhookAttemptResource> attempts;
        do
        {
            attempts = [];
            string? cursor = null;
            do
            {
                var page = await (await client.GetAsync(new Uri($"/api/v1/webhooks/endpoints/{endpointId}/deliveries?limit=100" + (cursor is null ? string.Empty : $"&cursor={Uri.EscapeDataString(cursor)}"), UriKind.Relative)))
                    .ReadAsync<PageDto<WebhookAttemptResource>>();
                attempts.AddRange(page.Items);
                cursor = page.NextCursor;
            }
            while (cursor is not null);

            if (done(attempts))
            {
                return attempts;
            }

            await Task.Delay(100);
        }
        while (DateTime.UtcNow < deadline);

        throw new TimeoutException($"The deliveries API never showed the expected attempts; it lists: {string.Join(", ", attempts.Select(a => $"{a.EventType} {a.StatusCode} {a.Error}"))}\n{diagnostics()}");
    }
}
