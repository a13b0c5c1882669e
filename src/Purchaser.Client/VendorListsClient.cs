using Purchaser.Client.Http;
using Purchaser.Contracts;

namespace Purchaser.Client;

/// <summary>Named vendor lists such as "Complex Parts": <c>/api/v1/vendor-lists</c>.</summary>
public sealed class VendorListsClient
{
    private const string Resource = "vendor-lists";
    private readonly PurchaserHttp _http;

    internal VendorListsClient(PurchaserHttp http) => _http = http;

    /// <summary>Creates a vendor list.</summary>
    /// <param name="request">The list.</param>
    /// <param name="idempotencyKey">A key identifying this creation; generated when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="PurchaserApiException">The API refused the request.</exception>
    public Task<VendorListResource> CreateAsync(CreateVendorListRequest request, string? idempotencyKey = null, CancellationToken cancellationToken = default) =>
        _http.SendAsync(PurchaserHttp.Request(HttpMethod.Post, Paths.Root + Resource, request, PurchaserJsonContext.Default.CreateVendorListRequest, idempotencyKey: idempotencyKey), PurchaserJsonContext.Default.VendorListResource, cancellationToken);

    /// <summary>Reads one vendor list.</summary>
    /// <param name="id">The list.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="PurchaserApiException">The API refused the request (<c>vendor_list.not_found</c>).</exception>
    public Task<VendorListResource> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        _http.SendAsync(PurchaserHttp.Request(HttpMethod.Get, Paths.Of(Resource, id)), PurchaserJsonContext.Default.VendorListResource, cancellationToken);

    /// <summary>Reads one page of vendor lists.</summary>
    /// <param name="cursor">The previous page's cursor; the first page when null.</param>
    /// <param name="limit">Items per page, 1–200; the server's default when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="PurchaserApiException">The API refused the request.</exception>
    public Task<PageDto<VendorListResource>> ListPageAsync(string? cursor = null, int? limit = null, CancellationToken cancellationToken = default) =>
        _http.SendAsync(PurchaserHttp.Request(HttpMethod.Get, Paths.WithQuery(Paths.Root + Resource, ("cursor", cursor), ("limit", Paths.Number(limit)))), PurchaserJsonContext.Default.PageDtoVendorListResource, cancellationToken);

    /// <summary>Every vendor list, fetched a page at a time.</summary>
    /// <param name="pageSize">Items per request, 1–200; the server's default when null.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    public IAsyncEnumerable<VendorListResource> ListAsync(int? pageSize = null, CancellationToken cancellationToken = default) =>
        Pager.EnumerateAsync((cursor, token) => ListPageAsync(cursor, pageSize, token), cancellationToken);

    /// <summary>Renames the list or replaces its membership; a PATCH is not retried automatically.</summary>
    /// <param name="id">The list.</param>
    /// <param name="request">The changes.</param>
    /// <param name="expectedVersion">The version the change is based on, sent as <c>If-Match</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="PurchaserApiException">The API refused the request.</exception>
    public Task<VendorListResource> UpdateAsync(Guid id, UpdateVendorListRequest request, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        _http.SendAsync(PurchaserHttp.Request(HttpMethod.Patch, Paths.Of(Resource, id), request, PurchaserJsonContext.Default.UpdateVendorListRequest, expectedVersion), PurchaserJsonContext.Default.VendorListResource, cancellationToken);

    /// <summary>Deletes a vendor list.</summary>
    /// <param name="id">The list.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="PurchaserApiException">The API refused the request.</exception>
    public Task DeleteAsync(Guid id, CancellationToken cancellationToken = default) =>
        _http.SendAsync(PurchaserHttp.Request(HttpMethod.Delete, Paths.Of(Resource, id)), cancellationToken);

    /// <summary>Adds vendors to the list.</summary>
    /// <param name="id">The list.</param>
    /// <param name="request">The vendors to add.</param>
    /// <param name="idempotencyKey">A key identifying this call; generated when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="PurchaserApiException">The API refused the request.</exception>
    public Task<VendorListResource> AddVendorsAsync(Guid id, AddVendorListMembersRequest request, string? idempotencyKey = null, CancellationToken cancellationToken = default) =>
        _http.SendAsync(PurchaserHttp.Request(HttpMethod.Post, Paths.Of(Resource, id, "vendors"), request, PurchaserJsonContext.Default.AddVendorListMembersRequest, idempotencyKey: idempotencyKey), PurchaserJsonContext.Default.VendorListResource, cancellationToken);

    /// <summary>Removes one vendor from the list.</summary>
    /// <param name="id">The list.</param>
    /// <param name="vendorId">The vendor to remove.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="PurchaserApiException">The API refused the request.</exception>
    public Task<VendorListResource> RemoveVendorAsync(Guid id, Guid vendorId, CancellationToken cancellationToken = default) =>
        _http.SendAsync(PurchaserHttp.Request(HttpMethod.Delete, Paths.Of(Resource, id, $"vendors/{vendorId:D}")), PurchaserJsonContext.Default.VendorListResource, cancellationToken);
}
