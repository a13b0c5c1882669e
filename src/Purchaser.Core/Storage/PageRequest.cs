namespace Purchaser.Storage;

/// <summary>Which page to read: after <paramref name="Cursor"/> (null for the first page), at most <paramref name="Limit"/> items.</summary>
/// <param name="Cursor">The cursor returned with the previous page.</param>
/// <param name="Limit">The page size, 1 to 200.</param>
public sealed record PageRequest(string? Cursor, int Limit)
{
    /// <summary>The largest page a store returns.</summary>
    public const int MaxLimit = 200;

    /// <summary>The page size used when none is asked for.</summary>
    public const int DefaultLimit = 50;
}
