using System.Text.Json;
using Purchaser.Services;

namespace Purchaser.Quotes.Tests;

public class SampleCorpusTests
{
    public static TheoryData<string> Samples()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(TestFiles.SharedSamples(), "expected"), "*.json").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }

        return data;
    }

    [Fact]
    public void Shared_samples_are_found()
    {
        var dir = TestFiles.SharedSamples();
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(dir, "expected"), "*.json"));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Shared_sample_matches_every_expected_field(string name)
    {
        var dir = TestFiles.SharedSamples();
        var expectedJson = File.ReadAllText(Path.Combine(dir, "expected", name + ".json"));
        using var expected = JsonDocument.Parse(expectedJson);
        var rfqName = expected.RootElement.TryGetProperty("rfq", out var r) ? r.GetString()! : "rfq-sample.json";
        var rfq = TestFiles.LoadRfq(Path.Combine(dir, rfqName));
        var emlName = expected.RootElement.GetProperty("file").GetString()!;

        var quote = new QuoteParser().Parse(File.ReadAllBytes(Path.Combine(dir, emlName)), rfq);

        var errors = ExpectedQuote.Compare(expectedJson, quote.ToDto(), rfq.Lines.ToDictionary(l => l.LineNumber, l => l.Quantity));
        Assert.True(errors.Count == 0, $"{emlName}: " + string.Join("; ", errors));
    }
}
