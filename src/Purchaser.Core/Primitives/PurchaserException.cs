namespace Purchaser;

/// <summary>Thrown by Purchaser services when an operation is refused; carries a <see cref="PurchaserError"/>.</summary>
public sealed class PurchaserException : Exception
{
    /// <summary>Creates the exception for <paramref name="error"/>.</summary>
    public PurchaserException(PurchaserError error)
        : base(error?.Message)
    {
        ArgumentNullException.ThrowIfNull(error);
        Error = error;
    }

    /// <summary>The error that refused the operation.</summary>
    public PurchaserError Error { get; }
}
