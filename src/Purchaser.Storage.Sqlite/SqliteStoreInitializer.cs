using System.Reflection;
using Microsoft.Data.Sqlite;

namespace Purchaser.Storage.Sqlite;

/// <summary>Applies the embedded migrations in order, each in its own transaction, and switches the file to WAL.</summary>
internal sealed class SqliteStoreInitializer(SqliteDatabase database) : IStoreInitializer
{
    private const string ResourcePrefix = "Purchaser.Storage.Sqlite.Migrations.";

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (var wal = connection.Command("PRAGMA journal_mode = WAL; CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER NOT NULL PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL);"))
        {
            await wal.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        foreach (var (version, name, sql) in Migrations())
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(System.Data.IsolationLevel.Serializable, cancellationToken).ConfigureAwait(false);
            await using var check = connection.Command("SELECT COUNT(*) FROM schema_migrations WHERE version = @v", transaction).With("@v", version);
            if ((long)(await check.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))! > 0)
            {
                continue;
            }

            await using (var apply = connection.Command(sql, transaction))
            {
                await apply.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await using (var record = connection.Command("INSERT INTO schema_migrations (version, name, applied_at) VALUES (@v, @n, @at)", transaction)
                .With("@v", version).With("@n", name).With("@at", DateTimeOffset.UtcNow))
            {
                await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    internal static IEnumerable<(int Version, string Name, string Sql)> Migrations()
    {
        var assembly = typeof(SqliteStoreInitializer).Assembly;
        foreach (var resource in assembly.GetManifestResourceNames().Where(r => r.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var name = resource[ResourcePrefix.Length..];
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            yield return (int.Parse(name[..4], System.Globalization.CultureInfo.InvariantCulture), name, reader.ReadToEnd());
        }
    }
}
