using System.Globalization;

namespace Purchaser.Storage.PostgreSql;

/// <summary>
/// Applies the pending embedded migrations in one transaction under an advisory lock: hosts that start together wait
/// for the first, then find nothing left to apply. A failed migration leaves the schema as it was.
/// </summary>
internal sealed class PostgreSqlStoreInitializer(PostgreSqlDatabase database) : IStoreInitializer
{
    private const string ResourcePrefix = "Purchaser.Storage.PostgreSql.Migrations.";

    public Task InitializeAsync(CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await using (var prepare = connection.Command(
                """
                SELECT pg_advisory_xact_lock(@key);
                CREATE TABLE IF NOT EXISTS schema_migrations (version integer NOT NULL PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL);
                """, transaction).With("@key", AdvisoryLocks.Migrations))
            {
                await prepare.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await using var read = connection.Command("SELECT version FROM schema_migrations", transaction);
            var applied = (await read.ListAsync(r => r.GetInt32(0), cancellationToken).ConfigureAwait(false)).ToHashSet();
            foreach (var (version, name, sql) in Migrations().Where(m => !applied.Contains(m.Version)))
            {
                await using (var apply = connection.Command(sql, transaction))
                {
                    await apply.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                await using var record = connection.Command("INSERT INTO schema_migrations (version, name, applied_at) VALUES (@v, @n, now())", transaction)
                    .With("@v", version).With("@n", name);
                await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }, cancellationToken);

    internal static IEnumerable<(int Version, string Name, string Sql)> Migrations()
    {
        var assembly = typeof(PostgreSqlStoreInitializer).Assembly;
        foreach (var resource in assembly.GetManifestResourceNames().Where(r => r.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var name = resource[ResourcePrefix.Length..];
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            yield return (int.Parse(name[..4], CultureInfo.InvariantCulture), name, reader.ReadToEnd());
        }
    }
}
