using Purchaser.Domain;

namespace Purchaser.Storage;

/// <summary>Reads the append-only audit log; entries are written with the changes they record.</summary>
public interface IAuditStore
{
    /// <summary>The entries about one entity, oldest first, after <paramref name="afterSequence"/>.</summary>
    Task<IReadOnlyList<AuditEntry>> ListAsync(Id<Tenant> tenantId, Guid entityId, long afterSequence, int limit, CancellationToken cancellationToken);
}
