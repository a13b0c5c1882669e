using Npgsql;

namespace Purchaser.Storage.PostgreSql;

/// <summary>Options of the PostgreSQL store.</summary>
public sealed class PostgreSqlStoreOptions
{
    /// <summary>
    /// The key under which the store's <see cref="NpgsqlDataSource"/> is registered as a keyed singleton, so it never
    /// collides with a data source the application registers for its own database.
    /// </summary>
    public const string DataSourceKey = "Purchaser";

    /// <summary>An Npgsql connection string, for example <c>Host=localhost;Database=purchaser;Username=purchaser;Password=...</c>.</summary>
    public string ConnectionString { get; set; } = string.Empty;

    /// <summary>Further configuration of the data source (a password provider, type mappings), applied after the connection string.</summary>
    public Action<NpgsqlDataSourceBuilder>? ConfigureDataSource { get; set; }
}
