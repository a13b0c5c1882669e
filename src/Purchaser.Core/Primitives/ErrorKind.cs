namespace Purchaser;

/// <summary>How a <see cref="PurchaserError"/> should be reported (maps onto HTTP status codes in the REST API).</summary>
public enum ErrorKind
{
    /// <summary>The input is invalid (400).</summary>
    Validation,

    /// <summary>The resource does not exist for this tenant (404).</summary>
    NotFound,

    /// <summary>The request conflicts with the resource's current state (409).</summary>
    Conflict,

    /// <summary>The caller's precondition (a version, an ETag) no longer holds (412).</summary>
    PreconditionFailed,

    /// <summary>The request is understood but cannot be processed as given (422).</summary>
    Unprocessable,
}
