namespace Purchaser.Cli;

/// <summary>Dispatches the command line to a command.</summary>
internal static class CliApp
{
    public const string Usage = """
        usage: purchaser parse-quote --rfq RFQ.json EML [EML ...]

        Reads vendor reply emails against an RFQ and prints one normalized quote per email as JSON Lines.
        """;

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            await (args.Length == 0 ? stderr : stdout).WriteLineAsync(Usage).ConfigureAwait(false);
            return args.Length == 0 ? ExitCodes.BadArguments : ExitCodes.Ok;
        }

        if (args[0] == "parse-quote")
        {
            return await ParseQuoteCommand.RunAsync(args[1..], stdout, stderr, cancellationToken).ConfigureAwait(false);
        }

        await stderr.WriteLineAsync($"purchaser: unknown command '{args[0]}'").ConfigureAwait(false);
        await stderr.WriteLineAsync(Usage).ConfigureAwait(false);
        return ExitCodes.BadArguments;
    }
}
