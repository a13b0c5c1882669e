using System.Text.Json;
using Purchaser.Cli;
using Purchaser.Contracts;
using Purchaser.Domain;

namespace Purchaser.Quotes.Tests;

/// <summary>Locates the shared sample corpus and this project's own corpus, and loads RFQ files.</summary>
internal static class TestFiles
{
    public static string SharedSamples()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "quote-samples");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"No directory shared/quote-samples beside any ancestor of {AppContext.BaseDirectory}.");
    }

    public static string Corpus() => Path.Combine(AppContext.BaseDirectory, "Corpus");

    public static Rfq LoadRfq(string path)
    {
        var request = JsonSerializer.Deserialize(File.ReadAllText(path), PurchaserJsonContext.Default.CreateRfqRequest)!;
        var (rfq, error) = RfqFile.ToRfq(request, path);
        return rfq ?? throw new InvalidOperationException(error);
    }
}
