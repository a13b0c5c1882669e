namespace Purchaser.Cli;

/// <summary>Process exit codes.</summary>
internal static class ExitCodes
{
    /// <summary>Every input was read (each may still be unparseable as a quote).</summary>
    public const int Ok = 0;

    /// <summary>At least one email file could not be read; it is reported as an unparseable object.</summary>
    public const int UnreadableInput = 1;

    /// <summary>Bad arguments or an unreadable RFQ; nothing was parsed.</summary>
    public const int BadArguments = 2;
}
