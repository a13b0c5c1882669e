using Purchaser.Domain;

namespace Purchaser.Storage;

/// <summary>Persists vendors and vendor lists.</summary>
public interface IVendorStore
{
    /// <summary>Stores a new vendor.</summary>
    /// <exception cref="PurchaserException">With <see cref="ErrorCodes.VendorCodeTaken"/> when the code is in use.</exception>
    Task CreateAsync(Vendor vendor, StateChange change, CancellationToken cancellationToken);

    /// <summary>A vendor of the tenant that is not deleted, or null.</summary>
    Task<Vendor?> FindAsync(Id<Tenant> tenantId, Id<Vendor> id, CancellationToken cancellationToken);

    /// <summary>The vendors among <paramref name="ids"/> that exist for the tenant and are not deleted.</summary>
    Task<IReadOnlyList<Vendor>> FindManyAsync(Id<Tenant> tenantId, IReadOnlyCollection<Id<Vendor>> ids, CancellationToken cancellationToken);

    /// <summary>
    /// The tenant's vendors with a contact whose address equals <paramref name="email"/> (case-insensitive), or, when none
    /// does, whose contacts share its domain. The default pages through the list; stores override it with a lookup.
    /// </summary>
    async Task<IReadOnlyList<Vendor>> FindByContactAsync(Id<Tenant> tenantId, string email, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(email);
        var all = new List<Vendor>();
        string? cursor = null;
        do
        {
            var page = await ListAsync(tenantId, new PageRequest(cursor, PageRequest.MaxLimit), cancellationToken).ConfigureAwait(false);
            all.AddRange(page.Items);
            cursor = page.NextCursor;
        }
        while (cursor is not null);

        var exact = all.Where(v => v.Contacts.Any(c => string.Equals(c.Email, email, StringComparison.OrdinalIgnoreCase))).ToList();
        if (exact.Count > 0)
        {
            return exact;
        }

        var domain = email[(email.LastIndexOf('@') + 1)..];
        return [.. all.Where(v => v.Contacts.Any(c => c.Email.EndsWith("@" + domain, StringComparison.OrdinalIgnoreCase)))];
    }

    /// <summary>The tenant's vendors, newest first.</summary>
    Task<Page<Vendor>> ListAsync(Id<Tenant> tenantId, PageRequest page, CancellationToken cancellationToken);

    /// <summary>Saves a changed vendor if its stored version equals <see cref="Vendor.Version"/>; returns it with the next version.</summary>
    Task<Vendor> UpdateAsync(Vendor vendor, StateChange change, CancellationToken cancellationToken);

    /// <summary>Deletes a vendor (kept for the RFQs that name it) and removes it from every list; false when not found.</summary>
    Task<bool> DeleteAsync(Id<Tenant> tenantId, Id<Vendor> id, StateChange change, CancellationToken cancellationToken);

    /// <summary>Stores a new vendor list.</summary>
    /// <exception cref="PurchaserException">With <see cref="ErrorCodes.VendorListNameTaken"/> when the name is in use.</exception>
    Task CreateListAsync(VendorList list, StateChange change, CancellationToken cancellationToken);

    /// <summary>A vendor list of the tenant, or null.</summary>
    Task<VendorList?> FindListAsync(Id<Tenant> tenantId, Id<VendorList> id, CancellationToken cancellationToken);

    /// <summary>The tenant's vendor lists, newest first.</summary>
    Task<Page<VendorList>> ListListsAsync(Id<Tenant> tenantId, PageRequest page, CancellationToken cancellationToken);

    /// <summary>Saves a changed list if its stored version equals <see cref="VendorList.Version"/>; returns it with the next version.</summary>
    Task<VendorList> UpdateListAsync(VendorList list, StateChange change, CancellationToken cancellationToken);

    /// <summary>Deletes a vendor list; false when not found.</summary>
    Task<bool> DeleteListAsync(Id<Tenant> tenantId, Id<VendorList> id, StateChange change, CancellationToken cancellationToken);
}
