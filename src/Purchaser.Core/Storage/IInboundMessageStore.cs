using Purchaser.Domain;

namespace Purchaser.Storage;

/// <summary>Keeps every inbound email raw, with what became of it.</summary>
public interface IInboundMessageStore
{
    /// <summary>
    /// Stores a message unless the tenant already has one with the same Message-ID or the same content hash; returns the
    /// stored message and whether it was new.
    /// </summary>
    Task<(InboundMessage Message, bool Created)> AddAsync(InboundMessage message, CancellationToken cancellationToken);

    /// <summary>Records what became of a stored message.</summary>
    Task UpdateAsync(InboundMessage message, CancellationToken cancellationToken);

    /// <summary>One message of the tenant, or null.</summary>
    Task<InboundMessage?> FindAsync(Id<Tenant> tenantId, Id<InboundMessage> id, CancellationToken cancellationToken);

    /// <summary>The tenant's messages, newest first, optionally only those in one status.</summary>
    Task<Page<InboundMessage>> ListAsync(Id<Tenant> tenantId, InboundMessageStatus? status, PageRequest page, CancellationToken cancellationToken);

    /// <summary>The messages matched to one vendor on one RFQ, oldest first.</summary>
    Task<IReadOnlyList<InboundMessage>> ListThreadAsync(Id<Tenant> tenantId, Id<Rfq> rfqId, Id<Vendor> vendorId, CancellationToken cancellationToken);
}
