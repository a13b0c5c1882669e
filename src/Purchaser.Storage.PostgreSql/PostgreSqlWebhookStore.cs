using Npgsql;
using Purchaser.Domain;

namespace Purchaser.Storage.PostgreSql;

/// <summary>Webhook endpoints, deliveries and attempts in PostgreSQL; several dispatchers may lease deliveries at once.</summary>
internal sealed class PostgreSqlWebhookStore(PostgreSqlDatabase database, WebhookDeliveryHandoff handoff) : IWebhookStore
{
    private const string EndpointColumns = "id, tenant_id, url, description, event_types, enabled, secrets_json, failing_since, disabled_reason, created_at, updated_at, version";
    private const string DeliveryColumns = "id, tenant_id, endpoint_id, message_id, event_type, subject_id, payload, status, attempts, next_attempt_at, created_at, completed_at, seq";
    private const string AttemptColumns = "delivery_id, endpoint_id, message_id, event_type, attempted_at, status_code, latency_ms, response_body, error, succeeded, next_retry_at, seq";
    private const string Pending = nameof(WebhookDeliveryStatus.Pending);
    private const string Failed = nameof(WebhookDeliveryStatus.Failed);

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

            await using var command = connection.Command($"SELECT {EndpointColumns} FROM webhook_endpoints WHERE enabled AND tenant_id = ANY (@tenants) ORDER BY seq")
                .With("@tenants", tenantIds.Select(t => t.Value).ToArray());
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
            await using (var delete = connection.Command("DELETE FROM webhook_endpoints WHERE tenant_id = @tenant AND id = @id", transaction).With("@tenant", tenantId.Value).With("@id", id.Value))
            {
                if (await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 0)
                {
                    return false;
                }
            }

            await using (var attempts = connection.Command("DELETE FROM webhook_attempts WHERE tenant_id = @tenant AND endpoint_id = @id", transaction).With("@tenant", tenantId.Value).With("@id", id.Value))
            {
                await attempts.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

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

            await InsertDeliveriesAsync(leaser, deliveries, cancellationToken).ConfigureAwait(false);
            return true;
        }, cancellationToken);

    public Task<IReadOnlyCollection<(Id<WebhookEndpoint> EndpointId, Guid SubjectId)>> ListPendingSubjectsAsync(CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyCollection<(Id<WebhookEndpoint>, Guid)>>(async connection =>
        {
            await using var command = connection.Command($"SELECT DISTINCT endpoint_id, subject_id FROM webhook_deliveries WHERE status = '{Pending}'");
            return await command.ListAsync(r => (new Id<WebhookEndpoint>(r.GetGuid(0)), r.GetGuid(1)), cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    public Task AddDeliveriesAsync(IReadOnlyList<WebhookDelivery> deliveries, CancellationToken cancellationToken) =>
        WriteLeasingAsync(async (_, _, leaser) =>
        {
            await InsertDeliveriesAsync(leaser, deliveries, cancellationToken).ConfigureAwait(false);
            return true;
        }, cancellationToken);

    public Task<IReadOnlyList<WebhookDelivery>> ClaimDueAsync(DateTimeOffset now, DateTimeOffset leaseUntil, string owner, int limit, CancellationToken cancellationToken) =>
        database.WriteAsync<IReadOnlyList<WebhookDelivery>>(async (connection, transaction) =>
        {
            // SKIP LOCKED: a delivery another dispatcher is leasing right now is passed over, not waited for. One whose
            // lease that dispatcher has just committed is re-checked against the lease condition when locked, and dropped.
            await using var claim = connection.Command(
                $"""
                WITH due AS (
                    SELECT d.seq FROM webhook_deliveries d
                    WHERE d.status = '{Pending}' AND d.next_attempt_at <= @now AND (d.lease_until IS NULL OR d.lease_until <= @now)
                      AND EXISTS (SELECT 1 FROM webhook_endpoints e WHERE e.id = d.endpoint_id AND e.enabled)
                      AND NOT EXISTS (SELECT 1 FROM webhook_deliveries p
                                      WHERE p.endpoint_id = d.endpoint_id AND p.subject_id = d.subject_id AND p.status = '{Pending}' AND p.seq < d.seq)
                    ORDER BY d.next_attempt_at, d.seq
                    LIMIT @limit
                    FOR UPDATE OF d SKIP LOCKED
                )
                UPDATE webhook_deliveries w SET lease_owner = @owner, lease_until = @until
                FROM due WHERE w.seq = due.seq
                RETURNING {string.Join(", ", DeliveryColumns.Split(", ").Select(c => "w." + c))}
                """, transaction).With("@now", now).With("@limit", limit).With("@owner", owner).With("@until", leaseUntil);
            var claimed = await claim.ListAsync(ReadDelivery, cancellationToken).ConfigureAwait(false);
            return [.. claimed.OrderBy(d => d.NextAttemptAt).ThenBy(d => d.Sequence)];
        }, cancellationToken);

    public Task ReleaseAsync(string owner, IReadOnlyList<Id<WebhookDelivery>> deliveryIds, CancellationToken cancellationToken) =>
        deliveryIds.Count == 0 ? Task.CompletedTask : database.WriteAsync(async (connection, transaction) =>
        {
            database.SignalOnCommit(transaction);
            await using var release = connection.Command(
                $"UPDATE webhook_deliveries SET lease_owner = NULL, lease_until = NULL WHERE id = ANY (@ids) AND lease_owner = @owner AND status = '{Pending}'", transaction)
                .With("@ids", deliveryIds.Select(i => i.Value).ToArray()).With("@owner", owner);
            await release.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    public Task RecordAttemptAsync(WebhookAttempt attempt, WebhookDelivery delivery, WebhookEndpoint? endpoint, StateChange change, CancellationToken cancellationToken) =>
        WriteLeasingAsync(async (connection, transaction, leaser) =>
        {
            await WriteAttemptAsync(connection, transaction, leaser, attempt, delivery, cancellationToken).ConfigureAwait(false);
            if (endpoint is not null)
            {
                await UpdateEndpointAsync(connection, transaction, endpoint, cancellationToken).ConfigureAwait(false);
            }

            await StateChangeWriter.WriteAsync(database, connection, transaction, change, cancellationToken).ConfigureAwait(false);
            if (delivery.Status != WebhookDeliveryStatus.Pending && delivery.Sequence != 0)
            {
                await leaser.LeaseNextAsync(delivery, cancellationToken).ConfigureAwait(false);
            }

            return true;
        }, cancellationToken);

    // The recorder's group commit: one transaction, so one WAL flush, for attempts finishing together.
    public Task RecordAttemptsAsync(IReadOnlyList<(WebhookAttempt Attempt, WebhookDelivery Delivery)> attempts, CancellationToken cancellationToken) =>
        WriteLeasingAsync(async (connection, transaction, leaser) =>
        {
            foreach (var (attempt, delivery) in attempts)
            {
                await WriteAttemptAsync(connection, transaction, leaser, attempt, delivery, cancellationToken).ConfigureAwait(false);
            }

            foreach (var (_, delivery) in attempts)
            {
                if (delivery.Status != WebhookDeliveryStatus.Pending && delivery.Sequence != 0)
                {
                    await leaser.LeaseNextAsync(delivery, cancellationToken).ConfigureAwait(false);
                }
            }

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
            await using var command = messageId is not null
                ? connection.Command($"SELECT {DeliveryColumns} FROM webhook_deliveries WHERE tenant_id = @tenant AND endpoint_id = @endpoint AND message_id = @message ORDER BY seq")
                    .With("@message", messageId)
                : connection.Command($"SELECT {DeliveryColumns} FROM webhook_deliveries WHERE tenant_id = @tenant AND endpoint_id = @endpoint AND status = '{Failed}' AND created_at >= @since ORDER BY seq")
                    .With("@since", failedSince ?? DateTimeOffset.MinValue);
            command.With("@tenant", tenantId.Value).With("@endpoint", endpointId.Value);
            return await command.ListAsync(ReadDelivery, cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    public Task RequeueAsync(IReadOnlyList<Id<WebhookDelivery>> deliveryIds, DateTimeOffset now, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            database.SignalOnCommit(transaction);
            await using var command = connection.Command(
                $"UPDATE webhook_deliveries SET status = '{Pending}', attempts = 0, next_attempt_at = @now, completed_at = NULL, lease_owner = NULL, lease_until = NULL WHERE id = ANY (@ids)", transaction)
                .With("@now", now).With("@ids", deliveryIds.Select(i => i.Value).ToArray());
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    public Task<OutboxMessage?> FindOutboxMessageAsync(Id<Tenant> tenantId, string messageId, CancellationToken cancellationToken) =>
        database.ReadAsync(async connection =>
        {
            await using var command = connection.Command($"SELECT {PostgreSqlOutboxStore.Columns} FROM outbox WHERE tenant_id = @tenant AND id = @id")
                .With("@tenant", tenantId.Value).With("@id", messageId);
            return (await command.ListAsync(PostgreSqlOutboxStore.Read, cancellationToken).ConfigureAwait(false)).FirstOrDefault();
        }, cancellationToken);

    // The attempt and the delivery's new state; a delivery sent straight from the outbox gets a row only when it did not succeed.
    private static async Task WriteAttemptAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, PostgreSqlDeliveryLeaser leaser, WebhookAttempt attempt, WebhookDelivery delivery, CancellationToken cancellationToken)
    {
        await using (var insert = connection.Command(
            "INSERT INTO webhook_attempts (tenant_id, " + AttemptColumns[..^5] + ") VALUES (@tenant, @delivery, @endpoint, @message, @type, @at, @status, @latency, @body, @error, @ok, @next)", transaction)
            .With("@tenant", delivery.TenantId.Value).With("@delivery", attempt.DeliveryId.Value).With("@endpoint", attempt.EndpointId.Value)
            .With("@message", attempt.MessageId).With("@type", attempt.EventType).With("@at", attempt.AttemptedAt).With("@status", attempt.StatusCode)
            .With("@latency", (long)attempt.Latency.TotalMilliseconds).With("@body", attempt.ResponseBody).With("@error", attempt.Error)
            .With("@ok", attempt.Succeeded).With("@next", attempt.NextRetryAt))
        {
            await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        if (delivery.Sequence == 0)
        {
            if (delivery.Status != WebhookDeliveryStatus.Succeeded)
            {
                await leaser.InsertAsync(delivery, cancellationToken).ConfigureAwait(false);
            }

            return;
        }

        await using var update = connection.Command(
            "UPDATE webhook_deliveries SET status = @status, attempts = @attempts, next_attempt_at = @next, completed_at = @completed, lease_owner = NULL, lease_until = NULL WHERE id = @id AND tenant_id = @tenant", transaction)
            .With("@status", delivery.Status.ToString()).With("@attempts", delivery.Attempts).With("@next", delivery.NextAttemptAt)
            .With("@completed", delivery.CompletedAt).With("@id", delivery.Id.Value).With("@tenant", delivery.TenantId.Value);
        await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task UpdateEndpointAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, WebhookEndpoint endpoint, CancellationToken cancellationToken)
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

    private static async Task InsertDeliveriesAsync(PostgreSqlDeliveryLeaser leaser, IReadOnlyList<WebhookDelivery> deliveries, CancellationToken cancellationToken)
    {
        // One row at a time, in list order: seq then follows the order the dispatcher fanned the messages out in.
        foreach (var delivery in deliveries)
        {
            await leaser.InsertAsync(delivery, cancellationToken).ConfigureAwait(false);
        }
    }

    // A write that may make deliveries ready: those it leases to this process's dispatcher are handed over once it commits.
    private async Task<T> WriteLeasingAsync<T>(Func<NpgsqlConnection, NpgsqlTransaction, PostgreSqlDeliveryLeaser, Task<T>> work, CancellationToken cancellationToken)
    {
        var lease = handoff.Offer();
        IReadOnlyList<WebhookDelivery> leased = [];
        var result = await database.WriteAsync(async (connection, transaction) =>
        {
            var leaser = new PostgreSqlDeliveryLeaser(connection, transaction, lease);
            var value = await work(connection, transaction, leaser).ConfigureAwait(false);
            if (leaser.LeftReady)
            {
                database.SignalOnCommit(transaction);
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

    private static NpgsqlCommand BindEndpoint(NpgsqlCommand command, WebhookEndpoint endpoint, long version) => command
        .With("@id", endpoint.Id.Value).With("@tenant", endpoint.TenantId.Value).With("@url", endpoint.Url.AbsoluteUri).With("@description", endpoint.Description)
        .WithJson("@types", DocumentCodec.WriteStrings(endpoint.EventTypes)).With("@enabled", endpoint.Enabled).WithJson("@secrets", DocumentCodec.Write(endpoint.Secrets))
        .With("@failing", endpoint.FailingSince).With("@disabled", endpoint.DisabledReason).With("@created", endpoint.CreatedAt).With("@updated", endpoint.UpdatedAt)
        .With("@version", version);

    private static WebhookEndpoint ReadEndpoint(NpgsqlDataReader r) => new()
    {
        Id = new Id<WebhookEndpoint>(r.GetGuid(0)),
        TenantId = new Id<Tenant>(r.GetGuid(1)),
        Url = new Uri(r.GetString(2)),
        Description = r.NullableString(3),
        EventTypes = DocumentCodec.ReadStrings(r.NullableString(4)),
        Enabled = r.GetBoolean(5),
        Secrets = DocumentCodec.ReadSecrets(r.GetString(6)),
        FailingSince = r.NullableTime(7),
        DisabledReason = r.NullableString(8),
        CreatedAt = r.Time(9),
        UpdatedAt = r.Time(10),
        Version = r.GetInt64(11),
    };

    internal static WebhookDelivery ReadDelivery(NpgsqlDataReader r) => new()
    {
        Id = new Id<WebhookDelivery>(r.GetGuid(0)),
        TenantId = new Id<Tenant>(r.GetGuid(1)),
        EndpointId = new Id<WebhookEndpoint>(r.GetGuid(2)),
        MessageId = r.GetString(3),
        EventType = r.GetString(4),
        SubjectId = r.GetGuid(5),
        Payload = r.GetString(6),
        Status = Enum.Parse<WebhookDeliveryStatus>(r.GetString(7)),
        Attempts = r.GetInt32(8),
        NextAttemptAt = r.NullableTime(9),
        CreatedAt = r.Time(10),
        CompletedAt = r.NullableTime(11),
        Sequence = r.GetInt64(12),
    };

    private static WebhookAttempt ReadAttempt(NpgsqlDataReader r) => new()
    {
        DeliveryId = new Id<WebhookDelivery>(r.GetGuid(0)),
        EndpointId = new Id<WebhookEndpoint>(r.GetGuid(1)),
        MessageId = r.GetString(2),
        EventType = r.GetString(3),
        AttemptedAt = r.Time(4),
        StatusCode = r.IsDBNull(5) ? null : r.GetInt32(5),
        Latency = TimeSpan.FromMilliseconds(r.GetInt64(6)),
        ResponseBody = r.NullableString(7),
        Error = r.NullableString(8),
        Succeeded = r.GetBoolean(9),
        NextRetryAt = r.NullableTime(10),
        Sequence = r.GetInt64(11),
    };
}
