using Purchaser.Domain;

namespace Purchaser.Storage.PostgreSql;

/// <summary>Reads the audit log from PostgreSQL.</summary>
internal sealed class PostgreSqlAuditStore(PostgreSqlDatabase database) : IAuditStore
{
    public Task<IReadOnlyList<AuditEntry>> ListAsync(Id<Tenant> tenantId, Guid entityId, long afterSequence, int limit, CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<AuditEntry>>(async connection =>
        {
            await using var command = connection.Command(
                "SELECT sequence, tenant_id, entity_type, entity_id, action, actor_json, at, detail FROM audit_log WHERE tenant_id = @tenant AND entity_id = @entity AND sequence > @after ORDER BY sequence LIMIT @limit")
                .With("@tenant", tenantId.Value).With("@entity", entityId).With("@after", afterSequence).With("@limit", limit);
            return await command.ListAsync(
                r => new AuditEntry(new Id<Tenant>(r.GetGuid(1)), r.GetString(2), r.GetGuid(3), r.GetString(4), DocumentCodec.ReadActor(r.GetString(5)), r.Time(6), r.NullableString(7)) { Sequence = r.GetInt64(0) },
                cancellationToken).ConfigureAwait(false);
        }, cancellationToken);
}
