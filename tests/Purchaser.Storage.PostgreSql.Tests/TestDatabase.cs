using Npgsql;

namespace Purchaser.Storage.PostgreSql.Tests;

/// <summary>
/// A fresh, empty database on the test server (<c>PURCHASER_TEST_POSTGRES</c>), dropped on dispose. An unreachable
/// server fails the test with a message saying how to start one; the tests never skip.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string Variable = "PURCHASER_TEST_POSTGRES";

    private const string DefaultAdminConnectionString = "Host=127.0.0.1;Port=5432;Username=purchaser;Password=purchaser;Database=postgres";

    private readonly string _adminConnectionString;
    private readonly string _unpooled;

    private TestDatabase(string adminConnectionString, string name)
    {
        _adminConnectionString = adminConnectionString;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = name }.ConnectionString;
        _unpooled = new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = false }.ConnectionString;
    }

    public string Name { get; }

    /// <summary>The database's connection string, for the store (whose pool goes with its service provider).</summary>
    public string ConnectionString { get; }

    public static Task<TestDatabase> CreateAsync() =>
        CreateAsync(Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } configured ? configured : DefaultAdminConnectionString);

    public static async Task<TestDatabase> CreateAsync(string admin)
    {
        var database = new TestDatabase(admin, $"purchaser_test_{Guid.NewGuid():N}");
        await database.AdminAsync($"CREATE DATABASE {database.Name}");
        return database;
    }

    public async Task<NpgsqlConnection> OpenAsync()
    {
        // Unpooled: a test's own connections must not outlive the database.
        var connection = new NpgsqlConnection(_unpooled);
        await connection.OpenAsync();
        return connection;
    }

    public async ValueTask DisposeAsync()
    {
        // FORCE may not terminate an autovacuum worker that has just started on the database (only superusers and
        // pg_signal_backend members may); it finishes in moments on a database this small, so try again.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await AdminAsync($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)");
                return;
            }
            catch (PostgresException ex) when (ex.SqlState is PostgresErrorCodes.InsufficientPrivilege or PostgresErrorCodes.ObjectInUse && attempt < 40)
            {
                await Task.Delay(250);
            }
        }
    }

    private async Task AdminAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_adminConnectionString) { Pooling = false }.ConnectionString);
        try
        {
            await connection.OpenAsync();
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            var target = new NpgsqlConnectionStringBuilder(_adminConnectionString);
            throw new InvalidOperationException(
                $"Cannot connect to the PostgreSQL test server at {target.Host}:{target.Port} as '{target.Username}': {ex.Message} " +
                $"Start one with `bash .ci/services.sh`, or point {Variable} at a server whose user may CREATE DATABASE.",
                ex);
        }

        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
