using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Purchaser.Storage.Sqlite;

/// <summary>
/// A statement prepared once on the connection's own handle and run many times, its parameters bound by position and
/// as UTF-8 written on the stack. For the one insert that runs once per webhook attempt: through
/// <see cref="SqliteCommand"/> each run looks its parameters up by name, converts every value to a string and
/// marshals it again, which cost more than SQLite's own work on the row. It runs inside whatever transaction the
/// connection has open.
/// </summary>
internal sealed class RawStatement : IDisposable
{
    private readonly sqlite3 _database;
    private readonly sqlite3_stmt _statement;

    public RawStatement(SqliteConnection connection, string sql)
    {
        _database = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        Check(raw.sqlite3_prepare_v2(_database, sql, out _statement));
    }

    public RawStatement Text(int index, string? value)
    {
        Check(value is null ? raw.sqlite3_bind_null(_statement, index) : raw.sqlite3_bind_text(_statement, index, value));
        return this;
    }

    public RawStatement Guid(int index, Guid value)
    {
        Span<byte> text = stackalloc byte[36];
        value.TryFormat(text, out _, "D");
        Check(raw.sqlite3_bind_text(_statement, index, text));
        return this;
    }

    public RawStatement Time(int index, DateTimeOffset? value)
    {
        if (value is not { } time)
        {
            Check(raw.sqlite3_bind_null(_statement, index));
            return this;
        }

        Span<byte> text = stackalloc byte[28];
        SqliteCommands.WriteText(text, time);
        Check(raw.sqlite3_bind_text(_statement, index, text));
        return this;
    }

    public RawStatement Integer(int index, long? value)
    {
        Check(value is { } number ? raw.sqlite3_bind_int64(_statement, index, number) : raw.sqlite3_bind_null(_statement, index));
        return this;
    }

    /// <summary>Runs the statement to its end and resets it for the next run.</summary>
    public void Run()
    {
        var result = raw.sqlite3_step(_statement);
        raw.sqlite3_reset(_statement);
        if (result != raw.SQLITE_DONE && result != raw.SQLITE_ROW)
        {
            Check(result);
        }
    }

    public void Dispose() => _statement.Dispose();

    private void Check(int result)
    {
        if (result != raw.SQLITE_OK && result != raw.SQLITE_DONE && result != raw.SQLITE_ROW)
        {
            throw new SqliteException(raw.sqlite3_errmsg(_database).utf8_to_string() ?? $"SQLite error {result}", result);
        }
    }
}
