using Microsoft.Data.Sqlite;
using Purchaser.Domain;

namespace Purchaser.Storage.Sqlite;

/// <summary>
/// Leases ready deliveries to this process's dispatcher inside a write (see <see cref="WebhookDeliveryHandoff"/>): a new
/// delivery when it is first in line for its subject and endpoint, and the next delivery of a subject whose earlier one
/// was just completed. What it leased is handed over once the write commits; a ready delivery it could not lease (no
/// dispatcher attached, or the dispatcher's limit reached) makes the write wake the dispatcher to claim it.
/// </summary>
internal sealed class SqliteDeliveryLeaser(SqliteConnection connection, SqliteTransaction transaction, WebhookDeliveryLease? lease) : IAsyncDisposable
{
    // Inserts the delivery, leased when nothing earlier of its subject to its endpoint is pending and the endpoint is
    // enabled: the same rule a claim applies. The conditions name only parameters, so SQLite evaluates them once.
    private const string InsertLeased =
        """
        INSERT INTO webhook_deliveries (id, tenant_id, endpoint_id, message_id, event_type, subject_id, payload, status, attempts, next_attempt_at, created_at, completed_at, lease_owner, lease_until)
        SELECT @id, @tenant, @endpoint, @message, @type, @subject, @payload, @status, @attempts, @next, @created, @completed,
               CASE WHEN ready THEN @owner END, CASE WHEN ready THEN @until END
        FROM (SELECT NOT EXISTS (SELECT 1 FROM webhook_deliveries p WHERE p.endpoint_id = @endpoint AND p.subject_id = @subject AND p.status = 'Pending')
                     AND EXISTS (SELECT 1 FROM webhook_endpoints e WHERE e.id = @endpoint AND e.enabled = 1) AS ready)
        RETURNING seq, lease_owner IS NOT NULL
        """;

    private const string Insert =
        "INSERT INTO webhook_deliveries (id, tenant_id, endpoint_id, message_id, event_type, subject_id, payload, status, attempts, next_attempt_at, created_at, completed_at) " +
        "VALUES (@id, @tenant, @endpoint, @message, @type, @subject, @payload, @status, @attempts, @next, @created, @completed)";

    private readonly List<WebhookDelivery> _leased = [];
    private int _left = lease?.Limit ?? 0;
    private SqliteCommand? _insert;
    private SqliteCommand? _insertLeased;

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
            _insert ??= connection.Command(Insert, transaction);
            await Bind(_insert, delivery).ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return;
        }

        _insertLeased ??= connection.Command(InsertLeased, transaction);
        Bind(_insertLeased, delivery).Set("@owner", lease.Owner).Set("@until", lease.Until);
        await using var reader = await _insertLeased.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        if (reader.GetInt64(1) == 1)
        {
            _leased.Add(delivery with { Sequence = reader.GetInt64(0) });
            _left--;
        }
    }

    /// <summary>
    /// After <paramref name="completed"/> stopped being pending: leases the next pending delivery of each one's subject to
    /// its endpoint, where that is due and free. One statement for the whole batch.
    /// </summary>
    public async Task LeaseNextAsync(IReadOnlyCollection<WebhookDelivery> completed, CancellationToken cancellationToken)
    {
        if (completed.Count == 0)
        {
            return;
        }

        if (lease is null || _left == 0)
        {
            LeftReady = true;
            return;
        }

        await using var next = connection.Command(
            $"""
            UPDATE webhook_deliveries SET lease_owner = @owner, lease_until = @until
            WHERE seq IN (
                SELECT MIN(n.seq) FROM webhook_deliveries d
                JOIN webhook_deliveries n ON n.endpoint_id = d.endpoint_id AND n.subject_id = d.subject_id AND n.status = 'Pending'
                WHERE d.seq IN (SELECT value FROM json_each(@completed))
                GROUP BY n.endpoint_id, n.subject_id
                ORDER BY 1 LIMIT @left)
              AND next_attempt_at <= @now AND (lease_until IS NULL OR lease_until <= @now)
              AND EXISTS (SELECT 1 FROM webhook_endpoints e WHERE e.id = endpoint_id AND e.enabled = 1)
            RETURNING {SqliteWebhookStore.DeliveryColumns}
            """, transaction)
            .With("@owner", lease.Owner).With("@until", lease.Until).With("@now", lease.Now).With("@left", _left)
            .With("@completed", "[" + string.Join(',', completed.Select(d => d.Sequence)) + "]");
        var leased = await next.ListAsync(SqliteWebhookStore.ReadDelivery, cancellationToken).ConfigureAwait(false);
        _leased.AddRange(leased.OrderBy(d => d.Sequence));
        _left -= leased.Count;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var command in new[] { _insert, _insertLeased })
        {
            if (command is not null)
            {
                await command.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private static SqliteCommand Bind(SqliteCommand command, WebhookDelivery delivery)
    {
        return command.Set("@id", delivery.Id.Value).Set("@tenant", delivery.TenantId.Value).Set("@endpoint", delivery.EndpointId.Value).Set("@message", delivery.MessageId)
            .Set("@type", delivery.EventType).Set("@subject", delivery.SubjectId).Set("@payload", delivery.Payload).Set("@status", delivery.Status.ToString())
            .Set("@attempts", delivery.Attempts).Set("@next", delivery.NextAttemptAt).Set("@created", delivery.CreatedAt).Set("@completed", delivery.CompletedAt);
    }
}
