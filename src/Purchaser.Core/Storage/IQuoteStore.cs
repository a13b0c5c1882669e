using Purchaser.Domain;

namespace Purchaser.Storage;

/// <summary>Reads quote revisions; they are written through <see cref="IRfqStore.UpdateAsync"/> with the RFQ they change.</summary>
public interface IQuoteStore
{
    /// <summary>One revision of the tenant, or null.</summary>
    Task<QuoteRevision?> FindRevisionAsync(Id<Tenant> tenantId, Id<QuoteRevision> id, CancellationToken cancellationToken);

    /// <summary>The latest revision of each vendor's quote on the RFQ.</summary>
    Task<IReadOnlyList<QuoteRevision>> ListLatestAsync(Id<Tenant> tenantId, Id<Rfq> rfqId, CancellationToken cancellationToken);

    /// <summary>The revision read from one stored inbound message, or null.</summary>
    Task<QuoteRevision?> FindByInboundMessageAsync(Id<Tenant> tenantId, Id<InboundMessage> inboundMessageId, CancellationToken cancellationToken);

    /// <summary>Every revision of one quote, oldest first.</summary>
    Task<IReadOnlyList<QuoteRevision>> ListRevisionsAsync(Id<Tenant> tenantId, Id<Quote> quoteId, CancellationToken cancellationToken);
}
