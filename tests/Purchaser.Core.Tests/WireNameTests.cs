using Purchaser.Domain;
using Purchaser.Services;

namespace Purchaser.Core.Tests;

public sealed class WireNameTests
{
    [Theory]
    [InlineData(RfqVendorStatus.NotAwarded, "not-awarded")]
    [InlineData(RfqVendorStatus.Invited, "invited")]
    public void Members_become_kebab_case_words(RfqVendorStatus status, string word)
    {
        Assert.Equal(word, WireName.Of(status));
        Assert.True(WireName.TryParse<RfqVendorStatus>(word, out var parsed));
        Assert.Equal(status, parsed);
    }

    [Theory]
    [InlineData("no-bid", QuoteStatus.NoBid)]
    [InlineData("PARSED", QuoteStatus.Parsed)]
    public void Words_parse_case_insensitively(string word, QuoteStatus expected)
    {
        Assert.True(WireName.TryParse<QuoteStatus>(word, out var parsed));
        Assert.Equal(expected, parsed);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("bogus")]
    [InlineData(null)]
    public void Numbers_and_unknown_words_are_refused(string? word) => Assert.False(WireName.TryParse<RfqStatus>(word, out _));
}
