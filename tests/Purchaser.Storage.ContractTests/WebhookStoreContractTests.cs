using Microsoft.Extensions.DependencyInjection;
using Purchaser.Domain;

namespace Purchaser.Storage.ContractTests;

/// <summary>
/// The webhook store's specification, which several dispatchers may share: leases, the per-subject ordering rule, the
/// fan-out checkpoint, deliveries stored only when a first attempt fails, deliveries handed to this process's dispatcher, endpoint concurrency and tenant isolation.
/// A store's test project derives from it and says only how its store is chosen.
/// </summary>
public abstract class WebhookStoreContractTests : StoreContract
{
    private static readonly DateTimeOffset Now = StoreFixture.Start;

    private IWebhookStore Store => Fixture.Get<IWebhookStore>();

    [Fact]
    public async Task Concurrent_claimers_never_get_the_same_delivery()
    {
        var endpoints = new[] { await EndpointAsync(Fixture.TenantA), await EndpointAsync(Fixture.TenantA), await EndpointAsync(Fixture.TenantB) };
        var deliveries = Enumerable.Range(0, 90).Select(i => Delivery(endpoints[i % 3], Guid.NewGuid())).ToList();
        await Store.AddDeliveriesAsync(deliveries, CancellationToken.None);

        var claims = await Task.WhenAll(Enumerable.Range(0, 8).Select(async claimer =>
        {
            var mine = new List<WebhookDelivery>();
            while (await Store.ClaimDueAsync(Now, Now.AddMinutes(1), $"dispatcher-{claimer}", 4, CancellationToken.None) is { Count: > 0 } claimed)
            {
                mine.AddRange(claimed);
            }

            return mine;
        }));

        var all = claims.SelectMany(c => c).Select(d => d.Id).ToList();
        Assert.Equal(all.Count, all.Distinct().Count());
        Assert.Equal(deliveries.Select(d => d.Id).Order(), all.Order());
    }

    [Fact]
    public async Task A_leased_delivery_is_claimed_again_only_when_its_lease_ran_out()
    {
        var endpoint = await EndpointAsync(Fixture.TenantA);
        var delivery = Delivery(endpoint, Guid.NewGuid());
        await Store.AddDeliveriesAsync([delivery], CancellationToken.None);

        var first = Assert.Single(await Store.ClaimDueAsync(Now, Now.AddMinutes(1), "one", 10, CancellationToken.None));
        Assert.Equal(delivery with { Sequence = first.Sequence }, first);
        Assert.Empty(await Store.ClaimDueAsync(Now.AddSeconds(59), Now.AddMinutes(2), "two", 10, CancellationToken.None));
        Assert.Equal(delivery.Id, Assert.Single(await Store.ClaimDueAsync(Now.AddMinutes(1), Now.AddMinutes(2), "two", 10, CancellationToken.None)).Id);
    }

    [Fact]
    public async Task Events_of_one_subject_are_claimed_one_at_a_time_in_order()
    {
        var endpoint = await EndpointAsync(Fixture.TenantA);
        var other = await EndpointAsync(Fixture.TenantA);
        var subject = Guid.NewGuid();
        var created = Delivery(endpoint, subject);
        var published = Delivery(endpoint, subject);
        var elsewhere = Delivery(other, subject);
        await Store.AddDeliveriesAsync([created, published, elsewhere], CancellationToken.None);

        var claimed = await Store.ClaimDueAsync(Now, Now.AddMinutes(1), "one", 10, CancellationToken.None);
        Assert.Equal([created.Id, elsewhere.Id], claimed.Select(d => d.Id));

        // Still pending: a retry later must not let the next event overtake it.
        await RecordAsync(claimed[0], succeeded: false, next: Now.AddMinutes(5));
        await RecordAsync(claimed[1], succeeded: true, next: null);
        Assert.Empty(await Store.ClaimDueAsync(Now.AddMinutes(2), Now.AddMinutes(3), "one", 10, CancellationToken.None));

        var retried = Assert.Single(await Store.ClaimDueAsync(Now.AddMinutes(5), Now.AddMinutes(6), "one", 10, CancellationToken.None));
        await RecordAsync(retried, succeeded: true, next: null);
        Assert.Equal(published.Id, Assert.Single(await Store.ClaimDueAsync(Now.AddMinutes(5), Now.AddMinutes(6), "one", 10, CancellationToken.None)).Id);
        var attempts = await Store.ListAttemptsAsync(Fixture.TenantA, endpoint.Id, new PageRequest(null, 1), CancellationToken.None);
        Assert.True(Assert.Single(attempts.Items).Succeeded);
        var older = await Store.ListAttemptsAsync(Fixture.TenantA, endpoint.Id, new PageRequest(attempts.NextCursor, 1), CancellationToken.None);
        Assert.False(Assert.Single(older.Items).Succeeded);
        Assert.Null(older.NextCursor);
    }

    [Fact]
    public async Task Disabled_endpoints_get_no_claims()
    {
        var endpoint = await EndpointAsync(Fixture.TenantA);
        await Store.AddDeliveriesAsync([Delivery(endpoint, Guid.NewGuid())], CancellationToken.None);
        await Store.UpdateEndpointAsync(endpoint with { Enabled = false }, Audit(endpoint), CancellationToken.None);

        Assert.Empty(await Store.ClaimDueAsync(Now, Now.AddMinutes(1), "one", 10, CancellationToken.None));
        Assert.Empty(await Store.ListEnabledEndpointsAsync([Fixture.TenantA], CancellationToken.None));
    }

    [Fact]
    public async Task The_fan_out_checkpoint_only_moves_forward_and_stores_its_rows_with_it()
    {
        var endpoint = await EndpointAsync(Fixture.TenantA);
        Assert.Equal(0, await Store.ReadFanOutCheckpointAsync(CancellationToken.None));

        await Store.AppendDeliveriesAsync(5, [Delivery(endpoint, Guid.NewGuid())], CancellationToken.None);
        await Store.AppendDeliveriesAsync(3, [], CancellationToken.None);

        Assert.Equal(5, await Store.ReadFanOutCheckpointAsync(CancellationToken.None));
        await Store.AppendDeliveriesAsync(8, [], CancellationToken.None);
        Assert.Equal(8, await Store.ReadFanOutCheckpointAsync(CancellationToken.None));
        Assert.Single(await Store.ClaimDueAsync(Now, Now.AddMinutes(1), "one", 10, CancellationToken.None));
    }

    [Fact]
    public async Task Pending_subjects_are_the_endpoint_and_subject_pairs_still_pending()
    {
        var endpoint = await EndpointAsync(Fixture.TenantA);
        var other = await EndpointAsync(Fixture.TenantB);
        var (waiting, delivered) = (Guid.NewGuid(), Guid.NewGuid());
        var done = Delivery(endpoint, delivered);
        await Store.AddDeliveriesAsync([Delivery(endpoint, waiting), Delivery(endpoint, waiting), done, Delivery(other, waiting)], CancellationToken.None);
        var claimed = (await Store.ClaimDueAsync(Now, Now.AddMinutes(1), "one", 10, CancellationToken.None)).Single(d => d.Id == done.Id);

        await RecordAsync(claimed, succeeded: true, next: null);

        var pending = await Store.ListPendingSubjectsAsync(CancellationToken.None);
        Assert.Equal([(endpoint.Id, waiting), (other.Id, waiting)], pending.OrderBy(p => p.EndpointId == other.Id));
    }

    [Fact]
    public async Task A_delivery_sent_straight_from_the_outbox_is_stored_only_when_its_attempt_did_not_succeed()
    {
        var endpoint = await EndpointAsync(Fixture.TenantA);
        var (succeeded, retried, recordedAlone) = (Delivery(endpoint, Guid.NewGuid()), Delivery(endpoint, Guid.NewGuid()), Delivery(endpoint, Guid.NewGuid()));

        await Store.RecordAttemptsAsync([Attempt(succeeded, true, null), Attempt(retried, false, Now.AddMinutes(5))], CancellationToken.None);
        await RecordAsync(recordedAlone, succeeded: false, next: Now.AddMinutes(5));

        Assert.Empty(await Store.FindDeliveriesAsync(Fixture.TenantA, endpoint.Id, succeeded.MessageId, null, CancellationToken.None));
        var stored = Assert.Single(await Store.FindDeliveriesAsync(Fixture.TenantA, endpoint.Id, retried.MessageId, null, CancellationToken.None));
        Assert.Equal((WebhookDeliveryStatus.Pending, 1, Now.AddMinutes(5)), (stored.Status, stored.Attempts, stored.NextAttemptAt));
        Assert.Single(await Store.FindDeliveriesAsync(Fixture.TenantA, endpoint.Id, recordedAlone.MessageId, null, CancellationToken.None));
        Assert.Empty(await Store.ClaimDueAsync(Now, Now.AddMinutes(1), "one", 10, CancellationToken.None));
        Assert.Equal(2, (await Store.ClaimDueAsync(Now.AddMinutes(5), Now.AddMinutes(6), "one", 10, CancellationToken.None)).Count);
        var attempts = await Store.ListAttemptsAsync(Fixture.TenantA, endpoint.Id, new PageRequest(null, 10), CancellationToken.None);
        Assert.Equal([recordedAlone.Id, retried.Id, succeeded.Id], attempts.Items.Select(a => a.DeliveryId));
    }

    [Fact]
    public async Task Deleting_an_endpoint_deletes_its_attempts()
    {
        var endpoint = await EndpointAsync(Fixture.TenantA);
        await Store.RecordAttemptsAsync([Attempt(Delivery(endpoint, Guid.NewGuid()), true, null)], CancellationToken.None);
        Assert.Single((await Store.ListAttemptsAsync(Fixture.TenantA, endpoint.Id, new PageRequest(null, 10), CancellationToken.None)).Items);

        Assert.True(await Store.DeleteEndpointAsync(Fixture.TenantA, endpoint.Id, Audit(endpoint), CancellationToken.None));

        Assert.Empty((await Store.ListAttemptsAsync(Fixture.TenantA, endpoint.Id, new PageRequest(null, 10), CancellationToken.None)).Items);
    }

    [Fact]
    public async Task A_stale_endpoint_update_is_refused_and_tenants_are_isolated()
    {
        var endpoint = await EndpointAsync(Fixture.TenantA);
        var updated = await Store.UpdateEndpointAsync(endpoint with { Description = "ERP" }, Audit(endpoint), CancellationToken.None);

        var stale = await Assert.ThrowsAsync<PurchaserException>(() => Store.UpdateEndpointAsync(endpoint with { Description = "stale" }, Audit(endpoint), CancellationToken.None));
        Assert.Equal(ErrorCodes.PreconditionFailed, stale.Error.Code);
        var read = await Store.FindEndpointAsync(Fixture.TenantA, endpoint.Id, CancellationToken.None);
        Assert.Equal(updated.Version, read!.Version);
        Assert.Equal("ERP", read.Description);
        Assert.Equal(["rfq.created", "rfq.awarded"], read.EventTypes!);
        Assert.Equal(endpoint.Secrets, read.Secrets);
        Assert.Null(await Store.FindEndpointAsync(Fixture.TenantB, endpoint.Id, CancellationToken.None));
        Assert.Empty(await Store.ListEndpointsAsync(Fixture.TenantB, CancellationToken.None));
        Assert.False(await Store.DeleteEndpointAsync(Fixture.TenantB, endpoint.Id, Audit(endpoint), CancellationToken.None));

        var rfq = await Fixture.CreateRfqAsync(Fixture.TenantA);
        var message = (await Fixture.Get<IOutboxStore>().ReadAsync(0, 10, CancellationToken.None)).Single(m => m.SubjectId == rfq.Id.Value);
        Assert.Equal(message, await Store.FindOutboxMessageAsync(Fixture.TenantA, message.Id, CancellationToken.None));
        Assert.Null(await Store.FindOutboxMessageAsync(Fixture.TenantB, message.Id, CancellationToken.None));
    }

    [Fact]
    public async Task Failed_deliveries_are_found_and_requeued_with_a_fresh_budget()
    {
        var endpoint = await EndpointAsync(Fixture.TenantA);
        var delivery = Delivery(endpoint, Guid.NewGuid());
        await Store.AddDeliveriesAsync([delivery], CancellationToken.None);
        var claimed = Assert.Single(await Store.ClaimDueAsync(Now, Now.AddMinutes(1), "one", 10, CancellationToken.None));
        await RecordAsync(claimed, succeeded: false, next: null);

        var failed = Assert.Single(await Store.FindDeliveriesAsync(Fixture.TenantA, endpoint.Id, null, Now, CancellationToken.None));
        Assert.Equal(WebhookDeliveryStatus.Failed, failed.Status);
        Assert.Empty(await Store.FindDeliveriesAsync(Fixture.TenantB, endpoint.Id, delivery.MessageId, null, CancellationToken.None));

        await Store.RequeueAsync([failed.Id], Now.AddHours(1), CancellationToken.None);
        var again = Assert.Single(await Store.FindDeliveriesAsync(Fixture.TenantA, endpoint.Id, delivery.MessageId, null, CancellationToken.None));
        Assert.Equal((WebhookDeliveryStatus.Pending, 0, Now.AddHours(1)), (again.Status, again.Attempts, again.NextAttemptAt!.Value));
        Assert.Single(await Store.ClaimDueAsync(Now.AddHours(1), Now.AddHours(2), "two", 10, CancellationToken.None));
    }

    [Fact]
    public async Task New_deliveries_first_in_line_are_handed_to_the_attached_dispatcher_and_others_take_them_over_when_its_lease_runs_out()
    {
        var endpoint = await EndpointAsync(Fixture.TenantA);
        var off = await EndpointAsync(Fixture.TenantA);
        await Store.UpdateEndpointAsync(off with { Enabled = false }, Audit(off), CancellationToken.None);
        var taker = Attach(limit: 10);
        var subject = Guid.NewGuid();
        var created = Delivery(endpoint, subject);
        var published = Delivery(endpoint, subject);
        var other = Delivery(endpoint, Guid.NewGuid());
        var later = Delivery(endpoint, Guid.NewGuid()) with { NextAttemptAt = Now.AddMinutes(5) };
        var toDisabled = Delivery(off, Guid.NewGuid());
        var signals = CountSignals();

        await Store.AddDeliveriesAsync([created, published, other, later, toDisabled], CancellationToken.None);

        // The second event of the subject waits for the first; nothing is due later or to a disabled endpoint yet.
        var handed = Assert.Single(taker.Taken);
        Assert.Equal([created.Id, other.Id], handed.Select(d => d.Id));
        Assert.All(handed, d => Assert.True(d.Sequence > 0));
        Assert.Equal(created with { Sequence = handed[0].Sequence }, handed[0]);
        Assert.Equal(0, signals());

        // Leased like a claim: another host gets none of them until the lease runs out (this host died), then both.
        Assert.Empty(await Store.ClaimDueAsync(Now.AddSeconds(59), Now.AddMinutes(2), "two", 10, CancellationToken.None));
        var takenOver = await Store.ClaimDueAsync(Now.AddMinutes(1), Now.AddMinutes(2), "two", 10, CancellationToken.None);
        Assert.Equal([created.Id, other.Id], takenOver.Select(d => d.Id));
    }

    [Fact]
    public async Task Ending_a_delivery_hands_over_the_next_of_its_subject_and_a_retry_hands_over_nothing()
    {
        var endpoint = await EndpointAsync(Fixture.TenantA);
        var taker = Attach(limit: 10);
        var subject = Guid.NewGuid();
        var first = Delivery(endpoint, subject);
        var second = Delivery(endpoint, subject);
        var third = Delivery(endpoint, subject);
        await Store.AddDeliveriesAsync([first, second, third], CancellationToken.None);
        var leased = Assert.Single(Assert.Single(taker.Taken));
        Assert.Equal(first.Id, leased.Id);

        await RecordAsync(leased, succeeded: false, next: Now);
        Assert.Single(taker.Taken);

        await RecordManyAsync([leased], succeeded: true);
        var next = Assert.Single(taker.Taken[1]);
        Assert.Equal(second.Id, next.Id);
        Assert.Empty(await Store.ClaimDueAsync(Now, Now.AddMinutes(1), "two", 10, CancellationToken.None));

        await RecordAsync(next, succeeded: false, next: null);
        Assert.Equal(third.Id, Assert.Single(taker.Taken[2]).Id);
    }

    [Fact]
    public async Task Ready_deliveries_nobody_leased_raise_the_signal_and_are_left_for_claims()
    {
        var endpoint = await EndpointAsync(Fixture.TenantA);
        var signals = CountSignals();
        await Store.AddDeliveriesAsync([Delivery(endpoint, Guid.NewGuid())], CancellationToken.None);
        Assert.Equal(1, signals());
        Assert.Single(await Store.ClaimDueAsync(Now, Now.AddMinutes(1), "two", 10, CancellationToken.None));

        // A dispatcher that takes one more gets one; the other is left to be claimed, and the commit says so.
        var taker = Attach(limit: 1);
        var kept = Delivery(endpoint, Guid.NewGuid());
        var left = Delivery(endpoint, Guid.NewGuid());
        await Store.AddDeliveriesAsync([kept, left], CancellationToken.None);
        Assert.Equal(kept.Id, Assert.Single(Assert.Single(taker.Taken)).Id);
        Assert.Equal(2, signals());
        Assert.Equal(left.Id, Assert.Single(await Store.ClaimDueAsync(Now, Now.AddMinutes(1), "two", 10, CancellationToken.None)).Id);
    }

    [Fact]
    public async Task A_released_delivery_is_claimable_at_once_and_only_its_lease_owner_can_release_it()
    {
        var endpoint = await EndpointAsync(Fixture.TenantA);
        var queued = Delivery(endpoint, Guid.NewGuid());
        var sent = Delivery(endpoint, Guid.NewGuid());
        await Store.AddDeliveriesAsync([queued, sent], CancellationToken.None);
        var claimed = await Store.ClaimDueAsync(Now, Now.AddMinutes(1), "one", 10, CancellationToken.None);
        await RecordAsync(claimed.Single(d => d.Id == sent.Id), succeeded: true, next: null);

        await Store.ReleaseAsync("two", [queued.Id], CancellationToken.None);
        Assert.Empty(await Store.ClaimDueAsync(Now, Now.AddMinutes(1), "two", 10, CancellationToken.None));

        await Store.ReleaseAsync("one", [queued.Id, sent.Id], CancellationToken.None);
        Assert.Equal(queued.Id, Assert.Single(await Store.ClaimDueAsync(Now, Now.AddMinutes(1), "two", 10, CancellationToken.None)).Id);
        var done = Assert.Single(await Store.FindDeliveriesAsync(Fixture.TenantA, endpoint.Id, sent.MessageId, null, CancellationToken.None));
        Assert.Equal(WebhookDeliveryStatus.Succeeded, done.Status);
    }

    private Taker Attach(int limit)
    {
        var taker = new Taker(new WebhookDeliveryLease("one", Now, Now.AddMinutes(1), limit));
        Fixture.Get<WebhookDeliveryHandoff>().Attach(taker);
        return taker;
    }

    private Func<int> CountSignals()
    {
        var count = 0;
        Fixture.Get<OutboxSignal>().Raised += (_, _) => Interlocked.Increment(ref count);
        return () => Volatile.Read(ref count);
    }

    private async Task<WebhookEndpoint> EndpointAsync(Id<Tenant> tenant)
    {
        var endpoint = new WebhookEndpoint
        {
            Id = Id<WebhookEndpoint>.New(),
            TenantId = tenant,
            Url = new Uri("https://erp.example/hooks/purchaser"),
            EventTypes = ["rfq.created", "rfq.awarded"],
            Secrets = [new WebhookSigningSecret("protected-secret", Now, null)],
            CreatedAt = Now,
            UpdatedAt = Now,
        };
        await Store.CreateEndpointAsync(endpoint, Audit(endpoint), CancellationToken.None);
        return endpoint;
    }

    private static WebhookDelivery Delivery(WebhookEndpoint endpoint, Guid subject) => new()
    {
        Id = Id<WebhookDelivery>.New(),
        TenantId = endpoint.TenantId,
        EndpointId = endpoint.Id,
        MessageId = OutboxMessage.NewId(),
        EventType = "rfq.created",
        SubjectId = subject,
        Payload = """{"type":"rfq.created","data":{}}""",
        Status = WebhookDeliveryStatus.Pending,
        NextAttemptAt = Now,
        CreatedAt = Now,
    };

    private StateChange Audit(WebhookEndpoint endpoint) =>
        StateChange.AuditOnly(new AuditEntry(endpoint.TenantId, "webhook_endpoint", endpoint.Id.Value, "webhook_endpoint.changed", Fixture.Actor, Now, null));

    private Task RecordAsync(WebhookDelivery delivery, bool succeeded, DateTimeOffset? next)
    {
        var (attempt, updated) = Attempt(delivery, succeeded, next);
        return Store.RecordAttemptAsync(attempt, updated, null, new StateChange([], []), CancellationToken.None);
    }

    private Task RecordManyAsync(IEnumerable<WebhookDelivery> deliveries, bool succeeded) =>
        Store.RecordAttemptsAsync([.. deliveries.Select(d => Attempt(d, succeeded, null))], CancellationToken.None);

    private static (WebhookAttempt Attempt, WebhookDelivery Delivery) Attempt(WebhookDelivery delivery, bool succeeded, DateTimeOffset? next)
    {
        var at = next ?? Now;
        var updated = delivery with
        {
            Status = succeeded ? WebhookDeliveryStatus.Succeeded : next is null ? WebhookDeliveryStatus.Failed : WebhookDeliveryStatus.Pending,
            Attempts = delivery.Attempts + 1,
            NextAttemptAt = next,
            CompletedAt = succeeded || next is null ? at : null,
        };
        var attempt = new WebhookAttempt
        {
            DeliveryId = delivery.Id,
            EndpointId = delivery.EndpointId,
            MessageId = delivery.MessageId,
            EventType = delivery.EventType,
            AttemptedAt = at,
            StatusCode = succeeded ? 200 : 503,
            Latency = TimeSpan.FromMilliseconds(42),
            Succeeded = succeeded,
            NextRetryAt = next,
        };
        return (attempt, updated);
    }

    /// <summary>A dispatcher as the handoff sees it: offers one fixed lease, keeps what it is handed.</summary>
    private sealed class Taker(WebhookDeliveryLease lease) : IWebhookDeliveryTaker
    {
        private int _left = lease.Limit;

        public List<IReadOnlyList<WebhookDelivery>> Taken { get; } = [];

        public WebhookDeliveryLease? Offer() => _left > 0 ? lease with { Limit = _left } : null;

        public void Take(WebhookDeliveryLease lease, IReadOnlyList<WebhookDelivery> deliveries)
        {
            Taken.Add(deliveries);
            _left -= deliveries.Count;
        }
    }
}
