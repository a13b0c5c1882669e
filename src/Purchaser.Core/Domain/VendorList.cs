namespace Purchaser.Domain;

/// <summary>A named group of vendors, such as "Complex Parts", attached to RFQs in one step.</summary>
public sealed record VendorList
{
    /// <summary>The list's identifier.</summary>
    public required Id<VendorList> Id { get; init; }

    /// <summary>The owning tenant.</summary>
    public required Id<Tenant> TenantId { get; init; }

    /// <summary>The list's name, unique per tenant.</summary>
    public required string Name { get; init; }

    /// <summary>The vendors on the list, in the order they were added.</summary>
    public required IReadOnlyList<Id<Vendor>> VendorIds { get; init; }

    /// <summary>When the list was created.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the list was last changed.</summary>
    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>Optimistic concurrency version, incremented by every change.</summary>
    public long Version { get; init; } = 1;
}
