using System.Collections.Concurrent;
using System.Data;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Purchaser.Storage.PostgreSql;

/// <summary>Opens connections from the store's data source and runs work in read-committed write transactions.</summary>
internal sealed class PostgreSqlDatabase([FromKeyedServices(PostgreSqlStoreOptions.DataSourceKey)] NpgsqlDataSource dataSource, OutboxSignal signal)
{
    private readonly ConcurrentDictionary<NpgsqlTransaction, bool> _signalOnCommit = new();

    public ValueTask<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken) => dataSource.OpenConnectionAsync(cancellationToken);

    /// <summary>
    /// Runs <paramref name="work"/> in a transaction, committed when it returns. Read committed is enough: every
    /// conditional write re-checks its condition (a version, a checkpoint) on the row it locks.
    /// </summary>
    public async Task<T> WriteAsync<T>(Func<NpgsqlConnection, NpgsqlTransaction, Task<T>> work, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken).ConfigureAwait(false);
        try
        {
            var result = await work(connection, transaction).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            if (_signalOnCommit.TryRemove(transaction, out _))
            {
                signal.Raise();
            }

            return result;
        }
        finally
        {
            _signalOnCommit.TryRemove(transaction, out _);
        }
    }

    /// <summary>Called inside a write that adds outbox messages or due deliveries: the dispatcher is woken once it commits.</summary>
    public void SignalOnCommit(NpgsqlTransaction transaction) => _signalOnCommit[transaction] = true;

    public Task WriteAsync(Func<NpgsqlConnection, NpgsqlTransaction, Task> work, CancellationToken cancellationToken) =>
        WriteAsync(async (c, t) =>
        {
            await work(c, t).ConfigureAwait(false);
            return true;
        }, cancellationToken);

    public async Task<T> ReadAsync<T>(Func<NpgsqlConnection, Task<T>> work, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await work(connection).ConfigureAwait(false);
    }
}
