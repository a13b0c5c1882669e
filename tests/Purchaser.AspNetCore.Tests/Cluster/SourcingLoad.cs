using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Purchaser.Contracts;

namespace Purchaser.AspNetCore.Tests.Cluster;

/// <summary>
/// Drives RFQs through create → attach the vendor list → publish → the vendor's emailed quote → award, spreading the
/// steps over every host and awarding each RFQ twice at once (through two hosts while two are up). A host that stops
/// answering is dropped; a step it may or may not have done is checked on a survivor before it is sent again.
/// </summary>
public sealed class SourcingLoad
{
    private const string VendorEmail = "sales@load-vendor.example";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly IReadOnlyList<HttpClient> _hosts;
    private readonly bool[] _dead;
    private readonly Guid _vendorId;
    private readonly Guid _listId;
    private int _duels;
    private int _twoHostDuels;
    private int _duelsWithOneWinner;
    private int _doubleAwards;
    private int _rerouted;
    private int _abandonedReplies;
    private long _requests;

    private SourcingLoad(IReadOnlyList<HttpClient> hosts, Guid vendorId, Guid listId)
    {
        _hosts = hosts;
        _dead = new bool[hosts.Count];
        _vendorId = vendorId;
        _listId = listId;
    }

    /// <summary>Creates the vendor and its list through the first host.</summary>
    public static async Task<SourcingLoad> PrepareAsync(IReadOnlyList<HttpClient> hosts)
    {
        var vendor = await ReadAsync<VendorResource>(await hosts[0].PostAsJsonAsync("/api/v1/vendors", new CreateVendorRequest { Name = "Load Vendor", Contacts = [new VendorContactDto("Sales", VendorEmail)] }, Json), HttpStatusCode.Created);
        var list = await ReadAsync<VendorListResource>(await hosts[0].PostAsJsonAsync("/api/v1/vendor-lists", new CreateVendorListRequest { Name = "Load", VendorIds = [vendor.Id] }, Json), HttpStatusCode.Created);
        return new SourcingLoad(hosts, vendor.Id, list.Id);
    }

    /// <summary>Stops sending to a host (it was killed); requests in flight to it fail over by themselves.</summary>
    public void MarkDead(int host) => Volatile.Write(ref _dead[host], true);

    /// <summary>Drives <paramref name="rfqs"/> RFQs, <paramref name="parallelism"/> at a time; <paramref name="completed"/> hears each finished count.</summary>
    public async Task<LoadResult> RunAsync(int rfqs, int parallelism, Action<int>? completed = null, string referencePrefix = "LOAD")
    {
        var done = 0;
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, rfqs), new ParallelOptions { MaxDegreeOfParallelism = parallelism }, async (i, _) =>
        {
            await SourceAsync(i, $"{referencePrefix}-{i:D5}").ConfigureAwait(false);
            completed?.Invoke(Interlocked.Increment(ref done));
        }).ConfigureAwait(false);
        return new LoadResult(rfqs, clock.Elapsed, Interlocked.Read(ref _requests), _duels, _twoHostDuels, _duelsWithOneWinner, _doubleAwards, _rerouted, _abandonedReplies);
    }

    private async Task SourceAsync(int i, string reference)
    {
        // A retry under an Idempotency-Key sends the very same request again.
        var create = Rfq(reference);
        var rfq = await StepAsync(i, client => Post(client, "/api/v1/rfqs", create, $"create-{reference}"), HttpStatusCode.Created,
            async client => (await ReadAsync<PageDto<RfqResource>>(await client.GetAsync(new Uri($"/api/v1/rfqs?reference={reference}", UriKind.Relative)).ConfigureAwait(false))).Items is [var existing] ? existing : null)
            .ConfigureAwait(false);
        await StepAsync(i + 1, client => Post(client, $"/api/v1/rfqs/{rfq.Id}/vendors", new AttachVendorsRequest { VendorListId = _listId }), HttpStatusCode.OK,
            async client => await GetAsync(client, rfq.Id) is { Vendors.Count: > 0 } attached ? attached : null).ConfigureAwait(false);
        await StepAsync(i, client => Post<object?>(client, $"/api/v1/rfqs/{rfq.Id}/publish", null), HttpStatusCode.OK,
            async client => await GetAsync(client, rfq.Id) is { Status: not "draft" } published ? published : null).ConfigureAwait(false);

        // Inbound mail is deduplicated by Message-ID, so the vendor's reply can simply be posted again; one stored by a
        // host that died before reading it stays "received" until the pipeline deems it abandoned and reads it again.
        InboundMessageResource quote;
        var patience = Stopwatch.StartNew();
        do
        {
            quote = await StepAsync<InboundMessageResource>(i + 1, client => client.PostAsync(new Uri("/api/v1/inbound/email", UriKind.Relative), Reply(rfq.Number, reference)), HttpStatusCode.Accepted, _ => Task.FromResult<InboundMessageResource?>(null))
                .ConfigureAwait(false);
            if (quote.Status == "received")
            {
                Interlocked.Increment(ref _abandonedReplies);
                await Task.Delay(TimeSpan.FromSeconds(1)).ConfigureAwait(false);
            }
        }
        while (quote.Status == "received" && patience.Elapsed < TimeSpan.FromSeconds(30));
        if (quote is not { Status: "quoted", QuoteRevisionId: { } revision })
        {
            throw new InvalidOperationException($"The reply to {rfq.Number} was not read as a quote: {quote.Status} {quote.Reason}");
        }

        await AwardTwiceAsync(i, rfq.Id, revision).ConfigureAwait(false);
    }

    /// <summary>Two awards of the same RFQ at once; exactly one may win.</summary>
    private async Task AwardTwiceAsync(int i, Guid rfqId, Guid revision)
    {
        var award = new AwardRfqRequest { VendorId = _vendorId, QuoteRevisionId = revision };
        var hosts = new[] { Alive(i), Alive(i + 1) };
        var outcomes = await Task.WhenAll(hosts.Select(async host =>
        {
            try
            {
                Interlocked.Increment(ref _requests);
                using var response = await _hosts[host].PostAsJsonAsync(new Uri($"/api/v1/rfqs/{rfqId}/award", UriKind.Relative), award, Json).ConfigureAwait(false);
                return response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Conflict
                    ? (HttpStatusCode?)response.StatusCode
                    : throw new InvalidOperationException($"Award answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync().ConfigureAwait(false)}");
            }
            catch (Exception ex) when (HostFailed(ex))
            {
                MarkDead(host);
                return null;
            }
            catch (TaskCanceledException)
            {
                return null;
            }
        })).ConfigureAwait(false);

        var won = outcomes.Count(o => o == HttpStatusCode.OK);
        if (won > 1)
        {
            Interlocked.Increment(ref _doubleAwards);
        }

        if (outcomes.All(o => o is not null))
        {
            Interlocked.Increment(ref _duels);
            if (hosts[0] != hosts[1])
            {
                Interlocked.Increment(ref _twoHostDuels);
            }

            if (won == 1)
            {
                Interlocked.Increment(ref _duelsWithOneWinner);
            }
        }

        if (won == 0)
        {
            // Only when a host died with an award in flight: it may have been stored before the process went, so look first.
            await StepAsync(i, client => client.PostAsJsonAsync(new Uri($"/api/v1/rfqs/{rfqId}/award", UriKind.Relative), award, Json), HttpStatusCode.OK,
                async client => await GetAsync(client, rfqId) is { Status: "awarded" } awarded ? awarded : null, uncertain: true).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Sends a step to a live host, moving to the other when one fails; once a request may have been done by a host that
    /// went away (<paramref name="uncertain"/>, or after such a failure), it first asks whether it was.
    /// </summary>
    private async Task<T> StepAsync<T>(int preferred, Func<HttpClient, Task<HttpResponseMessage>> send, HttpStatusCode expected, Func<HttpClient, Task<T?>> alreadyDone, bool uncertain = false)
        where T : class
    {
        var claimWaits = 0;
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var host = Alive(preferred + attempt);
            try
            {
                if (uncertain && await alreadyDone(_hosts[host]).ConfigureAwait(false) is { } done)
                {
                    return done;
                }

                Interlocked.Increment(ref _requests);
                using var response = await send(_hosts[host]).ConfigureAwait(false);
                if (response.StatusCode == HttpStatusCode.Conflict && response.Headers.RetryAfter?.Delta is { } wait && claimWaits++ < MaxClaimWaits)
                {
                    // The killed host had claimed this Idempotency-Key: wait until the claim counts as abandoned.
                    await Task.Delay(wait).ConfigureAwait(false);
                    attempt--;
                    continue;
                }

                // A request still running on a starved host may have finished meanwhile and made this one a conflict.
                if (uncertain && response.StatusCode == HttpStatusCode.Conflict && await alreadyDone(_hosts[host]).ConfigureAwait(false) is { } doneMeanwhile)
                {
                    return doneMeanwhile;
                }

                return await ReadAsync<T>(response, expected).ConfigureAwait(false);
            }
            catch (Exception ex) when (HostFailed(ex))
            {
                MarkDead(host);
                Interlocked.Increment(ref _rerouted);
                uncertain = true;
            }
            catch (TaskCanceledException)
            {
                // A timeout on a live but starved host: the request may or may not have been done.
                Interlocked.Increment(ref _rerouted);
                uncertain = true;
            }
        }

        throw new InvalidOperationException("No host answered.");
    }

    /// <summary>How many one-second waits a request makes for an Idempotency-Key claimed by a killed host: past its abandonment.</summary>
    private const int MaxClaimWaits = 60;

    /// <summary>The host went away: refused, reset, or closed the connection mid-response.</summary>
    private static bool HostFailed(Exception exception) => exception is HttpRequestException or IOException;

    private int Alive(int preferred)
    {
        for (var k = 0; k < _hosts.Count; k++)
        {
            var host = (preferred + k) % _hosts.Count;
            if (!Volatile.Read(ref _dead[host]))
            {
                return host;
            }
        }

        throw new InvalidOperationException("Every host is down.");
    }

    private static Task<HttpResponseMessage> Post<TBody>(HttpClient client, string path, TBody body, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = body is null ? null : JsonContent.Create(body, options: Json) };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return client.SendAsync(request);
    }

    private static async Task<RfqResource?> GetAsync(HttpClient client, Guid rfqId) =>
        await ReadAsync<RfqResource>(await client.GetAsync(new Uri($"/api/v1/rfqs/{rfqId}", UriKind.Relative)).ConfigureAwait(false)).ConfigureAwait(false);

    private static async Task<T> ReadAsync<T>(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
        return response.StatusCode == expected
            ? JsonSerializer.Deserialize<T>(body, Json)!
            : throw new InvalidOperationException($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}, expected {(int)expected}: {body}");
    }

    private static CreateRfqRequest Rfq(string reference) => new()
    {
        Reference = reference,
        Title = $"Brackets for {reference}",
        Currency = "USD",
        ResponseDueAt = DateTimeOffset.UtcNow.AddDays(14),
        Lines = [new RfqLineDto { LineNumber = 1, PartNumber = "BRK-4471", Description = "Bracket, 6061-T6 aluminium", Quantity = 500, Unit = "EA" }],
    };

    private static ByteArrayContent Reply(string rfqNumber, string reference)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(
            $"From: Sales <{VendorEmail}>\r\nTo: Purchasing <purchasing@customer.example>\r\nSubject: Re: {rfqNumber} Brackets\r\nDate: Thu, 03 Dec 2026 10:00:00 +0000\r\n" +
            $"Message-ID: <{reference}@load-vendor.example>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" +
            "Line | Part     | Qty | Unit price | Lead time\r\n1    | BRK-4471 | 500 | USD 12.50  | 4 weeks\r\n"));
        content.Headers.ContentType = new MediaTypeHeaderValue("message/rfc822");
        return content;
    }
}

/// <summary>
/// What a load run did: RFQs sourced, wall time, requests, award races where both awards were answered (of them
/// through two different hosts, and with exactly one winner), RFQs awarded twice, requests re-sent to a survivor, and
/// re-posts of a reply a dead host had stored but not read.
/// </summary>
public sealed record LoadResult(int Rfqs, TimeSpan Elapsed, long Requests, int Duels, int TwoHostDuels, int DuelsWithOneWinner, int DoubleAwards, int Rerouted, int AbandonedReplies)
{
    public double RfqsPerSecond => Rfqs / Elapsed.TotalSeconds;

    public double RequestsPerSecond => Requests / Elapsed.TotalSeconds;
}
