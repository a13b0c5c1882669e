namespace Purchaser.Domain;

/// <summary>One append-only record of a state change.</summary>
/// <param name="TenantId">The owning tenant.</param>
/// <param name="EntityType">What changed: <c>rfq</c>, <c>vendor</c>, <c>vendor-list</c>, <c>api-key</c>.</param>
/// <param name="EntityId">The changed entity's identifier.</param>
/// <param name="Action">What happened, for example <c>rfq.published</c>.</param>
/// <param name="Actor">Who did it.</param>
/// <param name="At">When.</param>
/// <param name="Detail">What changed, as a short JSON document or text; may be null.</param>
public sealed record AuditEntry(Id<Tenant> TenantId, string EntityType, Guid EntityId, string Action, Actor Actor, DateTimeOffset At, string? Detail)
{
    /// <summary>The store-assigned position in the log; 0 until stored.</summary>
    public long Sequence { get; init; }
}
