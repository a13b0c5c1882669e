namespace Purchaser.Storage.PostgreSql;

/// <summary>Named leases in PostgreSQL: one row per lease, taken or renewed by one conditional upsert.</summary>
internal sealed class PostgreSqlLeaseStore(PostgreSqlDatabase database, TimeProvider time) : ILeaseStore
{
    public Task<bool> TryAcquireAsync(string name, string owner, TimeSpan duration, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return database.WriteAsync(async (connection, transaction) =>
        {
            // The conflicting row is locked by the upsert, so of two hosts racing for an expired lease one updates it
            // and the other then sees the winner's fresh expiry and updates nothing.
            await using var command = connection.Command(
                """
                INSERT INTO leases (name, owner, expires_at) VALUES (@name, @owner, @until)
                ON CONFLICT (name) DO UPDATE SET owner = excluded.owner, expires_at = excluded.expires_at
                WHERE leases.owner = excluded.owner OR leases.expires_at <= @now
                """, transaction)
                .With("@name", name).With("@owner", owner).With("@until", now + duration).With("@now", now);
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
        }, cancellationToken);
    }

    public Task ReleaseAsync(string name, string owner, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await using var command = connection.Command("DELETE FROM leases WHERE name = @name AND owner = @owner", transaction).With("@name", name).With("@owner", owner);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    public Task<Lease?> FindAsync(string name, CancellationToken cancellationToken) =>
        database.ReadAsync(async connection =>
        {
            await using var command = connection.Command("SELECT owner, expires_at FROM leases WHERE name = @name").With("@name", name);
            return (await command.ListAsync(r => new Lease(name, r.GetString(0), r.Time(1)), cancellationToken).ConfigureAwait(false)).FirstOrDefault();
        }, cancellationToken);
}
