using Purchaser.Domain;
using Purchaser.Storage;

namespace Purchaser.Webhooks.Tests;

/// <summary>
/// The bookkeeping of first attempts sent straight from the outbox: what is sent when, what must be stored as a row, and
/// how far the stored checkpoint may move.
/// </summary>
public sealed class DeliveryLogTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 5, 9, 0, 0, TimeSpan.Zero);
    private static readonly Id<WebhookEndpoint> Endpoint = Id<WebhookEndpoint>.New();
    private readonly DeliveryLog _log = new();
    private readonly List<WebhookDelivery> _sent = [];
    private int _wakes;

    public DeliveryLogTests()
    {
        _log.Attach(_sent.AddRange, () => _wakes++);
        _log.Start(10);
    }

    [Fact]
    public void Events_of_one_subject_go_out_one_after_another_and_others_at_once()
    {
        var rfq = Guid.NewGuid();
        var (created, published, other) = (Delivery(rfq), Delivery(rfq), Delivery(Guid.NewGuid()));

        _log.Admit(13, [(11, created), (12, published), (13, other)], [], _log.Mark());

        Assert.Equal([created, other], _sent);
        _log.Recorded([Succeeded(created)]);
        Assert.Equal([created, other, published], _sent);
    }

    [Fact]
    public void The_checkpoint_may_move_only_up_to_the_message_before_the_first_unsettled_one()
    {
        var (first, second, third) = (Delivery(Guid.NewGuid()), Delivery(Guid.NewGuid()), Delivery(Guid.NewGuid()));
        _log.Admit(15, [(11, first), (13, second), (15, third)], [], _log.Mark());
        Assert.Equal(10, _log.Settled);

        _log.Recorded([Succeeded(second)]);
        Assert.Equal(10, _log.Settled);
        _log.Recorded([Succeeded(first)]);
        Assert.Equal(14, _log.Settled);
        _log.Recorded([Succeeded(third)]);

        Assert.Equal((15, 15, 0), (_log.Settled, _log.Position, _log.Unsettled));
    }

    [Fact]
    public void Messages_nobody_subscribed_to_are_settled_when_read()
    {
        _log.Admit(40, [], [], _log.Mark());

        Assert.Equal(40, _log.Settled);
    }

    [Fact]
    public void A_failed_attempt_stores_the_rest_of_its_chain_behind_it_and_later_events_of_that_subject_too()
    {
        var rfq = Guid.NewGuid();
        var (created, published, closed) = (Delivery(rfq), Delivery(rfq), Delivery(rfq));
        _log.Admit(12, [(11, created), (12, published)], [], _log.Mark());
        var mark = _log.Mark();

        _log.Recorded([created with { Status = WebhookDeliveryStatus.Pending, Attempts = 1 }]);
        _log.Admit(13, [(13, closed)], [], mark);

        Assert.Equal([created], _sent);
        Assert.Equal(1, _wakes);
        var rows = _log.TakeToStore();
        Assert.Equal([published, closed], rows);
        Assert.Equal(11, _log.Settled);
        _log.Stored(rows, 11);
        Assert.Equal((13, 11L), (_log.Settled, _log.Written));
    }

    [Fact]
    public void A_subject_with_a_pending_delivery_in_the_store_queues_behind_it()
    {
        var (waiting, free) = (Delivery(Guid.NewGuid()), Delivery(Guid.NewGuid()));

        _log.Admit(12, [(11, waiting), (12, free)], [(Endpoint, waiting.SubjectId)], _log.Mark());

        Assert.Equal([free], _sent);
        Assert.Equal([waiting], _log.TakeToStore());
    }

    [Fact]
    public void A_chain_stored_before_the_mark_is_left_to_the_store_read_that_follows_it()
    {
        var rfq = Guid.NewGuid();
        var created = Delivery(rfq);
        _log.Admit(11, [(11, created)], [], _log.Mark());
        _log.Recorded([created with { Status = WebhookDeliveryStatus.Pending, Attempts = 1 }]);
        var mark = _log.Mark();
        var published = Delivery(rfq);

        // The read of pending subjects after the mark no longer lists the subject: its retry has succeeded meanwhile.
        _log.Admit(12, [(12, published)], [], mark);

        Assert.Equal([created, published], _sent);
    }

    [Fact]
    public void A_disabled_endpoint_stores_the_chain_and_a_deleted_one_drops_it()
    {
        var (disabled, deleted) = (Guid.NewGuid(), Guid.NewGuid());
        var (first, second, gone, goneToo) = (Delivery(disabled), Delivery(disabled), Delivery(deleted), Delivery(deleted));
        _log.Admit(14, [(11, first), (12, second), (13, gone), (14, goneToo)], [], _log.Mark());

        _log.NotSent(first, endpointDeleted: false);
        _log.NotSent(gone, endpointDeleted: true);

        Assert.Equal([first, second], _log.TakeToStore());
        Assert.Equal(2, _log.Unsettled);
        Assert.Equal(10, _log.Settled);
    }

    [Fact]
    public void Stopping_forgets_everything_unsettled_and_ignores_late_records()
    {
        var delivery = Delivery(Guid.NewGuid());
        _log.Admit(11, [(11, delivery)], [], _log.Mark());

        _log.Stop();
        _log.Recorded([Succeeded(delivery)]);

        Assert.False(_log.IsStarted);
        Assert.Equal(0, _log.Unsettled);
        _log.Start(10);
        Assert.Equal(10, _log.Settled);
    }

    [Fact]
    public void A_fan_out_waiting_for_room_is_woken_once_enough_has_settled()
    {
        var deliveries = Enumerable.Range(0, 4).Select(_ => Delivery(Guid.NewGuid())).ToList();
        _log.Admit(14, [.. deliveries.Select((d, i) => (11L + i, d))], [], _log.Mark());

        _log.WaitForRoom(3);
        _log.Recorded([Succeeded(deliveries[0])]);
        Assert.Equal(0, _wakes);
        _log.Recorded([Succeeded(deliveries[1])]);
        Assert.Equal(1, _wakes);
        _log.Recorded([Succeeded(deliveries[2])]);

        Assert.Equal(1, _wakes);
    }

    private static WebhookDelivery Delivery(Guid subject) => new()
    {
        Id = Id<WebhookDelivery>.New(),
        TenantId = Id<Tenant>.New(),
        EndpointId = Endpoint,
        MessageId = OutboxMessage.NewId(),
        EventType = "rfq.created",
        SubjectId = subject,
        Payload = "{}",
        Status = WebhookDeliveryStatus.Pending,
        NextAttemptAt = Now,
        CreatedAt = Now,
    };

    private static WebhookDelivery Succeeded(WebhookDelivery delivery) => delivery with { Status = WebhookDeliveryStatus.Succeeded, Attempts = 1, CompletedAt = Now };
}
