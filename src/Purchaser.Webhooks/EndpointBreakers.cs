using System.Collections.Concurrent;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.CircuitBreaker;
using Purchaser.Domain;

namespace Purchaser.Webhooks;

/// <summary>
/// One circuit breaker per endpoint: when nine in ten of at least ten attempts in a minute failed (a transient status, a
/// connection failure or a timeout), the endpoint's attempts fail at once for 30 seconds, then a trial attempt decides.
/// A bare Polly pipeline run around the send rather than a resilience handler in the HTTP client: the handler's context,
/// telemetry and pipeline registry cost a share of every POST, and the breaker is all the client needs (retries are the
/// store's schedule, the attempt's timeout is the client's own).
/// </summary>
internal sealed class EndpointBreakers(TimeProvider time)
{
    private readonly ConcurrentDictionary<Id<WebhookEndpoint>, ResiliencePipeline<HttpResponseMessage>> _breakers = new();

    public ResiliencePipeline<HttpResponseMessage> For(Id<WebhookEndpoint> endpoint) => _breakers.GetOrAdd(endpoint, static (_, time) =>
        new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time }
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
            {
                FailureRatio = 0.9,
                MinimumThroughput = 10,
                SamplingDuration = TimeSpan.FromMinutes(1),
                BreakDuration = TimeSpan.FromSeconds(30),
                // The client's timeout reaches the breaker as a cancellation: a timed-out attempt is a failure.
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is OperationCanceledException || HttpClientResiliencePredicates.IsTransient(args.Outcome)),
            })
            .Build(), time);
}
