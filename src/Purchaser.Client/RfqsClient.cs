using Purchaser.Client.Http;
using Purchaser.Contracts;

namespace Purchaser.Client;

/// <summary>
/// The RFQ resource: <c>/api/v1/rfqs</c>. Pass <c>expectedVersion</c> (the <see cref="RfqResource.Version"/> you read)
/// to be refused with 412 instead of overwriting a change you have not seen; pass <c>idempotencyKey</c> to make a POST
/// safe to repeat across process restarts (one is generated per call otherwise, shared by its automatic retries).
/// </summary>
public sealed class RfqsClient
{
    private const string Resource = "rfqs";
    private readonly PurchaserHttp _http;

    internal RfqsClient(PurchaserHttp http) => _http = http;

    /// <summary>Creates a draft RFQ.</summary>
    /// <param name="request">The RFQ.</param>
    /// <param name="idempotencyKey">A key that identifies this creation, such as the ERP's order number.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="PurchaserApiException">The API refused the request.</exception>
    public Task<RfqResource> CreateAsync(CreateRfqRequest request, string? idempotencyKey = null, CancellationToken cancellationToken = default) =>
        _http.SendAsync(PurchaserHttp.Request(HttpMethod.Post, Paths.Root + Resource, request, PurchaserJsonContext.Default.CreateRfqRequest, idempotencyKey: idempotencyKey), PurchaserJsonContext.Default.RfqResource, cancellationToken);

    /// <summary>Reads one RFQ.</summary>
    /// <param name="id">The RFQ.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="PurchaserApiException">The API refused the request (<c>rfq.not_found</c>).</exception>
    public Task<RfqResource> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        _http.SendAsync(PurchaserHttp.Request(HttpMethod.Get, Paths.Of(Resource, id)), PurchaserJsonContext.Default.RfqResource, cancellationToken);

    /// <summary>Reads one page of RFQs, newest first.</summary>
    /// <param name="status"><c>draft</c>, <c>published</c>, <c>closed</c>, <c>awarded</c> or <c>cancelled</c>; all when null.</param>
    /// <param name="reference">Only RFQs with this ERP reference.</param>
    /// <param name="cursor">The previous page's <see cref="PageDto{T}.NextCursor"/>; the first page when null.</param>
    /// <param name="limit">Items per page, 1–200; the server's default when null.</param>
    /// <param name="search">Only RFQs whose number, title or ERP reference contains this text, ignoring case.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="PurchaserApiException">The API refused the request.</exception>
    public Task<PageDto<RfqResource>> ListPageAsync(string? status = null, string? reference = null, string? cursor = null, int? limit = null, string? search = null, CancellationToken cancellationToken = default) =>
        _http.SendAsync(
            PurchaserHttp.Request(HttpMethod.Get, Paths.WithQuery(Paths.Root + Resource, ("status", status), ("reference", reference), ("search", search), ("cursor", cursor), ("limit", Paths.Number(limit)))),
            PurchaserJsonContext.Default.PageDtoRfqResource,
            cancellationToken);

    /// <summary>Every matching RFQ, newest first, fetched a page at a time as the enumeration proceeds.</summary>
    /// <param name="status">Only RFQs in this status; all when null.</param>
    /// <param name="reference">Only RFQs with this ERP reference.</param>
    /// <param name="pageSize">Items per request, 1–200; the server's default when null.</param>
    /// <param name="search">Only RFQs whose number, title or ERP reference contains this text, ignoring case.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    public IAsyncEnumerable<RfqResource> ListAsync(string? status = null, string? reference = null, int? pageSize = null, string? search = null, CancellationToken cancellationToken = default) =>
        Pager.EnumerateAsync((cursor, token) => ListPageAsync(status, reference, cursor, pageSize, search, token), cancellationToken);

    /// <summary>Replaces the lines of a draft.</summary>
    /// <param name="id">The RFQ.</param>
    /// <param name="request">The new complete set of lines.</param>
    /// <param name="expectedVersion">The version the change is based on, sent as <c>If-Match</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="PurchaserApiException">The API refused the request.</exception>
    public Task<RfqResource> ReplaceLinesAsync(Guid id, ReplaceRfqLinesRequest request, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        _http.SendAsync(PurchaserHttp.Request(HttpMethod.Put, Paths.Of(Resource, id, "lines"), request, PurchaserJsonContext.Default.ReplaceRfqLinesRequest, expectedVersion), PurchaserJsonContext.Default.RfqResource, cancellationToken);

    /// <summary>Attaches a vendor list, vendors, or both.</summary>
    /// <param name="id">The RFQ.</param>
    /// <param name="request">What to attach.</param>
    /// <param name="expectedVersion">The version the change is based on, sent as <c>If-Match</c>.</param>
    /// <param name="idempotencyKey">A key identifying this call; generated when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="PurchaserApiException">The API refused the request.</exception>
    public Task<RfqResource> AttachVendorsAsync(Guid id, AttachVendorsRequest request, long? expectedVersion = null, string? idempotencyKey = null, CancellationToken cancellationToken = default) =>
        _http.SendAsync(PurchaserHttp.Request(HttpMethod.Post, Paths.Of(Resource, id, "vendors"), request, PurchaserJsonContext.Default.AttachVendorsRequest, expectedVersion, idempotencyKey), PurchaserJsonContext.Default.RfqResource, cancellationToken);

    /// <summary>Sends a draft to its vendors.</summary>
    /// <param name="id">The RFQ.</param>
    /// <param name="expectedVersion">The version the change is based on, sent as <c>If-Match</c>.</param>
    /// <param name="idempotencyKey">A key identifying this call; generated when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="PurchaserApiException">The API refused the request.</exception>
    public Task<RfqResource> PublishAsync(Guid id, long? expectedVersion = null, string? idempotencyKey = null, CancellationToken cancellationToken = default) =>
        _http.SendAsync(PurchaserHttp.Request(HttpMethod.Post, Paths.Of(Resource, id, "publish"), expectedVersion, idempotencyKey), PurchaserJsonContext.Default.RfqResource, cancellationToken);

    /// <summary>Stops a published RFQ accepting quotes.</summary>
    /// <param name="id">The RFQ.</param>
    /// <param name="expectedVersion">The version the change is based on, sent as <c>If-Match</c>.</param>
    /// <param name="idempotencyKey">A key identifying this call; generated when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="PurchaserApiException">The API refused the request.</exception>
    public Task<RfqResource> CloseAsync(Guid id, long? expectedVersion = null, string? idempotencyKey = null, CancellationToken cancellationToken = default) =>
        _http.SendAsync(PurchaserHttp.Request(HttpMethod.Post, Paths.Of(Resource, id, "close"), expectedVersion, idempotencyKey), PurchaserJsonContext.Default.RfqResource, cancellationToken);

    /// <summary>Abandons an open RFQ.</summary>
    /// <param name="id">The RFQ.</param>
    /// <param name="request">Why; may be empty.</param>
    /// <param name="expectedVersion">The version the change is based on, sent as <c>If-Match</c>.</param>
    /// <param name="idempotencyKey">A key identifying this call; generated when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="PurchaserApiException">The API refused the request.</exception>
    public Task<RfqResource> CancelAsync(Guid id, CancelRfqRequest request, long? expectedVersion = null, string? idempotencyKey = null, CancellationToken cancellationToken = default) =>
        _http.SendAsync(PurchaserHttp.Request(HttpMethod.Post, Paths.Of(Resource, id, "cancel"), request, PurchaserJsonContext.Default.CancelRfqRequest, expectedVersion, idempotencyKey), PurchaserJsonContext.Default.RfqResource, cancellationToken);

    /// <summary>Awards the RFQ, whole or per line; a published RFQ is closed first.</summary>
    /// <param name="id">The RFQ.</param>
    /// <param name="request">The award.</param>
    /// <param name="expectedVersion">The version the decision is based on, sent as <c>If-Match</c>.</param>
    /// <param name="idempotencyKey">A key identifying this call; generated when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="PurchaserApiException">The API refused the request.</exception>
    public Task<RfqResource> AwardAsync(Guid id, AwardRfqRequest request, long? expectedVersion = null, string? idempotencyKey = null, CancellationToken cancellationToken = default) =>
        _http.SendAsync(PurchaserHttp.Request(HttpMethod.Post, Paths.Of(Resource, id, "award"), request, PurchaserJsonContext.Default.AwardRfqRequest, expectedVersion, idempotencyKey), PurchaserJsonContext.Default.RfqResource, cancellationToken);

    /// <summary>Reads one page of the RFQ's audit log, oldest first.</summary>
    /// <param name="id">The RFQ.</param>
    /// <param name="cursor">The previous page's cursor; the first page when null.</param>
    /// <param name="limit">Entries per page, 1–200; the server's default when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="PurchaserApiException">The API refused the request.</exception>
    public Task<PageDto<AuditEntryResource>> ListAuditPageAsync(Guid id, string? cursor = null, int? limit = null, CancellationToken cancellationToken = default) =>
        _http.SendAsync(
            PurchaserHttp.Request(HttpMethod.Get, Paths.WithQuery(Paths.Of(Resource, id, "audit"), ("cursor", cursor), ("limit", Paths.Number(limit)))),
            PurchaserJsonContext.Default.PageDtoAuditEntryResource,
            cancellationToken);

    /// <summary>The RFQ's whole audit log, oldest first, fetched a page at a time.</summary>
    /// <param name="id">The RFQ.</param>
    /// <param name="pageSize">Entries per request, 1–200; the server's default when null.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    public IAsyncEnumerable<AuditEntryResource> ListAuditAsync(Guid id, int? pageSize = null, CancellationToken cancellationToken = default) =>
        Pager.EnumerateAsync((cursor, token) => ListAuditPageAsync(id, cursor, pageSize, token), cancellationToken);
}
