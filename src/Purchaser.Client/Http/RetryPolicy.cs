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
        arguments => MayRetry(arguments.Context.GetRequestMessage()) ? shouldHandle(arguments) : ValueTask.FromResult(false);
}
