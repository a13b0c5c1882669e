using Npgsql;
using Purchaser.Domain;

namespace Purchaser.Storage.PostgreSql;

/// <summary>
/// Leases ready deliveries to this process's dispatcher inside a write (see <see cref="WebhookDeliveryHandoff"/>): a new
/// delivery when it is first in line for its subject and endpoint, and the next delivery of a subject whose earlier one
/// was just completed. What it leased is handed over once the write commits; a ready delivery it could not lease (no
/// dispatcher attached, or the dispatcher's limit reached) makes the write wake the dispatcher to claim it.
/// </summary>
/// <remarks>
/// Read committed lets a new delivery and the record that completes its predecessor run at once, each missing the
/// other's row. The new delivery therefore share-locks the pending predecessor it finds: if the record updated it first,
/// the check waits for that commit and sees it no longer pending; otherwise the record waits for the insert's commit and
/// then finds the new delivery as the next in line.
/// </remarks>
internal sealed class PostgreSqlDeliveryLeaser(NpgsqlConnection connection, NpgsqlTransaction transaction, WebhookDeliveryLease? lease)
{
    private const string Pending = nameof(WebhookDeliveryStatus.Pending);
    private const string Columns = "id, tenant_id, endpoint_id, message_id, event_type, subject_id, payload, status, attempts, next_attempt_at, created_at, completed_at";
    private const string Values = "@id, @tenant, @endpoint, @message, @type, @subject, @payload, @status, @attempts, @next, @created, @completed";

    private readonly List<WebhookDelivery> _leased = [];
    private int _left = lease?.Limit ?? 0;

    /// <summary>What this write leased, in order, to hand over after the commit.</summary>
    public IReadOnlyList<WebhookDelivery> Leased => _leased;

    /// <summary>True when the write left a ready delivery unleased: the dispatcher must be woken to claim it.</summary>
    public bool LeftReady { get; private set; }

    public async Task InsertAsync(WebhookDelivery delivery, CancellationToken cancellationToken)
    {
        var due = delivery.Status == WebhookDeliveryStatus.Pending && delivery.NextAttemptAt is { } next && (lease is null || next <= lease.Now);
        if (!due || lease is null || _left == 0)
        {
            LeftReady |= due;
            await using var plain = Bind(connection.Command($"INSERT INTO webhook_deliveries ({Columns}) VALUES ({Values})", transaction), delivery);
            await plain.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return;
        }

        await using var leased = Bind(connection.Command(
            $"""
            WITH r AS (SELECT NOT EXISTS (SELECT 1 FROM webhook_deliveries p WHERE p.endpoint_id = @endpoint AND p.subject_id = @subject AND p.status = '{Pending}' FOR SHARE)
                              AND EXISTS (SELECT 1 FROM webhook_endpoints e WHERE e.id = @endpoint AND e.enabled) AS ready)
            INSERT INTO webhook_deliveries ({Columns}, lease_owner, lease_until)
            VALUES ({Values}, CASE WHEN (SELECT ready FROM r) THEN @owner END, CASE WHEN (SELECT ready FROM r) THEN @until END)
            RETURNING seq, lease_owner IS NOT NULL
            """, transaction), delivery).With("@owner", lease.Owner).With("@until", lease.Until);
        await using var reader = await leased.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        if (reader.GetBoolean(1))
        {
            _leased.Add(delivery with { Sequence = reader.GetInt64(0) });
            _left--;
        }
    }

    /// <summary>After <paramref name="completed"/> stopped being pending: leases the next pending delivery of its subject to its endpoint, if due and free.</summary>
    public async Task LeaseNextAsync(WebhookDelivery completed, CancellationToken cancellationToken)
    {
        if (lease is null || _left == 0)
        {
            LeftReady = true;
            return;
        }

        await using var next = connection.Command(
            $"""
            UPDATE webhook_deliveries SET lease_owner = @owner, lease_until = @until
            WHERE seq = (SELECT seq FROM webhook_deliveries WHERE endpoint_id = @endpoint AND subject_id = @subject AND status = '{Pending}' ORDER BY seq LIMIT 1)
              AND next_attempt_at <= @now AND (lease_until IS NULL OR lease_until <= @now)
              AND EXISTS (SELECT 1 FROM webhook_endpoints e WHERE e.id = endpoint_id AND e.enabled)
            RETURNING {Columns}, seq
            """, transaction)
            .With("@owner", lease.Owner).With("@until", lease.Until).With("@now", lease.Now).With("@endpoint", completed.EndpointId.Value).With("@subject", completed.SubjectId);
        var leased = await next.ListAsync(PostgreSqlWebhookStore.ReadDelivery, cancellationToken).ConfigureAwait(false);
        _leased.AddRange(leased);
        _left -= leased.Count;
    }

    private static NpgsqlCommand Bind(NpgsqlCommand command, WebhookDelivery delivery) => command
        .With("@id", delivery.Id.Value).With("@tenant", delivery.TenantId.Value).With("@endpoint", delivery.EndpointId.Value).With("@message", delivery.MessageId)
        .With("@type", delivery.EventType).With("@subject", delivery.SubjectId).With("@payload", delivery.Payload).With("@status", delivery.Status.ToString())
        .With("@attempts", delivery.Attempts).With("@next", delivery.NextAttemptAt).With("@created", delivery.CreatedAt).With("@completed", delivery.CompletedAt);
}
