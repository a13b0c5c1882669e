using System.Buffers;
using System.Diagnostics;
using System.Net;
using System.Text;
using Microsoft.Extensions.Options;
using Purchaser.Contracts.Webhooks;
using Purchaser.Domain;

namespace Purchaser.Webhooks;

/// <summary>Signs one message with every active secret's key and POSTs it once.</summary>
internal sealed class WebhookSender(IHttpClientFactory clients, EndpointBreakers breakers, IOptionsMonitor<WebhookOptions> options, TimeProvider time)
{
    public const string ClientName = "Purchaser.Webhooks";

    public async Task<SendOutcome> SendAsync(Id<WebhookEndpoint> endpoint, Uri url, string messageId, string payload, IReadOnlyList<byte[]> keys, CancellationToken cancellationToken)
    {
        var body = Encoding.UTF8.GetBytes(payload);
        var timestamp = time.GetUtcNow().ToUnixTimeSeconds();
        var signatures = Sign(keys, messageId, timestamp, body);
        // Constant and known-good header values are added as text: typed header values are built and validated per POST.
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json; charset=utf-8");
        request.Headers.TryAddWithoutValidation(WebhookSignature.IdHeader, messageId);
        request.Headers.TryAddWithoutValidation(WebhookSignature.TimestampHeader, timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.TryAddWithoutValidation(WebhookSignature.SignatureHeader, signatures);
        request.Headers.TryAddWithoutValidation("User-Agent", "Purchaser-Webhooks/1.0");

        var settings = options.CurrentValue;
        var started = Stopwatch.GetTimestamp();
        try
        {
            // The client's own timeout is the attempt's (one send is one attempt); a fresh client from the factory takes it.
            var client = clients.CreateClient(ClientName);
            client.Timeout = settings.Timeout;
            using var response = await breakers.For(endpoint).ExecuteAsync(
                static (state, token) => new ValueTask<HttpResponseMessage>(state.client.SendAsync(state.request, HttpCompletionOption.ResponseHeadersRead, token)),
                (client, request), cancellationToken).ConfigureAwait(false);
            var text = await ReadStartAsync(response, settings.ResponseBodyLimit, cancellationToken).ConfigureAwait(false);
            var succeeded = (int)response.StatusCode is >= 200 and < 300;
            return new SendOutcome(succeeded, response.StatusCode, Stopwatch.GetElapsedTime(started), text, succeeded ? null : Describe(response), response.Headers.RetryAfter);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            return new SendOutcome(false, null, Stopwatch.GetElapsedTime(started), null, Describe(ex), null);
        }
    }

    private static string Sign(IReadOnlyList<byte[]> keys, string messageId, long timestamp, byte[] body)
    {
        if (keys.Count == 1)
        {
            return WebhookSignature.Sign(keys[0], messageId, timestamp, body);
        }

        var signatures = new string[keys.Count];
        for (var i = 0; i < keys.Count; i++)
        {
            signatures[i] = WebhookSignature.Sign(keys[i], messageId, timestamp, body);
        }

        return string.Join(' ', signatures);
    }

    private static string Describe(HttpResponseMessage response) =>
        (int)response.StatusCode is >= 300 and < 400 ? $"redirect {(int)response.StatusCode} to {response.Headers.Location} (redirects are not followed)" : $"HTTP {(int)response.StatusCode}";

    private static string Describe(Exception exception) => exception switch
    {
        TaskCanceledException { InnerException: TimeoutException } => "timed out",
        Polly.CircuitBreaker.BrokenCircuitException => "circuit open: the endpoint failed repeatedly, attempts are paused",
        HttpRequestException { InnerException: { } inner } http => $"{http.Message} ({inner.Message})",
        _ => exception.Message,
    };

    private static async Task<string?> ReadStartAsync(HttpResponseMessage response, int limit, CancellationToken cancellationToken)
    {
        if (limit == 0)
        {
            return null;
        }

        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        var buffer = ArrayPool<byte>.Shared.Rent(limit);
        try
        {
            var read = 0;
            int chunk;
            while (read < limit && (chunk = await stream.ReadAsync(buffer.AsMemory(read, limit - read), cancellationToken).ConfigureAwait(false)) > 0)
            {
                read += chunk;
            }

            return read == 0 ? null : Encoding.UTF8.GetString(buffer, 0, read);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
