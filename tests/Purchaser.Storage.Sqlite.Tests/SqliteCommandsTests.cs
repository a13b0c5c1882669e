using System.Globalization;

namespace Purchaser.Storage.Sqlite.Tests;

/// <summary>Times are stored as fixed-width UTC text, written by hand: the same text the format string gives, so old and new rows sort together.</summary>
public sealed class SqliteCommandsTests
{
    public static TheoryData<DateTimeOffset> Times() =>
    [
        DateTimeOffset.MinValue,
        DateTimeOffset.MaxValue,
        new DateTimeOffset(2026, 12, 5, 3, 4, 5, TimeSpan.Zero).AddTicks(1234567),
        new DateTimeOffset(2027, 1, 9, 23, 59, 59, TimeSpan.FromHours(-5)).AddTicks(9999999),
        new DateTimeOffset(999, 10, 1, 0, 0, 0, TimeSpan.FromHours(2)).AddTicks(10),
    ];

    [Theory]
    [MemberData(nameof(Times))]
    public void A_time_is_written_as_the_format_writes_it(DateTimeOffset time) =>
        Assert.Equal(time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture), SqliteCommands.Text(time));
}
