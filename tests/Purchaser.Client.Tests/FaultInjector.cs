using System.Collections.Concurrent;
using System.Net;

namespace Purchaser.Client.Tests;

/// <summary>What goes wrong with the next request matching <see cref="Method"/> and <see cref="PathSuffix"/>.</summary>
/// <param name="Method">The request method.</param>
/// <param name="PathSuffix">The end of the request path.</param>
/// <param name="ReachesServer">True: the server handles the request but its answer is lost (a 503 arrives instead). False: the request never arrives.</param>
/// <param name="StillRunning">Instead of a 503, the answer the server gives while an earlier copy under the same <c>Idempotency-Key</c> still runs: 409 with <c>Retry-After</c>.</param>
public sealed record Fault(HttpMethod Method, string PathSuffix, bool ReachesServer, bool StillRunning = false);

/// <summary>A request as the server received it.</summary>
public sealed record ReceivedRequest(HttpMethod Method, string PathAndQuery, string? IdempotencyKey, string? IfMatch, HttpStatusCode Status);

/// <summary>Sits in front of the in-memory server: records what reaches it and injects transient failures.</summary>
internal sealed class FaultInjector(ConcurrentQueue<Fault> faults, ConcurrentQueue<ReceivedRequest> received) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var fault = TakeFault(request);
        if (fault is { StillRunning: true })
        {
            var conflict = new HttpResponseMessage(HttpStatusCode.Conflict) { RequestMessage = request };
            conflict.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(1));
            return conflict;
        }

        if (fault is { ReachesServer: false })
        {
            return new HttpResponseMessage(HttpStatusCode.ServiceUnavailable) { RequestMessage = request };
        }

        var response = await base.SendAsync(request, cancellationToken);
        received.Enqueue(new ReceivedRequest(
            request.Method,
            request.RequestUri!.PathAndQuery,
            request.Headers.TryGetValues("Idempotency-Key", out var keys) ? keys.Single() : null,
            request.Headers.IfMatch.Count > 0 ? request.Headers.IfMatch.ToString() : null,
            response.StatusCode));
        if (fault is null)
        {
            return response;
        }

        response.Dispose();
        return new HttpResponseMessage(HttpStatusCode.ServiceUnavailable) { RequestMessage = request };
    }

    private Fault? TakeFault(HttpRequestMessage request) =>
        faults.TryPeek(out var next) && next.Method == request.Method && request.RequestUri!.AbsolutePath.EndsWith(next.PathSuffix, StringComparison.Ordinal) && faults.TryDequeue(out var taken)
            ? taken
            : null;
}
