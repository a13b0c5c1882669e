using System.Data;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Purchaser.Storage.Sqlite;

/// <summary>Opens configured connections and runs work in write transactions.</summary>
internal sealed class SqliteDatabase(IOptions<SqliteStoreOptions> options, OutboxSignal signal) : IDisposable
{
    private readonly string _connectionString = options.Value.ConnectionString;
    private readonly int _busyTimeoutMs = (int)options.Value.BusyTimeout.TotalMilliseconds;

    // SQLite admits one writer at a time. Writers of this process queue here without blocking a thread (left to SQLite,
    // a writer meeting the lock sleeps in its busy handler in growing steps and wakes well after the lock is free), and
    // they share one connection, which keeps its page cache warm: a pooled connection finds its cache outdated by
    // the other connections' writes and reads the pages again. Writers in other processes still meet the busy timeout.
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private SqliteConnection? _writer;
    private bool _signalOnCommit;

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var pragma = connection.CreateCommand();
            // synchronous = NORMAL is the documented pairing with WAL: a crash of the process loses nothing committed;
            // only a power cut can roll back the last commits, and then the change and its outbox event go together.
            pragma.CommandText = $"PRAGMA foreign_keys = ON; PRAGMA busy_timeout = {_busyTimeoutMs}; PRAGMA synchronous = NORMAL;";
            await pragma.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Runs <paramref name="work"/> in a <c>BEGIN IMMEDIATE</c> transaction, committed when it returns.</summary>
    public async Task<T> WriteAsync<T>(Func<SqliteConnection, SqliteTransaction, Task<T>> work, CancellationToken cancellationToken)
    {
        await _writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            _writer ??= await OpenAsync(cancellationToken).ConfigureAwait(false);
            _signalOnCommit = false;
            await using var transaction = (SqliteTransaction)await _writer.BeginTransactionAsync(IsolationLevel.Serializable, cancellationToken).ConfigureAwait(false);
            var result = await work(_writer, transaction).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            if (_signalOnCommit)
            {
                signal.Raise();
            }

            return result;
        }
        catch
        {
            // Whatever failed may have left the connection in a state nobody should inherit: the next write opens another.
            await DropWriterAsync().ConfigureAwait(false);
            throw;
        }
        finally
        {
            _writeGate.Release();
        }
    }

    /// <summary>Called inside a write that adds outbox messages or due deliveries: the dispatcher is woken once it commits.</summary>
    public void SignalOnCommit() => _signalOnCommit = true;

    public Task WriteAsync(Func<SqliteConnection, SqliteTransaction, Task> work, CancellationToken cancellationToken) =>
        WriteAsync(async (c, t) =>
        {
            await work(c, t).ConfigureAwait(false);
            return true;
        }, cancellationToken);

    public async Task<T> ReadAsync<T>(Func<SqliteConnection, Task<T>> work, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await work(connection).ConfigureAwait(false);
    }

    public void Dispose()
    {
        _writer?.Dispose();
        _writer = null;
        _writeGate.Dispose();
    }

    private async Task DropWriterAsync()
    {
        if (_writer is not null)
        {
            await _writer.DisposeAsync().ConfigureAwait(false);
            _writer = null;
        }
    }
}
