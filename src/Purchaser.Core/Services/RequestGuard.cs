namespace Purchaser.Services;

/// <summary>Small checks shared by the services.</summary>
internal static class RequestGuard
{
    public static void EnsureVersion(long? expectedVersion, long actualVersion, string what)
    {
        if (expectedVersion is { } expected && expected != actualVersion)
        {
            throw new PurchaserException(new PurchaserError(
                ErrorCodes.PreconditionFailed,
                $"The {what} is at version {actualVersion}, not {expected}; read it again before changing it.",
                ErrorKind.PreconditionFailed));
        }
    }

    public static PurchaserException NotFound(string code, string what, Guid id) =>
        new(new PurchaserError(code, $"No {what} with id {id} exists.", ErrorKind.NotFound));
}
