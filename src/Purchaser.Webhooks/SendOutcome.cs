using System.Net;
using System.Net.Http.Headers;

namespace Purchaser.Webhooks;

/// <summary>What one attempt came to.</summary>
internal sealed record SendOutcome(bool Succeeded, HttpStatusCode? StatusCode, TimeSpan Latency, string? ResponseBody, string? Error, RetryConditionHeaderValue? RetryAfter);
