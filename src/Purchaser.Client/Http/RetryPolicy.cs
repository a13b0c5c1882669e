using Polly;
using Polly.Retry;

namespace Purchaser.Client.Http;

/// <summary>
/// Which requests the resilience pipeline may send again: idempotent methods, and POSTs carrying an
/// <c>Idempotency-Key</c>, which the server answers from its stored response when the first attempt did succeed.
/// PATCH is never retried: the server does not deduplicate it.
/// </summary>
internal static class RetryPolicy
{
    public static bool MayRetry(HttpRequestMessage? request)
    {
        if (request is null)
        {
            return false;
        }

        var method = request.Method;
        return method == HttpMethod.Get || method == HttpMethod.Head || method == HttpMethod.Options || method == HttpMethod.Put || method == HttpMethod.Delete
            || request.Headers.Contains(PurchaserHttp.IdempotencyKeyHeader);
    }

    public static Func<RetryPredicateArguments<HttpResponseMessage>, ValueTask<bool>> Restrict(Func<RetryPredicateArguments<HttpResponseMessage>, ValueTask<bool>> shouldHandle) =>
        arguments => !MayRetry(arguments.Context.GetRequestMessage()) ? ValueTask.FromResult(false)
            : StillRunning(arguments.Outcome.Result) ? ValueTask.FromResult(true)
            : shouldHandle(arguments);

    /// <summary>
    /// 409 with <c>Retry-After</c>: the server is still running an earlier copy of this request under the same
    /// <c>Idempotency-Key</c>; once it answers, a retry gets its stored response.
    /// </summary>
    private static bool StillRunning(HttpResponseMessage? response) =>
        response is { StatusCode: System.Net.HttpStatusCode.Conflict } && response.Headers.RetryAfter is not null;
}
