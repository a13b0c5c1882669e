using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Purchaser.AspNetCore.Infrastructure;

/// <summary>ETags are the quoted resource version; <c>If-Match</c> carries the version a change was based on.</summary>
internal static class Versioning
{
    /// <summary>A 200 with the resource, and its version as the ETag.</summary>
    public static Microsoft.AspNetCore.Http.HttpResults.Ok<T> Ok<T>(HttpContext http, long version, T resource)
    {
        http.Response.Headers.ETag = ETag(version);
        return TypedResults.Ok(resource);
    }

    public static string ETag(long version) => $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";

    /// <summary>The version in <c>If-Match</c>, or null when absent or <c>*</c>.</summary>
    /// <exception cref="PurchaserException">The header is not a version this API issued.</exception>
    public static long? IfMatch(HttpRequest request)
    {
        var header = request.Headers.IfMatch.ToString().Trim();
        if (header.Length == 0 || header == "*")
        {
            return null;
        }

        var value = header.StartsWith("W/", StringComparison.Ordinal) ? header[2..] : header;
        if (value.Length > 2 && value[0] == '"' && value[^1] == '"' && long.TryParse(value.AsSpan(1, value.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            return version;
        }

        // A tag this API never issued cannot match the current version.
        throw new PurchaserException(new PurchaserError(ErrorCodes.PreconditionFailed, $"If-Match {header} does not match the current version.", ErrorKind.PreconditionFailed));
    }
}
