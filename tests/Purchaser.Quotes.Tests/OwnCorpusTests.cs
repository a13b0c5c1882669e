using System.Text.Json;
using Purchaser.Services;

namespace Purchaser.Quotes.Tests;

public class OwnCorpusTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(TestFiles.Corpus(), "*.json").Where(f => !Path.GetFileName(f).StartsWith("rfq", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }

        return data;
    }

    [Fact]
    public void Corpus_is_broad()
    {
        Assert.True(Directory.GetFiles(TestFiles.Corpus(), "*.eml").Length >= 20);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Corpus_reply_matches_every_expected_field(string name)
    {
        var dir = TestFiles.Corpus();
        var expectedJson = File.ReadAllText(Path.Combine(dir, name + ".json"));
        using var expected = JsonDocument.Parse(expectedJson);
        var rfq = TestFiles.LoadRfq(Path.Combine(dir, expected.RootElement.GetProperty("rfq").GetString()!));
        var emlName = expected.RootElement.GetProperty("file").GetString()!;

        var quote = new QuoteParser().Parse(File.ReadAllBytes(Path.Combine(dir, emlName)), rfq);

        var errors = ExpectedQuote.Compare(expectedJson, quote.ToDto(), rfq.Lines.ToDictionary(l => l.LineNumber, l => l.Quantity), quote.Reason);
        Assert.True(errors.Count == 0, $"{emlName}: " + string.Join("; ", errors));
    }
}
