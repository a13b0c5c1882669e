using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Purchaser.Client.Http;

/// <summary>
/// Sends one API call: JSON through the source-generated contract metadata, <c>If-Match</c> from an expected version,
/// an <c>Idempotency-Key</c> on every POST, and error answers thrown as <see cref="PurchaserApiException"/>.
/// </summary>
internal sealed class PurchaserHttp(HttpClient http)
{
    public const string IdempotencyKeyHeader = "Idempotency-Key";
    private const string JsonMediaType = "application/json";

    public static HttpRequestMessage Request(HttpMethod method, string path, long? expectedVersion = null, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(JsonMediaType));
        if (expectedVersion is { } version)
        {
            request.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{version.ToString(CultureInfo.InvariantCulture)}\""));
        }

        // One key per logical call, made before the resilience pipeline, so every retry of this call carries the same key
        // and the server answers a retry of a POST that already succeeded with the stored response instead of doing it twice.
        if (method == HttpMethod.Post)
        {
            request.Headers.Add(IdempotencyKeyHeader, string.IsNullOrEmpty(idempotencyKey) ? Guid.NewGuid().ToString("N") : idempotencyKey);
        }

        return request;
    }

    public static HttpRequestMessage Request<TBody>(HttpMethod method, string path, TBody body, JsonTypeInfo<TBody> bodyType, long? expectedVersion = null, string? idempotencyKey = null)
    {
        var request = Request(method, path, expectedVersion, idempotencyKey);

        // Bytes rather than a streaming JsonContent: a retry re-sends exactly the same body.
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, bodyType));
        content.Headers.ContentType = new MediaTypeHeaderValue(JsonMediaType) { CharSet = "utf-8" };
        request.Content = content;
        return request;
    }

    public async Task<T> SendAsync<T>(HttpRequestMessage request, JsonTypeInfo<T> responseType, CancellationToken cancellationToken)
    {
        using (request)
        using (var response = await SendCheckedAsync(request, cancellationToken).ConfigureAwait(false))
        {
            return await response.Content.ReadFromJsonAsync(responseType, cancellationToken).ConfigureAwait(false)
                ?? throw new JsonException($"Purchaser answered {request.Method} {request.RequestUri} with an empty body.");
        }
    }

    public async Task SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using (request)
        using (await SendCheckedAsync(request, cancellationToken).ConfigureAwait(false))
        {
        }
    }

    private async Task<HttpResponseMessage> SendCheckedAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        using (response)
        {
            throw await ProblemReader.ReadAsync(response, cancellationToken).ConfigureAwait(false);
        }
    }
}
