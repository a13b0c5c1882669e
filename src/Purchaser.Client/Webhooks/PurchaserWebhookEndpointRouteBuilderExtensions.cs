using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Purchaser.Client.Webhooks;

namespace Microsoft.AspNetCore.Routing;

/// <summary>Receives Purchaser webhooks in an ASP.NET Core integration service.</summary>
public static class PurchaserWebhookEndpointRouteBuilderExtensions
{
    /// <summary>The largest webhook body accepted.</summary>
    public const int MaxBodyBytes = 1024 * 1024;

    /// <summary>
    /// Maps a POST endpoint at <paramref name="pattern"/> that verifies each request with the registered
    /// <see cref="WebhookVerifier"/> (<c>AddPurchaserWebhookVerifier</c>) and hands the event to <paramref name="handler"/>.
    /// A forged, stale or malformed request is answered 401 or 400 without calling the handler; a replay of a message
    /// already handled is answered 200, so Purchaser stops retrying it. When the handler throws, the answer is 500 and
    /// Purchaser retries the message with the same <c>webhook-id</c>.
    /// </summary>
    public static RouteHandlerBuilder MapPurchaserWebhooks(this IEndpointRouteBuilder endpoints, string pattern, Func<WebhookEvent, IServiceProvider, CancellationToken, Task> handler)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(handler);
        return endpoints.MapPost(pattern, async (HttpContext context) =>
        {
            if (context.Request.ContentLength > MaxBodyBytes)
            {
                return Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "The webhook body is too large.");
            }

            using var buffer = new MemoryStream();
            await context.Request.Body.CopyToAsync(buffer, context.RequestAborted).ConfigureAwait(false);
            var verifier = context.RequestServices.GetRequiredService<WebhookVerifier>();
            var headers = context.Request.Headers;
            var result = await verifier.VerifyAsync(name => headers.TryGetValue(name, out var value) ? value.ToString() : null, buffer.ToArray(), context.RequestAborted).ConfigureAwait(false);
            if (result.Failure == WebhookVerificationFailure.Replayed)
            {
                return Results.Ok();
            }

            if (!result.IsValid)
            {
                return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "The webhook did not verify.", detail: result.Failure.ToString());
            }

            WebhookEvent webhook;
            try
            {
                webhook = WebhookEvent.Parse(result.MessageId!, buffer.ToArray());
            }
            catch (System.Text.Json.JsonException ex)
            {
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The webhook body is not a Purchaser payload.", detail: ex.Message);
            }

            await handler(webhook, context.RequestServices, context.RequestAborted).ConfigureAwait(false);
            return Results.Ok();
        }).ExcludeFromDescription();
    }
}
