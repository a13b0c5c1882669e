using Purchaser.Client.Http;
using Purchaser.Contracts;

namespace Purchaser.Client;

/// <summary>Quotes on an RFQ: <c>/api/v1/rfqs/{id}/quotes</c>.</summary>
public sealed class QuotesClient
{
    private readonly PurchaserHttp _http;

    internal QuotesClient(PurchaserHttp http) => _http = http;

    /// <summary>Each vendor's latest quote revision on the RFQ.</summary>
    /// <param name="rfqId">The RFQ.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="PurchaserApiException">The API refused the request.</exception>
    public Task<IReadOnlyList<QuoteResource>> ListLatestAsync(Guid rfqId, CancellationToken cancellationToken = default) =>
        _http.SendAsync(PurchaserHttp.Request(HttpMethod.Get, Paths.Of("rfqs", rfqId, "quotes")), PurchaserJsonContext.Default.IReadOnlyListQuoteResource, cancellationToken);

    /// <summary>The RFQ's quotes side by side: each line against every attached vendor's latest offer, deviations flagged.</summary>
    /// <param name="rfqId">The RFQ.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="PurchaserApiException">The API refused the request.</exception>
    public Task<RfqComparisonResource> CompareAsync(Guid rfqId, CancellationToken cancellationToken = default) =>
        _http.SendAsync(PurchaserHttp.Request(HttpMethod.Get, Paths.Of("rfqs", rfqId, "comparison")), PurchaserJsonContext.Default.RfqComparisonResource, cancellationToken);

    /// <summary>Records a quote received by phone or portal as the vendor's next revision.</summary>
    /// <param name="rfqId">The RFQ.</param>
    /// <param name="request">The quote.</param>
    /// <param name="idempotencyKey">A key identifying this call; generated when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="PurchaserApiException">The API refused the request.</exception>
    public Task<QuoteResource> RecordAsync(Guid rfqId, RecordQuoteRequest request, string? idempotencyKey = null, CancellationToken cancellationToken = default) =>
        _http.SendAsync(PurchaserHttp.Request(HttpMethod.Post, Paths.Of("rfqs", rfqId, "quotes"), request, PurchaserJsonContext.Default.RecordQuoteRequest, idempotencyKey: idempotencyKey), PurchaserJsonContext.Default.QuoteResource, cancellationToken);

    /// <summary>Every revision of one vendor's quote, oldest first.</summary>
    /// <param name="rfqId">The RFQ.</param>
    /// <param name="quoteId">The vendor's quote.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="PurchaserApiException">The API refused the request.</exception>
    public Task<IReadOnlyList<QuoteResource>> ListRevisionsAsync(Guid rfqId, Guid quoteId, CancellationToken cancellationToken = default) =>
        _http.SendAsync(PurchaserHttp.Request(HttpMethod.Get, Paths.Of("rfqs", rfqId, $"quotes/{quoteId:D}/revisions")), PurchaserJsonContext.Default.IReadOnlyListQuoteResource, cancellationToken);
}
