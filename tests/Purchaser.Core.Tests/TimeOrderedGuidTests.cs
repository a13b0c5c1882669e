namespace Purchaser.Core.Tests;

public sealed class TimeOrderedGuidTests
{
    [Fact]
    public void A_new_guid_is_version_7_of_the_rfc_variant_and_carries_its_milliseconds()
    {
        var at = new DateTimeOffset(2026, 12, 5, 6, 45, 12, 345, TimeSpan.Zero);

        var guid = TimeOrderedGuid.New(at);

        Assert.Equal(7, guid.Version);
        Assert.Equal(0b10, guid.Variant >> 2);
        Span<byte> bytes = stackalloc byte[16];
        Assert.True(guid.TryWriteBytes(bytes, bigEndian: true, out _));
        var milliseconds = ((long)bytes[0] << 40) | ((long)bytes[1] << 32) | ((long)bytes[2] << 24) | ((long)bytes[3] << 16) | ((long)bytes[4] << 8) | bytes[5];
        Assert.Equal(at.ToUnixTimeMilliseconds(), milliseconds);
    }

    [Fact]
    public void Guids_sort_by_their_millisecond_and_never_repeat_across_refills_or_threads()
    {
        var earlier = TimeOrderedGuid.New(DateTimeOffset.UnixEpoch.AddYears(56));
        var later = TimeOrderedGuid.New(DateTimeOffset.UnixEpoch.AddYears(56).AddMilliseconds(1));
        var many = new System.Collections.Concurrent.ConcurrentBag<Guid>();

        Parallel.For(0, 4, _ =>
        {
            for (var i = 0; i < 25_000; i++)
            {
                many.Add(TimeOrderedGuid.New());
            }
        });

        Assert.True(earlier.CompareTo(later) < 0, "a later millisecond sorts later");
        Assert.Equal(100_000, many.Distinct().Count());
        Assert.All(many.Take(100), g => Assert.Equal(7, g.Version));
    }
}
