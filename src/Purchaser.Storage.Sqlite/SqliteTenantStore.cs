using Microsoft.Data.Sqlite;
using Purchaser.Domain;

namespace Purchaser.Storage.Sqlite;

/// <summary>Tenants and API keys in SQLite.</summary>
internal sealed class SqliteTenantStore(SqliteDatabase database) : ITenantStore
{
    private const string KeyColumns = "id, tenant_id, name, prefix, secret_hash, created_at, revoked_at";

    public Task CreateTenantAsync(Tenant tenant, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await using var command = connection.Command("INSERT INTO tenants (id, name, created_at) VALUES (@id, @name, @created)", transaction)
                .With("@id", tenant.Id.Value).With("@name", tenant.Name).With("@created", tenant.CreatedAt);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    public Task<Tenant?> FindTenantAsync(Id<Tenant> id, CancellationToken cancellationToken) =>
        database.ReadAsync(async connection =>
        {
            await using var command = connection.Command("SELECT id, name, created_at FROM tenants WHERE id = @id").With("@id", id.Value);
            return (await command.ListAsync(r => new Tenant(new Id<Tenant>(r.Guid(0)), r.GetString(1), r.Time(2)), cancellationToken).ConfigureAwait(false)).FirstOrDefault();
        }, cancellationToken);

    public Task<IReadOnlyList<Tenant>> ListTenantsAsync(CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<Tenant>>(async connection =>
        {
            await using var command = connection.Command("SELECT id, name, created_at FROM tenants ORDER BY created_at, id");
            return await command.ListAsync(r => new Tenant(new Id<Tenant>(r.Guid(0)), r.GetString(1), r.Time(2)), cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    public Task<bool> AnyTenantAsync(CancellationToken cancellationToken) =>
        database.ReadAsync(async connection =>
        {
            await using var command = connection.Command("SELECT EXISTS (SELECT 1 FROM tenants)");
            return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))! == 1;
        }, cancellationToken);

    public Task CreateApiKeyAsync(ApiKey key, StateChange change, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await using (var command = connection.Command($"INSERT INTO api_keys ({KeyColumns}) VALUES (@id, @tenant, @name, @prefix, @hash, @created, @revoked)", transaction)
                .With("@id", key.Id.Value).With("@tenant", key.TenantId.Value).With("@name", key.Name).With("@prefix", key.Prefix)
                .With("@hash", key.SecretHash).With("@created", key.CreatedAt).With("@revoked", key.RevokedAt))
            {
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await StateChangeWriter.WriteAsync(database, connection, transaction, change, cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    public Task<ApiKey?> FindApiKeyByHashAsync(string secretHash, CancellationToken cancellationToken) =>
        database.ReadAsync(async connection =>
        {
            await using var command = connection.Command($"SELECT {KeyColumns} FROM api_keys WHERE secret_hash = @hash").With("@hash", secretHash);
            return (await command.ListAsync(ReadKey, cancellationToken).ConfigureAwait(false)).FirstOrDefault();
        }, cancellationToken);

    public Task<IReadOnlyList<ApiKey>> ListApiKeysAsync(Id<Tenant> tenantId, CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<ApiKey>>(async connection =>
        {
            await using var command = connection.Command($"SELECT {KeyColumns} FROM api_keys WHERE tenant_id = @tenant ORDER BY id DESC").With("@tenant", tenantId.Value);
            return await command.ListAsync(ReadKey, cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    public Task<bool> RevokeApiKeyAsync(Id<Tenant> tenantId, Id<ApiKey> id, DateTimeOffset revokedAt, StateChange change, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await using var command = connection.Command("UPDATE api_keys SET revoked_at = @at WHERE id = @id AND tenant_id = @tenant AND revoked_at IS NULL", transaction)
                .With("@at", revokedAt).With("@id", id.Value).With("@tenant", tenantId.Value);
            if (await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 0)
            {
                return false;
            }

            await StateChangeWriter.WriteAsync(database, connection, transaction, change, cancellationToken).ConfigureAwait(false);
            return true;
        }, cancellationToken);

    private static ApiKey ReadKey(SqliteDataReader r) => new()
    {
        Id = new Id<ApiKey>(r.Guid(0)),
        TenantId = new Id<Tenant>(r.Guid(1)),
        Name = r.GetString(2),
        Prefix = r.GetString(3),
        SecretHash = r.GetString(4),
        CreatedAt = r.Time(5),
        RevokedAt = r.NullableTime(6),
    };
}
