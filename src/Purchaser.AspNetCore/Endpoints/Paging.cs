using Purchaser.Storage;

namespace Purchaser.AspNetCore.Endpoints;

/// <summary>Reads <c>cursor</c> and <c>limit</c> query parameters.</summary>
internal static class Paging
{
    public static PageRequest Read(string? cursor, int? limit, ValidationErrors errors)
    {
        errors.Require(limit is null or >= 1 and <= PageRequest.MaxLimit, "limit", $"The limit must be between 1 and {PageRequest.MaxLimit}.");
        errors.Require(cursor is null || Cursor.TryDecode(cursor, out _), "cursor", "The cursor is not one this API returned.");
        return new PageRequest(cursor, limit ?? PageRequest.DefaultLimit);
    }
}
