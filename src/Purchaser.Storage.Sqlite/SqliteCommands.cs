using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Purchaser.Storage.Sqlite;

/// <summary>Command building and value conversion: times as fixed-width UTC text (so they sort), decimals as exact text.</summary>
internal static class SqliteCommands
{
    private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    public static SqliteCommand Command(this SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }

    public static SqliteCommand With(this SqliteCommand command, string name, object? value)
    {
        command.Parameters.AddWithValue(name, Value(value));
        return command;
    }

    /// <summary>Sets a parameter's value, adding the parameter the first time: a command run once per row keeps its parameters.</summary>
    public static SqliteCommand Set(this SqliteCommand command, string name, object? value)
    {
        var index = command.Parameters.IndexOf(name);
        if (index < 0)
        {
            return command.With(name, value);
        }

        command.Parameters[index].Value = Value(value);
        return command;
    }

    private static object Value(object? value) => value switch
    {
        null => DBNull.Value,
        DateTimeOffset time => Text(time),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        decimal number => number.ToString(CultureInfo.InvariantCulture),
        Guid guid => guid.ToString("D"),
        _ => value,
    };

    // TimeFormat written by hand: a custom format string is parsed on every call, and every stored row has two or three times.
    public static string Text(DateTimeOffset time) => string.Create(28, time, static (text, value) =>
    {
        Span<byte> utf8 = stackalloc byte[28];
        WriteText(utf8, value);
        for (var i = 0; i < utf8.Length; i++)
        {
            text[i] = (char)utf8[i];
        }
    });

    /// <summary>Writes <paramref name="time"/> as <see cref="Text(DateTimeOffset)"/> does, in UTF-8, into 28 bytes.</summary>
    public static void WriteText(Span<byte> text, DateTimeOffset time)
    {
        var utc = time.UtcDateTime;
        Digits(text[..4], utc.Year);
        text[4] = (byte)'-';
        Digits(text.Slice(5, 2), utc.Month);
        text[7] = (byte)'-';
        Digits(text.Slice(8, 2), utc.Day);
        text[10] = (byte)'T';
        Digits(text.Slice(11, 2), utc.Hour);
        text[13] = (byte)':';
        Digits(text.Slice(14, 2), utc.Minute);
        text[16] = (byte)':';
        Digits(text.Slice(17, 2), utc.Second);
        text[19] = (byte)'.';
        Digits(text.Slice(20, 7), (int)(utc.Ticks % TimeSpan.TicksPerSecond));
        text[27] = (byte)'Z';
    }

    private static void Digits(Span<byte> text, int value)
    {
        for (var i = text.Length - 1; i >= 0; i--)
        {
            text[i] = (byte)('0' + (value % 10));
            value /= 10;
        }
    }

    public static string? NullableString(this SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static DateTimeOffset Time(this SqliteDataReader reader, int ordinal) =>
        DateTimeOffset.ParseExact(reader.GetString(ordinal), TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    public static DateTimeOffset? NullableTime(this SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.Time(ordinal);

    public static decimal Decimal(this SqliteDataReader reader, int ordinal) => decimal.Parse(reader.GetString(ordinal), NumberStyles.Number, CultureInfo.InvariantCulture);

    public static DateOnly? NullableDate(this SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : DateOnly.ParseExact(reader.GetString(ordinal), "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static Guid Guid(this SqliteDataReader reader, int ordinal) => System.Guid.ParseExact(reader.GetString(ordinal), "D");

    public static bool IsUniqueViolation(this SqliteException exception) => exception.SqliteErrorCode == 19 && exception.SqliteExtendedErrorCode is 2067 or 1555;

    public static async Task<List<T>> ListAsync<T>(this SqliteCommand command, Func<SqliteDataReader, T> read, CancellationToken cancellationToken)
    {
        var items = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            items.Add(read(reader));
        }

        return items;
    }
}
