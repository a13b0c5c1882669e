namespace Purchaser.Storage.Sqlite;

/// <summary>Options of the SQLite store.</summary>
public sealed class SqliteStoreOptions
{
    /// <summary>A Microsoft.Data.Sqlite connection string, for example <c>Data Source=purchaser.db</c>.</summary>
    public string ConnectionString { get; set; } = "Data Source=purchaser.db";

    /// <summary>How long a write waits for another writer before failing.</summary>
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
