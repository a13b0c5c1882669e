using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Purchaser.Storage;

namespace Purchaser.AspNetCore.Infrastructure;

/// <summary>
/// Honours <c>Idempotency-Key</c> on POSTs: the request claims its key before it runs, so a copy sent while it runs is
/// answered 409 (with <c>Retry-After</c>) instead of running twice; the first successful response is stored and replayed
/// for a retry with the same request; the same key with a different request is refused with 422. Error responses are
/// not stored, so a retry after a failure runs again. The request is compared by its bound body re-serialised, so
/// whitespace and member order do not matter.
/// </summary>
internal sealed class IdempotencyFilter : IEndpointFilter
{
    public const string HeaderName = "Idempotency-Key";
    private const int MaxKeyLength = 255;

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var key = http.Request.Headers[HeaderName].ToString();
        if (string.IsNullOrEmpty(key) || !HttpMethods.IsPost(http.Request.Method))
        {
            return await next(context).ConfigureAwait(false);
        }

        if (key.Length > MaxKeyLength)
        {
            return Results.Problem(ProblemWriter.Create(400, ErrorCodes.ValidationFailed, $"{HeaderName} must be at most {MaxKeyLength} characters.", new Dictionary<string, string[]> { [HeaderName] = ["Too long."] }));
        }

        var store = http.RequestServices.GetRequiredService<IIdempotencyStore>();
        var time = http.RequestServices.GetRequiredService<TimeProvider>();
        var tenant = http.User.Tenant();
        var hash = RequestHash(context);
        var token = Guid.NewGuid().ToString("N");
        if (!await store.TryClaimAsync(tenant, key, hash, token, time.GetUtcNow(), AbandonedClaimAfter, http.RequestAborted).ConfigureAwait(false))
        {
            return Answered(await store.FindAsync(tenant, key, http.RequestAborted).ConfigureAwait(false), key, hash, http);
        }

        var response = http.Response;
        var original = response.Body;
        using var buffer = new MemoryStream();
        using (var running = new CancellationTokenSource())
        {
            var renewal = RenewWhileRunningAsync(store, time, tenant, key, token, http, running.Token);
            try
            {
                var result = await next(context).ConfigureAwait(false);
                if (result is not IResult executable)
                {
                    // Not a response this filter can keep: the key protects nothing, so it is given up again.
                    await store.ReleaseAsync(tenant, key, token, CancellationToken.None).ConfigureAwait(false);
                    return result;
                }

                response.Body = buffer;
                await executable.ExecuteAsync(http).ConfigureAwait(false);
            }
            catch
            {
                await store.ReleaseAsync(tenant, key, token, CancellationToken.None).ConfigureAwait(false);
                throw;
            }
            finally
            {
                response.Body = original;
                await running.CancelAsync().ConfigureAwait(false);
                await renewal.ConfigureAwait(false);
            }
        }

        var body = buffer.ToArray();
        if (response.StatusCode < 400)
        {
            // The change is made: its response must be kept even when the client has gone, or its retry would run it again.
            await CompleteAsync(store, new IdempotencyRecord
            {
                TenantId = tenant,
                Key = key,
                RequestHash = hash,
                StatusCode = response.StatusCode,
                ContentType = response.ContentType,
                Location = response.Headers.Location.ToString() is { Length: > 0 } location ? location : null,
                ETag = response.Headers.ETag.ToString() is { Length: > 0 } etag ? etag : null,
                Body = body,
                CreatedAt = time.GetUtcNow(),
            }, token, http).ConfigureAwait(false);
        }
        else
        {
            await store.ReleaseAsync(tenant, key, token, CancellationToken.None).ConfigureAwait(false);
        }

        await original.WriteAsync(body, http.RequestAborted).ConfigureAwait(false);
        return Results.Empty;
    }

    /// <summary>How long a claim may go unrenewed before a retry takes it over: its request's host died mid-request.</summary>
    internal static readonly TimeSpan AbandonedClaimAfter = TimeSpan.FromSeconds(30);

    /// <summary>
    /// A running request renews its claim every third of <see cref="AbandonedClaimAfter"/>, however long it takes. A failed
    /// renewal is logged and tried again at the next turn: it must not fail the request, whose answer is what counts.
    /// </summary>
    private static async Task RenewWhileRunningAsync(IIdempotencyStore store, TimeProvider time, Purchaser.Id<Purchaser.Domain.Tenant> tenant, string key, string token, HttpContext http, CancellationToken running)
    {
        try
        {
            while (true)
            {
                await Task.Delay(AbandonedClaimAfter / 3, time, running).ConfigureAwait(false);
                try
                {
                    await store.RenewAsync(tenant, key, token, time.GetUtcNow(), running).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    Logger(http).LogWarning(ex, "The claim on Idempotency-Key {Key} could not be renewed; trying again in {Seconds} s", key, (AbandonedClaimAfter / 3).TotalSeconds);
                }
            }
        }
        catch (OperationCanceledException) when (running.IsCancellationRequested)
        {
            // The request has answered.
        }
    }

    private static ILogger Logger(HttpContext http) => http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger<IdempotencyFilter>();

    /// <summary>
    /// Stores the response, retrying a failed write: the change is already made, so a lost response would let a retry of
    /// the request make it again once the claim lapses. When every try fails the client still gets its answer.
    /// </summary>
    private static async Task CompleteAsync(IIdempotencyStore store, IdempotencyRecord record, string token, HttpContext http)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await store.CompleteAsync(record, token, CancellationToken.None).ConfigureAwait(false);
                return;
            }
            catch (Exception) when (attempt < 3)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt)).ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                Logger(http).LogError(ex, "The response to Idempotency-Key {Key} could not be stored; a retry after {Seconds} s would run the request again", record.Key, AbandonedClaimAfter.TotalSeconds);
                return;
            }
        }
    }

    /// <summary>The answer for a key another request holds: its response replayed, 409 while it runs, 422 for a different request.</summary>
    private static IResult Answered(IdempotencyRecord? stored, string key, string hash, HttpContext http)
    {
        if (stored is not null && stored.RequestHash != hash)
        {
            return Results.Problem(ProblemWriter.Create(422, ErrorCodes.IdempotencyKeyReused, $"The {HeaderName} '{key}' was already used for a different request."));
        }

        if (stored is null || stored.IsPending)
        {
            http.Response.Headers.RetryAfter = "1";
            return Results.Problem(ProblemWriter.Create(409, ErrorCodes.IdempotencyRequestInProgress, $"A request with the {HeaderName} '{key}' is still running; retry when it has answered."));
        }

        return new ReplayResult(stored);
    }

    private static string RequestHash(EndpointFilterInvocationContext context)
    {
        var http = context.HttpContext;
        var options = http.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var builder = new StringBuilder().Append(http.Request.Method).Append(' ').Append(http.Request.Path).Append('\n');
        foreach (var argument in context.Arguments)
        {
            if (argument is not null && argument.GetType().Namespace == "Purchaser.Contracts")
            {
                builder.Append(JsonSerializer.Serialize(argument, argument.GetType(), options));
            }
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(builder.ToString())));
    }

    private sealed class ReplayResult(IdempotencyRecord record) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            var response = httpContext.Response;
            response.StatusCode = record.StatusCode;
            response.ContentType = record.ContentType;
            if (record.Location is not null)
            {
                response.Headers.Location = record.Location;
            }

            if (record.ETag is not null)
            {
                response.Headers.ETag = record.ETag;
            }

            response.Headers["Idempotent-Replayed"] = "true";
            await response.Body.WriteAsync(record.Body, httpContext.RequestAborted).ConfigureAwait(false);
        }
    }
}
