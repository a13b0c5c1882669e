using Purchaser.Client.Http;
using Purchaser.Contracts;

namespace Purchaser.Client;

/// <summary>The caller's tenant's API keys: <c>/api/v1/api-keys</c>.</summary>
public sealed class ApiKeysClient
{
    private const string Path = Paths.Root + "api-keys";
    private readonly PurchaserHttp _http;

    internal ApiKeysClient(PurchaserHttp http) => _http = http;

    /// <summary>Creates a key; <see cref="CreatedApiKeyResource.Key"/> is in this answer only.</summary>
    /// <param name="request">What the key is for.</param>
    /// <param name="idempotencyKey">A key identifying this call; generated when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="PurchaserApiException">The API refused the request.</exception>
    public Task<CreatedApiKeyResource> CreateAsync(CreateApiKeyRequest request, string? idempotencyKey = null, CancellationToken cancellationToken = default) =>
        _http.SendAsync(PurchaserHttp.Request(HttpMethod.Post, Path, request, PurchaserJsonContext.Default.CreateApiKeyRequest, idempotencyKey: idempotencyKey), PurchaserJsonContext.Default.CreatedApiKeyResource, cancellationToken);

    /// <summary>Lists the tenant's keys, never their secrets.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="PurchaserApiException">The API refused the request.</exception>
    public Task<IReadOnlyList<ApiKeyResource>> ListAsync(CancellationToken cancellationToken = default) =>
        _http.SendAsync(PurchaserHttp.Request(HttpMethod.Get, Path), PurchaserJsonContext.Default.IReadOnlyListApiKeyResource, cancellationToken);

    /// <summary>Revokes a key.</summary>
    /// <param name="id">The key.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="PurchaserApiException">The API refused the request (<c>api_key.not_found</c>).</exception>
    public Task RevokeAsync(Guid id, CancellationToken cancellationToken = default) =>
        _http.SendAsync(PurchaserHttp.Request(HttpMethod.Delete, $"{Path}/{id:D}"), cancellationToken);
}
