namespace Purchaser.Contracts;

/// <summary>A contact at a vendor.</summary>
/// <param name="Name">The contact's name or role.</param>
/// <param name="Email">The address RFQs go to.</param>
public sealed record VendorContactDto(string? Name, string? Email);

/// <summary>Body of <c>POST /api/v1/vendors</c>.</summary>
public sealed record CreateVendorRequest
{
    /// <summary>The vendor's name.</summary>
    public string? Name { get; init; }

    /// <summary>The vendor's ERP code, unique per tenant.</summary>
    public string? Code { get; init; }

    /// <summary>At least one contact with an email address.</summary>
    public IReadOnlyList<VendorContactDto>? Contacts { get; init; }
}

/// <summary>Body of <c>PATCH /api/v1/vendors/{id}</c>: only the members given change.</summary>
public sealed record UpdateVendorRequest
{
    /// <summary>The new name.</summary>
    public string? Name { get; init; }

    /// <summary>The new ERP code; an empty string removes it.</summary>
    public string? Code { get; init; }

    /// <summary>The new complete set of contacts.</summary>
    public IReadOnlyList<VendorContactDto>? Contacts { get; init; }
}

/// <summary>The vendor resource.</summary>
public sealed record VendorResource(Guid Id, string Name, string? Code, IReadOnlyList<VendorContactDto> Contacts, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, long Version);

/// <summary>Body of <c>POST /api/v1/vendor-lists</c>.</summary>
public sealed record CreateVendorListRequest
{
    /// <summary>The list's name, such as "Complex Parts".</summary>
    public string? Name { get; init; }

    /// <summary>The vendors on the list.</summary>
    public IReadOnlyList<Guid>? VendorIds { get; init; }
}

/// <summary>Body of <c>PATCH /api/v1/vendor-lists/{id}</c>.</summary>
public sealed record UpdateVendorListRequest
{
    /// <summary>The new name.</summary>
    public string? Name { get; init; }

    /// <summary>The new complete membership.</summary>
    public IReadOnlyList<Guid>? VendorIds { get; init; }
}

/// <summary>Body of <c>POST /api/v1/vendor-lists/{id}/vendors</c>.</summary>
public sealed record AddVendorListMembersRequest
{
    /// <summary>The vendors to add.</summary>
    public IReadOnlyList<Guid>? VendorIds { get; init; }
}

/// <summary>The vendor list resource.</summary>
public sealed record VendorListResource(Guid Id, string Name, IReadOnlyList<Guid> VendorIds, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, long Version);
