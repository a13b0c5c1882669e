namespace Purchaser.Quotes;

/// <summary>The bound on every pattern match in the parser.</summary>
internal static class PatternLimits
{
    /// <summary>
    /// A backstop against a pattern that backtracks badly on hostile text, not the budget of a normal match (microseconds,
    /// on inputs the parser's limits keep small). It is wall-clock time: at 100 ms a match on a host busy enough to leave
    /// the thread unscheduled that long failed with a timeout, and with it the whole extractor.
    /// </summary>
    public const int MatchTimeoutMilliseconds = 1000;
}
