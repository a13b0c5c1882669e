using System.Text.Encodings.Web;
using System.Text.Json;
using Purchaser.Domain;
using Purchaser.Quotes;
using Purchaser.Services;

namespace Purchaser.Cli;

/// <summary><c>purchaser parse-quote --rfq RFQ.json EML [EML ...]</c>: one normalized quote per email, as JSON Lines, in input order.</summary>
internal static class ParseQuoteCommand
{
    private static readonly CliJsonContext Json = new(new JsonSerializerOptions(CliJsonContext.Default.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default)
    {
        string? rfqPath = null;
        var files = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--rfq")
            {
                if (i + 1 >= args.Length)
                {
                    return await Fail(stderr, "--rfq needs a file").ConfigureAwait(false);
                }

                rfqPath = args[++i];
            }
            else if (args[i].StartsWith("--rfq=", StringComparison.Ordinal))
            {
                rfqPath = args[i]["--rfq=".Length..];
            }
            else if (args[i] is "-h" or "--help")
            {
                await stdout.WriteLineAsync(CliApp.Usage).ConfigureAwait(false);
                return ExitCodes.Ok;
            }
            else if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                return await Fail(stderr, $"unknown option {args[i]}").ConfigureAwait(false);
            }
            else
            {
                files.Add(args[i]);
            }
        }

        if (string.IsNullOrWhiteSpace(rfqPath))
        {
            return await Fail(stderr, "--rfq RFQ.json is required").ConfigureAwait(false);
        }

        if (files.Count == 0)
        {
            return await Fail(stderr, "at least one EML file is required").ConfigureAwait(false);
        }

        var (rfq, error) = await RfqFile.ReadAsync(rfqPath, cancellationToken).ConfigureAwait(false);
        if (rfq is null)
        {
            return await Fail(stderr, error ?? "cannot read the RFQ").ConfigureAwait(false);
        }

        var parser = new QuoteParser();
        var exit = ExitCodes.Ok;
        foreach (var file in files)
        {
            NormalizedQuote quote;
            try
            {
                var bytes = await File.ReadAllBytesAsync(file, cancellationToken).ConfigureAwait(false);
                quote = parser.Parse(bytes, rfq);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
            {
                await stderr.WriteLineAsync($"purchaser: cannot read {file}: {ex.Message}").ConfigureAwait(false);
                quote = new NormalizedQuote { Status = QuoteStatus.Unparseable, Reason = $"cannot read file: {ex.Message}" };
                exit = ExitCodes.UnreadableInput;
            }

            var output = ParseQuoteOutput.From(Path.GetFileName(file), quote.ToDto(), quote.Reason);
            await stdout.WriteLineAsync(JsonSerializer.Serialize(output, Json.ParseQuoteOutput)).ConfigureAwait(false);
        }

        await stdout.FlushAsync(cancellationToken).ConfigureAwait(false);
        return exit;
    }

    private static async Task<int> Fail(TextWriter stderr, string message)
    {
        await stderr.WriteLineAsync($"purchaser parse-quote: {message}").ConfigureAwait(false);
        await stderr.WriteLineAsync(CliApp.Usage).ConfigureAwait(false);
        return ExitCodes.BadArguments;
    }
}
