using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Purchaser.Storage;

namespace Purchaser.AspNetCore.Infrastructure;

/// <summary>
/// Honours <c>Idempotency-Key</c> on POSTs: the first successful response is stored and replayed for a retry with the
/// same request; the same key with a different request is refused with 422. Error responses are not stored, so a
/// retry after a failure runs again. The request is compared by its bound body re-serialised, so whitespace and member
/// order do not matter.
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
        var tenant = http.User.Tenant();
        var hash = RequestHash(context);
        var stored = await store.FindAsync(tenant, key, http.RequestAborted).ConfigureAwait(false);
        if (stored is not null)
        {
            return stored.RequestHash == hash
                ? new ReplayResult(stored)
                : Results.Problem(ProblemWriter.Create(422, ErrorCodes.IdempotencyKeyReused, $"The {HeaderName} '{key}' was already used for a different request."));
        }

        var result = await next(context).ConfigureAwait(false);
        if (result is not IResult executable)
        {
            return result;
        }

        var response = http.Response;
        var original = response.Body;
        using var buffer = new MemoryStream();
        response.Body = buffer;
        try
        {
            await executable.ExecuteAsync(http).ConfigureAwait(false);
        }
        finally
        {
            response.Body = original;
        }

        var body = buffer.ToArray();
        if (response.StatusCode < 400)
        {
            await store.TryAddAsync(
                new IdempotencyRecord
                {
                    TenantId = tenant,
                    Key = key,
                    RequestHash = hash,
                    StatusCode = response.StatusCode,
                    ContentType = response.ContentType,
                    Location = response.Headers.Location.ToString() is { Length: > 0 } location ? location : null,
                    ETag = response.Headers.ETag.ToString() is { Length: > 0 } etag ? etag : null,
                    Body = body,
                    CreatedAt = http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow(),
                },
                http.RequestAborted).ConfigureAwait(false);
        }

        await original.WriteAsync(body, http.RequestAborted).ConfigureAwait(false);
        return Results.Empty;
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
