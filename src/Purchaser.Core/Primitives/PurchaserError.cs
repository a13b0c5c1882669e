namespace Purchaser;

/// <summary>
/// A domain error with a stable, documented <see cref="Code"/> that callers can switch on.
/// </summary>
/// <param name="Code">A stable dotted code such as <c>rfq.invalid_transition</c>.</param>
/// <param name="Message">A human-readable explanation.</param>
/// <param name="Kind">How the error is reported.</param>
public sealed record PurchaserError(string Code, string Message, ErrorKind Kind)
{
    /// <summary>For validation errors: the failing fields (JSON paths such as <c>lines[0].quantity</c>) and their messages.</summary>
    public IReadOnlyDictionary<string, string[]> Fields { get; init; } = new Dictionary<string, string[]>();
}
