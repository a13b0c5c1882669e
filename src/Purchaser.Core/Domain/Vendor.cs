namespace Purchaser.Domain;

/// <summary>A supplier that can be invited to quote.</summary>
public sealed record Vendor
{
    /// <summary>The vendor's identifier.</summary>
    public required Id<Vendor> Id { get; init; }

    /// <summary>The owning tenant.</summary>
    public required Id<Tenant> TenantId { get; init; }

    /// <summary>The vendor's name, for example "Acme Machining".</summary>
    public required string Name { get; init; }

    /// <summary>The vendor's code in the ERP, for example "V-1001"; unique per tenant when given.</summary>
    public string? Code { get; init; }

    /// <summary>One or more contacts; RFQs go to every contact.</summary>
    public required IReadOnlyList<VendorContact> Contacts { get; init; }

    /// <summary>When the vendor was created.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the vendor was last changed.</summary>
    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>Optimistic concurrency version, incremented by every change.</summary>
    public long Version { get; init; } = 1;
}
