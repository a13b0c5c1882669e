using Microsoft.Data.Sqlite;
using Purchaser.Domain;

namespace Purchaser.Storage.Sqlite;

/// <summary>Idempotency records in SQLite, keyed by tenant and key.</summary>
internal sealed class SqliteIdempotencyStore(SqliteDatabase database) : IIdempotencyStore
{
    public Task<IdempotencyRecord?> FindAsync(Id<Tenant> tenantId, string key, CancellationToken cancellationToken) =>
        database.ReadAsync(async connection =>
        {
            await using var command = connection.Command(
                "SELECT request_hash, status_code, content_type, location, etag, body, created_at FROM idempotency_keys WHERE tenant_id = @tenant AND key = @key")
                .With("@tenant", tenantId.Value).With("@key", key);
            return (await command.ListAsync(
                r => new IdempotencyRecord
                {
                    TenantId = tenantId,
                    Key = key,
                    RequestHash = r.GetString(0),
                    StatusCode = r.GetInt32(1),
                    ContentType = r.NullableString(2),
                    Location = r.NullableString(3),
                    ETag = r.NullableString(4),
                    Body = (byte[])r.GetValue(5),
                    CreatedAt = r.Time(6),
                },
                cancellationToken).ConfigureAwait(false)).FirstOrDefault();
        }, cancellationToken);

    public Task<bool> TryClaimAsync(Id<Tenant> tenantId, string key, string requestHash, string claimToken, DateTimeOffset now, TimeSpan abandonedAfter, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await using var command = connection.Command(
                """
                INSERT INTO idempotency_keys (tenant_id, key, request_hash, status_code, content_type, location, etag, body, created_at, claim_token)
                VALUES (@tenant, @key, @hash, 0, NULL, NULL, NULL, X'', @now, @token)
                ON CONFLICT (tenant_id, key) DO UPDATE SET request_hash = excluded.request_hash, created_at = excluded.created_at, claim_token = excluded.claim_token
                WHERE idempotency_keys.status_code = 0 AND idempotency_keys.created_at < @abandoned
                """, transaction)
                .With("@tenant", tenantId.Value).With("@key", key).With("@hash", requestHash).With("@token", claimToken).With("@now", now).With("@abandoned", now - abandonedAfter);
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
        }, cancellationToken);

    public Task CompleteAsync(IdempotencyRecord record, string claimToken, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await using var command = connection.Command(
                """
                UPDATE idempotency_keys SET status_code = @status, content_type = @type, location = @location, etag = @etag, body = @body, created_at = @created
                WHERE tenant_id = @tenant AND key = @key AND claim_token = @token AND status_code = 0
                """, transaction)
                .With("@tenant", record.TenantId.Value).With("@key", record.Key).With("@token", claimToken).With("@status", record.StatusCode)
                .With("@type", record.ContentType).With("@location", record.Location).With("@etag", record.ETag).With("@body", record.Body).With("@created", record.CreatedAt);
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    public Task ReleaseAsync(Id<Tenant> tenantId, string key, string claimToken, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await using var command = connection.Command("DELETE FROM idempotency_keys WHERE tenant_id = @tenant AND key = @key AND claim_token = @token AND status_code = 0", transaction)
                .With("@tenant", tenantId.Value).With("@key", key).With("@token", claimToken);
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    public Task<bool> RenewAsync(Id<Tenant> tenantId, string key, string claimToken, DateTimeOffset now, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await using var command = connection.Command(
                "UPDATE idempotency_keys SET created_at = @now WHERE tenant_id = @tenant AND key = @key AND claim_token = @token AND status_code = 0", transaction)
                .With("@tenant", tenantId.Value).With("@key", key).With("@token", claimToken).With("@now", now);
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
        }, cancellationToken);

    public Task<int> PurgeAsync(DateTimeOffset before, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await using var command = connection.Command("DELETE FROM idempotency_keys WHERE created_at < @before", transaction).With("@before", before);
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }, cancellationToken);
}
