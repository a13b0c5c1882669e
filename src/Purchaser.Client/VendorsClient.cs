using Purchaser.Client.Http;
using Purchaser.Contracts;

namespace Purchaser.Client;

/// <summary>Vendors: <c>/api/v1/vendors</c>.</summary>
public sealed class VendorsClient
{
    private const string Resource = "vendors";
    private readonly PurchaserHttp _http;

    internal VendorsClient(PurchaserHttp http) => _http = http;

    /// <summary>Creates a vendor.</summary>
    /// <param name="request">The vendor.</param>
    /// <param name="idempotencyKey">A key identifying this creation, such as the ERP's vendor code; generated when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="PurchaserApiException">The API refused the request.</exception>
    public Task<VendorResource> CreateAsync(CreateVendorRequest request, string? idempotencyKey = null, CancellationToken cancellationToken = default) =>
        _http.SendAsync(PurchaserHttp.Request(HttpMethod.Post, Paths.Root + Resource, request, PurchaserJsonContext.Default.CreateVendorRequest, idempotencyKey: idempotencyKey), PurchaserJsonContext.Default.VendorResource, cancellationToken);

    /// <summary>Reads one vendor.</summary>
    /// <param name="id">The vendor.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="PurchaserApiException">The API refused the request (<c>vendor.not_found</c>).</exception>
    public Task<VendorResource> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        _http.SendAsync(PurchaserHttp.Request(HttpMethod.Get, Paths.Of(Resource, id)), PurchaserJsonContext.Default.VendorResource, cancellationToken);

    /// <summary>Reads one page of vendors.</summary>
    /// <param name="cursor">The previous page's cursor; the first page when null.</param>
    /// <param name="limit">Items per page, 1–200; the server's default when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="PurchaserApiException">The API refused the request.</exception>
    public Task<PageDto<VendorResource>> ListPageAsync(string? cursor = null, int? limit = null, CancellationToken cancellationToken = default) =>
        _http.SendAsync(PurchaserHttp.Request(HttpMethod.Get, Paths.WithQuery(Paths.Root + Resource, ("cursor", cursor), ("limit", Paths.Number(limit)))), PurchaserJsonContext.Default.PageDtoVendorResource, cancellationToken);

    /// <summary>Every vendor, fetched a page at a time.</summary>
    /// <param name="pageSize">Items per request, 1–200; the server's default when null.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    public IAsyncEnumerable<VendorResource> ListAsync(int? pageSize = null, CancellationToken cancellationToken = default) =>
        Pager.EnumerateAsync((cursor, token) => ListPageAsync(cursor, pageSize, token), cancellationToken);

    /// <summary>Changes the members given; a PATCH is not retried automatically.</summary>
    /// <param name="id">The vendor.</param>
    /// <param name="request">The changes.</param>
    /// <param name="expectedVersion">The version the change is based on, sent as <c>If-Match</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="PurchaserApiException">The API refused the request.</exception>
    public Task<VendorResource> UpdateAsync(Guid id, UpdateVendorRequest request, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        _http.SendAsync(PurchaserHttp.Request(HttpMethod.Patch, Paths.Of(Resource, id), request, PurchaserJsonContext.Default.UpdateVendorRequest, expectedVersion), PurchaserJsonContext.Default.VendorResource, cancellationToken);

    /// <summary>Deletes a vendor.</summary>
    /// <param name="id">The vendor.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="PurchaserApiException">The API refused the request.</exception>
    public Task DeleteAsync(Guid id, CancellationToken cancellationToken = default) =>
        _http.SendAsync(PurchaserHttp.Request(HttpMethod.Delete, Paths.Of(Resource, id)), cancellationToken);
}
