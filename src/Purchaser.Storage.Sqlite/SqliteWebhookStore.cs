using Microsoft.Data.Sqlite;
using Purchaser.Domain;

namespace Purchaser.Storage.Sqlite;

/// <summary>Webhook endpoints, deliveries and attempts in SQLite.</summary>
internal sealed class SqliteWebhookStore(SqliteDatabase database, WebhookDeliveryHandoff handoff) : IWebhookStore
{
    private const string EndpointColumns = "id, tenant_id, url, description, event_types, enabled, secrets_json, failing_since, disabled_reason, created_at, updated_at, version";
    internal const string DeliveryColumns = "id, tenant_id, endpoint_id, message_id, event_type, subject_id, payload, status, attempts, next_attempt_at, created_at, completed_at, seq";
    // Pending, due, not leased, to an enabled endpoint, and first in line for its subject to that endpoint.
    private const string Claimable =
        """
        SELECT d.seq FROM webhook_deliveries d
        WHERE d.status = 'Pending' AND d.next_attempt_at <= @now AND (d.lease_until IS NULL OR d.lease_until <= @now)
          AND EXISTS (SELECT 1 FROM webhook_endpoints e WHERE e.id = d.endpoint_id AND e.enabled = 1)
          AND NOT EXISTS (SELECT 1 FROM webhook_deliveries p
                          WHERE p.endpoint_id = d.endpoint_id AND p.subject_id = d.subject_id AND p.status = 'Pending' AND p.seq < d.seq)
        """;

    internal const string AttemptColumns = "delivery_id, endpoint_id, message_id, event_type, attempted_at, status_code, latency_ms, response_body, error, succeeded, next_retry_at, seq";

    public Task CreateEndpointAsync(WebhookEndpoint endpoint, StateChange change, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await using (var command = BindEndpoint(connection.Command(
                $"INSERT INTO webhook_endpoints ({EndpointColumns}) VALUES (@id, @tenant, @url, @description, @types, @enabled, @secrets, @failing, @disabled, @created, @updated, @version)", transaction), endpoint, endpoint.Version))
            {
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await StateChangeWriter.WriteAsync(database, connection, transaction, change, cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    public Task<WebhookEndpoint?> FindEndpointAsync(Id<Tenant> tenantId, Id<WebhookEndpoint> id, CancellationToken cancellationToken) =>
        database.ReadAsync(async connection =>
        {
            await using var command = connection.Command($"SELECT {EndpointColumns} FROM webhook_endpoints WHERE tenant_id = @tenant AND id = @id").With("@tenant", tenantId.Value).With("@id", id.Value);
            return (await command.ListAsync(ReadEndpoint, cancellationToken).ConfigureAwait(false)).FirstOrDefault();
        }, cancellationToken);

    public Task<IReadOnlyList<WebhookEndpoint>> ListEndpointsAsync(Id<Tenant> tenantId, CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<WebhookEndpoint>>(async connection =>
        {
            await using var command = connection.Command($"SELECT {EndpointColumns} FROM webhook_endpoints WHERE tenant_id = @tenant ORDER BY seq").With("@tenant", tenantId.Value);
            return await command.ListAsync(ReadEndpoint, cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    public Task<IReadOnlyList<WebhookEndpoint>> ListEnabledEndpointsAsync(IReadOnlyCollection<Id<Tenant>> tenantIds, CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<WebhookEndpoint>>(async connection =>
        {
            if (tenantIds.Count == 0)
            {
                return [];
            }

            var names = string.Join(", ", tenantIds.Select((_, i) => $"@t{i}"));
            await using var command = connection.Command($"SELECT {EndpointColumns} FROM webhook_endpoints WHERE enabled = 1 AND tenant_id IN ({names}) ORDER BY seq");
            var index = 0;
            foreach (var tenant in tenantIds)
            {
                command.With($"@t{index++}", tenant.Value);
            }

            return await command.ListAsync(ReadEndpoint, cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    public async Task<WebhookEndpoint> UpdateEndpointAsync(WebhookEndpoint endpoint, StateChange change, CancellationToken cancellationToken)
    {
        await database.WriteAsync(async (connection, transaction) =>
        {
            await UpdateEndpointAsync(connection, transaction, endpoint, cancellationToken).ConfigureAwait(false);
            await StateChangeWriter.WriteAsync(database, connection, transaction, change, cancellationToken).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);
        return endpoint with { Version = endpoint.Version + 1 };
    }

    public Task<bool> DeleteEndpointAsync(Id<Tenant> tenantId, Id<WebhookEndpoint> id, StateChange change, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await using var delete = connection.Command("DELETE FROM webhook_endpoints WHERE tenant_id = @tenant AND id = @id", transaction).With("@tenant", tenantId.Value).With("@id", id.Value);
            if (await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 0)
            {
                return false;
            }

            await using var attempts = connection.Command("DELETE FROM webhook_attempts WHERE tenant_id = @tenant AND endpoint_id = @id", transaction).With("@tenant", tenantId.Value).With("@id", id.Value);
            await attempts.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);

            await StateChangeWriter.WriteAsync(database, connection, transaction, change, cancellationToken).ConfigureAwait(false);
            return true;
        }, cancellationToken);

    public Task<long> ReadFanOutCheckpointAsync(CancellationToken cancellationToken) =>
        database.ReadAsync(async connection =>
        {
            await using var command = connection.Command("SELECT checkpoint FROM webhook_fanout WHERE id = 1");
            return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
        }, cancellationToken);

    public Task AppendDeliveriesAsync(long fannedOutTo, IReadOnlyList<WebhookDelivery> deliveries, CancellationToken cancellationToken) =>
        WriteLeasingAsync(async (connection, transaction, leaser) =>
        {
            await using (var advance = connection.Command("UPDATE webhook_fanout SET checkpoint = @next WHERE id = 1 AND checkpoint < @next", transaction).With("@next", fannedOutTo))
            {
                await advance.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            foreach (var delivery in deliveries)
            {
                await leaser.InsertAsync(delivery, cancellationToken).ConfigureAwait(false);
            }

            return true;
        }, cancellationToken);

    public Task<IReadOnlyCollection<(Id<WebhookEndpoint> EndpointId, Guid SubjectId)>> ListPendingSubjectsAsync(CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyCollection<(Id<WebhookEndpoint>, Guid)>>(async connection =>
        {
            await using var command = connection.Command("SELECT DISTINCT endpoint_id, subject_id FROM webhook_deliveries WHERE status = 'Pending'");
            return await command.ListAsync(r => (new Id<WebhookEndpoint>(r.Guid(0)), r.Guid(1)), cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    public Task AddDeliveriesAsync(IReadOnlyList<WebhookDelivery> deliveries, CancellationToken cancellationToken) =>
        WriteLeasingAsync(async (_, _, leaser) =>
        {
            foreach (var delivery in deliveries)
            {
                await leaser.InsertAsync(delivery, cancellationToken).ConfigureAwait(false);
            }

            return true;
        }, cancellationToken);

    public async Task<IReadOnlyList<WebhookDelivery>> ClaimDueAsync(DateTimeOffset now, DateTimeOffset leaseUntil, string owner, int limit, CancellationToken cancellationToken)
    {
        // Looked for first on a reader, which does not queue behind the writer: most claims find nothing (this process's
        // own deliveries are handed over leased), and an empty claim would still take the write lock.
        var any = await database.ReadAsync(async connection =>
        {
            await using var peek = connection.Command($"SELECT EXISTS ({Claimable} LIMIT 1)").With("@now", now);
            return (long)(await peek.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))! == 1;
        }, cancellationToken).ConfigureAwait(false);
        if (!any)
        {
            return [];
        }

        return await database.WriteAsync<IReadOnlyList<WebhookDelivery>>(async (connection, transaction) =>
        {
            await using var claim = connection.Command(
                $"""
                UPDATE webhook_deliveries SET lease_owner = @owner, lease_until = @until
                WHERE seq IN ({Claimable} ORDER BY d.next_attempt_at, d.seq LIMIT @limit)
                RETURNING {DeliveryColumns}
                """, transaction).With("@now", now).With("@limit", limit).With("@owner", owner).With("@until", leaseUntil);
            var claimed = await claim.ListAsync(ReadDelivery, cancellationToken).ConfigureAwait(false);
            return [.. claimed.OrderBy(d => d.NextAttemptAt).ThenBy(d => d.Sequence)];
        }, cancellationToken).ConfigureAwait(false);
    }

    public Task ReleaseAsync(string owner, IReadOnlyList<Id<WebhookDelivery>> deliveryIds, CancellationToken cancellationToken) =>
        deliveryIds.Count == 0 ? Task.CompletedTask : database.WriteAsync(async (connection, transaction) =>
        {
            database.SignalOnCommit();
            await using var release = connection.Command(
                "UPDATE webhook_deliveries SET lease_owner = NULL, lease_until = NULL WHERE id = @id AND lease_owner = @owner AND status = 'Pending'", transaction);
            foreach (var id in deliveryIds)
            {
                await release.Set("@id", id.Value).Set("@owner", owner).ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }, cancellationToken);

    public Task RecordAttemptAsync(WebhookAttempt attempt, WebhookDelivery delivery, WebhookEndpoint? endpoint, StateChange change, CancellationToken cancellationToken) =>
        WriteLeasingAsync(async (connection, transaction, leaser) =>
        {
            await using (var writer = new AttemptWriter(connection, transaction, leaser))
            {
                await writer.WriteAsync(attempt, delivery, cancellationToken).ConfigureAwait(false);
            }

            if (endpoint is not null)
            {
                await UpdateEndpointAsync(connection, transaction, endpoint, cancellationToken).ConfigureAwait(false);
            }

            await StateChangeWriter.WriteAsync(database, connection, transaction, change, cancellationToken).ConfigureAwait(false);
            if (delivery.Status != WebhookDeliveryStatus.Pending && delivery.Sequence != 0)
            {
                await leaser.LeaseNextAsync([delivery], cancellationToken).ConfigureAwait(false);
            }

            return true;
        }, cancellationToken);

    public Task RecordAttemptsAsync(IReadOnlyList<(WebhookAttempt Attempt, WebhookDelivery Delivery)> attempts, CancellationToken cancellationToken) =>
        WriteLeasingAsync(async (connection, transaction, leaser) =>
        {
            await using var writer = new AttemptWriter(connection, transaction, leaser);
            foreach (var (attempt, delivery) in attempts)
            {
                await writer.WriteAsync(attempt, delivery, cancellationToken).ConfigureAwait(false);
            }

            await leaser.LeaseNextAsync([.. attempts.Select(a => a.Delivery).Where(d => d.Status != WebhookDeliveryStatus.Pending && d.Sequence != 0)], cancellationToken).ConfigureAwait(false);

            return true;
        }, cancellationToken);

    public Task<Page<WebhookAttempt>> ListAttemptsAsync(Id<Tenant> tenantId, Id<WebhookEndpoint> endpointId, PageRequest page, CancellationToken cancellationToken) =>
        database.ReadAsync(async connection =>
        {
            var sql = $"SELECT {AttemptColumns} FROM webhook_attempts WHERE tenant_id = @tenant AND endpoint_id = @endpoint";
            await using var command = connection.Command(string.Empty).With("@tenant", tenantId.Value).With("@endpoint", endpointId.Value).With("@limit", page.Limit + 1);
            if (Cursor.TryDecode(page.Cursor, out var after))
            {
                sql += " AND seq < @after";
                command.With("@after", after);
            }

            command.CommandText = sql + " ORDER BY seq DESC LIMIT @limit";
            var rows = await command.ListAsync(ReadAttempt, cancellationToken).ConfigureAwait(false);
            var items = rows.Take(page.Limit).ToList();
            return new Page<WebhookAttempt>(items, rows.Count > page.Limit ? Cursor.Encode(items[^1].Sequence) : null);
        }, cancellationToken);

    public Task<IReadOnlyList<WebhookDelivery>> FindDeliveriesAsync(Id<Tenant> tenantId, Id<WebhookEndpoint> endpointId, string? messageId, DateTimeOffset? failedSince, CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<WebhookDelivery>>(async connection =>
        {
            await using var command = connection.Command(
                messageId is not null
                    ? $"SELECT {DeliveryColumns} FROM webhook_deliveries WHERE tenant_id = @tenant AND endpoint_id = @endpoint AND message_id = @message ORDER BY seq"
                    : $"SELECT {DeliveryColumns} FROM webhook_deliveries WHERE tenant_id = @tenant AND endpoint_id = @endpoint AND status = 'Failed' AND created_at >= @since ORDER BY seq")
                .With("@tenant", tenantId.Value).With("@endpoint", endpointId.Value).With("@message", messageId).With("@since", failedSince ?? DateTimeOffset.MinValue);
            return await command.ListAsync(ReadDelivery, cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    public Task RequeueAsync(IReadOnlyList<Id<WebhookDelivery>> deliveryIds, DateTimeOffset now, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            database.SignalOnCommit();
            foreach (var id in deliveryIds)
            {
                await using var command = connection.Command(
                    "UPDATE webhook_deliveries SET status = 'Pending', attempts = 0, next_attempt_at = @now, completed_at = NULL, lease_owner = NULL, lease_until = NULL WHERE id = @id", transaction)
                    .With("@now", now).With("@id", id.Value);
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }, cancellationToken);

    public Task<OutboxMessage?> FindOutboxMessageAsync(Id<Tenant> tenantId, string messageId, CancellationToken cancellationToken) =>
        database.ReadAsync(async connection =>
        {
            await using var command = connection.Command("SELECT sequence, id, tenant_id, event_type, subject_id, payload, created_at FROM outbox WHERE tenant_id = @tenant AND id = @id")
                .With("@tenant", tenantId.Value).With("@id", messageId);
            return (await command.ListAsync(
                r => new OutboxMessage(r.GetString(1), new Id<Tenant>(r.Guid(2)), r.GetString(3), r.Guid(4), r.GetString(5), r.Time(6)) { Sequence = r.GetInt64(0) },
                cancellationToken).ConfigureAwait(false)).FirstOrDefault();
        }, cancellationToken);

    private static async Task UpdateEndpointAsync(SqliteConnection connection, SqliteTransaction transaction, WebhookEndpoint endpoint, CancellationToken cancellationToken)
    {
        await using var command = BindEndpoint(connection.Command(
            """
            UPDATE webhook_endpoints SET url = @url, description = @description, event_types = @types, enabled = @enabled, secrets_json = @secrets,
                failing_since = @failing, disabled_reason = @disabled, updated_at = @updated, version = @version
            WHERE id = @id AND tenant_id = @tenant AND version = @expected
            """, transaction), endpoint, endpoint.Version + 1).With("@expected", endpoint.Version);
        if (await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 0)
        {
            throw new PurchaserException(new PurchaserError(ErrorCodes.PreconditionFailed, "The webhook endpoint was changed by someone else; read it again and retry.", ErrorKind.PreconditionFailed));
        }
    }

    // A write that may make deliveries ready: those it leases to this process's dispatcher are handed over once it commits.
    private async Task<T> WriteLeasingAsync<T>(Func<SqliteConnection, SqliteTransaction, SqliteDeliveryLeaser, Task<T>> work, CancellationToken cancellationToken)
    {
        WebhookDeliveryLease? lease = null;
        IReadOnlyList<WebhookDelivery> leased = [];
        var result = await database.WriteAsync(async (connection, transaction) =>
        {
            lease = handoff.Offer();
            await using var leaser = new SqliteDeliveryLeaser(connection, transaction, lease);
            var value = await work(connection, transaction, leaser).ConfigureAwait(false);
            if (leaser.LeftReady)
            {
                database.SignalOnCommit();
            }

            leased = leaser.Leased;
            return value;
        }, cancellationToken).ConfigureAwait(false);
        if (lease is not null)
        {
            handoff.HandOver(lease, leased);
        }

        return result;
    }

    private static SqliteCommand BindEndpoint(SqliteCommand command, WebhookEndpoint endpoint, long version) => command
        .With("@id", endpoint.Id.Value).With("@tenant", endpoint.TenantId.Value).With("@url", endpoint.Url.AbsoluteUri).With("@description", endpoint.Description)
        .With("@types", DocumentCodec.WriteStrings(endpoint.EventTypes)).With("@enabled", endpoint.Enabled ? 1 : 0).With("@secrets", DocumentCodec.Write(endpoint.Secrets))
        .With("@failing", endpoint.FailingSince).With("@disabled", endpoint.DisabledReason).With("@created", endpoint.CreatedAt).With("@updated", endpoint.UpdatedAt)
        .With("@version", version);

    private static WebhookEndpoint ReadEndpoint(SqliteDataReader r) => new()
    {
        Id = new Id<WebhookEndpoint>(r.Guid(0)),
        TenantId = new Id<Tenant>(r.Guid(1)),
        Url = new Uri(r.GetString(2)),
        Description = r.NullableString(3),
        EventTypes = DocumentCodec.ReadStrings(r.NullableString(4)),
        Enabled = r.GetInt64(5) == 1,
        Secrets = DocumentCodec.ReadSecrets(r.GetString(6)),
        FailingSince = r.NullableTime(7),
        DisabledReason = r.NullableString(8),
        CreatedAt = r.Time(9),
        UpdatedAt = r.Time(10),
        Version = r.GetInt64(11),
    };

    internal static WebhookDelivery ReadDelivery(SqliteDataReader r) => new()
    {
        Id = new Id<WebhookDelivery>(r.Guid(0)),
        TenantId = new Id<Tenant>(r.Guid(1)),
        EndpointId = new Id<WebhookEndpoint>(r.Guid(2)),
        MessageId = r.GetString(3),
        EventType = r.GetString(4),
        SubjectId = r.Guid(5),
        Payload = r.GetString(6),
        Status = Enum.Parse<WebhookDeliveryStatus>(r.GetString(7)),
        Attempts = r.GetInt32(8),
        NextAttemptAt = r.NullableTime(9),
        CreatedAt = r.Time(10),
        CompletedAt = r.NullableTime(11),
        Sequence = r.GetInt64(12),
    };

    private static WebhookAttempt ReadAttempt(SqliteDataReader r) => new()
    {
        DeliveryId = new Id<WebhookDelivery>(r.Guid(0)),
        EndpointId = new Id<WebhookEndpoint>(r.Guid(1)),
        MessageId = r.GetString(2),
        EventType = r.GetString(3),
        AttemptedAt = r.Time(4),
        StatusCode = r.IsDBNull(5) ? null : r.GetInt32(5),
        Latency = TimeSpan.FromMilliseconds(r.GetInt64(6)),
        ResponseBody = r.NullableString(7),
        Error = r.NullableString(8),
        Succeeded = r.GetInt64(9) == 1,
        NextRetryAt = r.NullableTime(10),
        Sequence = r.GetInt64(11),
    };
}
