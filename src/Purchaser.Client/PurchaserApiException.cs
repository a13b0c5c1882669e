using System.Net;

namespace Purchaser.Client;

/// <summary>
/// The API refused a request. <see cref="Code"/> is Purchaser's stable error code (<c>validation.failed</c>,
/// <c>rfq.not_found</c>...) read from the RFC 9457 problem details; branch on it, not on the message.
/// </summary>
public sealed class PurchaserApiException : Exception
{
    /// <summary>Creates the exception for a refused request.</summary>
    /// <param name="statusCode">The HTTP status.</param>
    /// <param name="code">The stable error code, when the answer was a Purchaser problem.</param>
    /// <param name="detail">The human-readable explanation.</param>
    /// <param name="errors">The invalid fields by JSON path, each with its messages.</param>
    public PurchaserApiException(HttpStatusCode statusCode, string? code, string? detail, IReadOnlyDictionary<string, IReadOnlyList<string>>? errors = null)
        : base($"Purchaser answered {(int)statusCode} {code ?? statusCode.ToString()}: {detail ?? "no detail"}")
    {
        StatusCode = statusCode;
        Code = code;
        Detail = detail;
        Errors = errors ?? new Dictionary<string, IReadOnlyList<string>>();
    }

    /// <summary>The HTTP status.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>The stable error code, or null when the answer was not a Purchaser problem (a proxy's 502, say).</summary>
    public string? Code { get; }

    /// <summary>The human-readable explanation.</summary>
    public string? Detail { get; }

    /// <summary>For <c>validation.failed</c>: each invalid field by JSON path (<c>lines[0].quantity</c>) with its messages.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Errors { get; }
}
