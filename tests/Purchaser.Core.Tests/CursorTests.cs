using Purchaser.Storage;

namespace Purchaser.Core.Tests;

public sealed class CursorTests
{
    [Theory]
    [InlineData(1L)]
    [InlineData(42L)]
    [InlineData(long.MaxValue)]
    public void A_position_round_trips(long position)
    {
        Assert.True(Cursor.TryDecode(Cursor.Encode(position), out var decoded));
        Assert.Equal(position, decoded);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("%%%")]
    [InlineData("not a cursor at all, far too long")]
    [InlineData("AAAAAAAAAAA")]
    [InlineData("AAAAAAAAAAF")]
    public void Anything_else_is_refused(string? cursor) => Assert.False(Cursor.TryDecode(cursor, out _));
}
