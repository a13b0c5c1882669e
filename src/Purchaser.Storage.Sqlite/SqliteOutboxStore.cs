using Purchaser.Domain;

namespace Purchaser.Storage.Sqlite;

/// <summary>Reads the outbox from SQLite in write order.</summary>
internal sealed class SqliteOutboxStore(SqliteDatabase database) : IOutboxStore
{
    public Task<IReadOnlyList<OutboxMessage>> ReadAsync(long afterSequence, int limit, CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<OutboxMessage>>(async connection =>
        {
            await using var command = connection.Command(
                "SELECT sequence, id, tenant_id, event_type, subject_id, payload, created_at FROM outbox WHERE sequence > @after ORDER BY sequence LIMIT @limit")
                .With("@after", afterSequence).With("@limit", limit);
            return await command.ListAsync(
                r => new OutboxMessage(r.GetString(1), new Id<Tenant>(r.Guid(2)), r.GetString(3), r.Guid(4), r.GetString(5), r.Time(6)) { Sequence = r.GetInt64(0) },
                cancellationToken).ConfigureAwait(false);
        }, cancellationToken);
}
