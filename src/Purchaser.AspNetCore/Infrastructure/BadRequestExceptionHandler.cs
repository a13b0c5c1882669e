using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace Purchaser.AspNetCore.Infrastructure;

/// <summary>
/// Answers requests that fail before a handler runs (malformed JSON, a missing body, a wrong content type) with a
/// problem response naming the offending field, and domain errors raised outside endpoint filters.
/// </summary>
internal sealed class BadRequestExceptionHandler : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        switch (exception)
        {
            case BadHttpRequestException { InnerException: JsonException json } bad:
                var field = JsonPathToField(json.Path);
                var message = json.Message.Contains("could not be converted", StringComparison.Ordinal)
                    ? $"The value of '{field ?? "$"}' has the wrong type for this field."
                    : $"The request body is not valid JSON{(field is null ? string.Empty : $" (near '{field}')")}.";
                await ProblemWriter.WriteAsync(httpContext, bad.StatusCode, ErrorCodes.MalformedRequest, message, new Dictionary<string, string[]> { [field ?? "$"] = [message] }).ConfigureAwait(false);
                return true;
            case BadHttpRequestException bad:
                var detail = bad.Message.Contains("no body was provided", StringComparison.Ordinal) ? "A JSON request body is required." : bad.Message;
                await ProblemWriter.WriteAsync(httpContext, bad.StatusCode, ErrorCodes.MalformedRequest, detail).ConfigureAwait(false);
                return true;
            case PurchaserException domain:
                await ProblemWriter.WriteAsync(httpContext, ProblemWriter.StatusFor(domain.Error.Kind), domain.Error.Code, domain.Error.Message, domain.Error.Fields).ConfigureAwait(false);
                return true;
            default:
                return false;
        }
    }

    /// <summary><c>$.lines[0].quantity</c> becomes <c>lines[0].quantity</c>; the root stays null.</summary>
    internal static string? JsonPathToField(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? null : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
}
