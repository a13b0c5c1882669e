using Npgsql;
using Purchaser.Domain;

namespace Purchaser.Storage.PostgreSql;

/// <summary>Reads the outbox from PostgreSQL in write order.</summary>
internal sealed class PostgreSqlOutboxStore(PostgreSqlDatabase database) : IOutboxStore
{
    internal const string Columns = "sequence, id, tenant_id, event_type, subject_id, payload, created_at";

    public Task<IReadOnlyList<OutboxMessage>> ReadAsync(long afterSequence, int limit, CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<OutboxMessage>>(async connection =>
        {
            await using var command = connection.Command($"SELECT {Columns} FROM outbox WHERE sequence > @after ORDER BY sequence LIMIT @limit")
                .With("@after", afterSequence).With("@limit", limit);
            return await command.ListAsync(Read, cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    internal static OutboxMessage Read(NpgsqlDataReader r) =>
        new(r.GetString(1), new Id<Tenant>(r.GetGuid(2)), r.GetString(3), r.GetGuid(4), r.GetString(5), r.Time(6)) { Sequence = r.GetInt64(0) };
}
