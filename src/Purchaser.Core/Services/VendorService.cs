using System.Net.Mail;
using Purchaser.Contracts;
using Purchaser.Domain;
using Purchaser.Storage;

namespace Purchaser.Services;

/// <summary>Manages a tenant's vendors and vendor lists.</summary>
public sealed class VendorService
{
    private const int MaxNameLength = 200;
    private const int MaxCodeLength = 50;
    private const int MaxContacts = 20;

    private readonly IVendorStore _store;
    private readonly TimeProvider _time;

    /// <summary>Creates the service; resolved from DI.</summary>
    public VendorService(IVendorStore store, TimeProvider time)
    {
        _store = store;
        _time = time;
    }

    /// <summary>Creates a vendor.</summary>
    public async Task<Vendor> CreateAsync(Id<Tenant> tenantId, CreateVendorRequest request, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new ValidationErrors();
        var name = ValidateName(request.Name, errors);
        var code = ValidateCode(request.Code, errors);
        var contacts = ValidateContacts(request.Contacts, errors);
        errors.ThrowIfAny();
        var now = _time.GetUtcNow();
        var vendor = new Vendor { Id = Id<Vendor>.New(), TenantId = tenantId, Name = name, Code = code, Contacts = contacts, CreatedAt = now, UpdatedAt = now };
        await _store.CreateAsync(vendor, Audit(tenantId, "vendor", vendor.Id.Value, "vendor.created", actor, now, vendor.Name), cancellationToken).ConfigureAwait(false);
        return vendor;
    }

    /// <summary>Reads a vendor.</summary>
    public async Task<Vendor> GetAsync(Id<Tenant> tenantId, Id<Vendor> id, CancellationToken cancellationToken = default) =>
        await _store.FindAsync(tenantId, id, cancellationToken).ConfigureAwait(false)
        ?? throw RequestGuard.NotFound(ErrorCodes.VendorNotFound, "vendor", id.Value);

    /// <summary>Lists vendors, newest first.</summary>
    public Task<Page<Vendor>> ListAsync(Id<Tenant> tenantId, PageRequest page, CancellationToken cancellationToken = default) =>
        _store.ListAsync(tenantId, page, cancellationToken);

    /// <summary>Changes the members given in <paramref name="request"/>.</summary>
    public async Task<Vendor> UpdateAsync(Id<Tenant> tenantId, Id<Vendor> id, UpdateVendorRequest request, long? expectedVersion, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var vendor = await GetAsync(tenantId, id, cancellationToken).ConfigureAwait(false);
        RequestGuard.EnsureVersion(expectedVersion, vendor.Version, "vendor");
        var errors = new ValidationErrors();
        var changed = vendor with
        {
            Name = request.Name is null ? vendor.Name : ValidateName(request.Name, errors),
            Code = request.Code is null ? vendor.Code : ValidateCode(request.Code, errors),
            Contacts = request.Contacts is null ? vendor.Contacts : ValidateContacts(request.Contacts, errors),
            UpdatedAt = _time.GetUtcNow(),
        };
        errors.ThrowIfAny();
        return await _store.UpdateAsync(changed, Audit(tenantId, "vendor", id.Value, "vendor.updated", actor, changed.UpdatedAt, null), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Deletes a vendor; RFQs that name it keep their history.</summary>
    public async Task DeleteAsync(Id<Tenant> tenantId, Id<Vendor> id, Actor actor, CancellationToken cancellationToken = default)
    {
        if (!await _store.DeleteAsync(tenantId, id, Audit(tenantId, "vendor", id.Value, "vendor.deleted", actor, _time.GetUtcNow(), null), cancellationToken).ConfigureAwait(false))
        {
            throw RequestGuard.NotFound(ErrorCodes.VendorNotFound, "vendor", id.Value);
        }
    }

    /// <summary>Creates a vendor list.</summary>
    public async Task<VendorList> CreateListAsync(Id<Tenant> tenantId, CreateVendorListRequest request, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new ValidationErrors();
        var name = ValidateName(request.Name, errors);
        errors.ThrowIfAny();
        var members = await ExistingVendorsAsync(tenantId, request.VendorIds ?? [], cancellationToken).ConfigureAwait(false);
        var now = _time.GetUtcNow();
        var list = new VendorList { Id = Id<VendorList>.New(), TenantId = tenantId, Name = name, VendorIds = members, CreatedAt = now, UpdatedAt = now };
        await _store.CreateListAsync(list, Audit(tenantId, "vendor-list", list.Id.Value, "vendor_list.created", actor, now, name), cancellationToken).ConfigureAwait(false);
        return list;
    }

    /// <summary>Reads a vendor list.</summary>
    public async Task<VendorList> GetListAsync(Id<Tenant> tenantId, Id<VendorList> id, CancellationToken cancellationToken = default) =>
        await _store.FindListAsync(tenantId, id, cancellationToken).ConfigureAwait(false)
        ?? throw RequestGuard.NotFound(ErrorCodes.VendorListNotFound, "vendor list", id.Value);

    /// <summary>Lists vendor lists, newest first.</summary>
    public Task<Page<VendorList>> ListListsAsync(Id<Tenant> tenantId, PageRequest page, CancellationToken cancellationToken = default) =>
        _store.ListListsAsync(tenantId, page, cancellationToken);

    /// <summary>Renames a list or replaces its membership.</summary>
    public async Task<VendorList> UpdateListAsync(Id<Tenant> tenantId, Id<VendorList> id, UpdateVendorListRequest request, long? expectedVersion, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var list = await GetListAsync(tenantId, id, cancellationToken).ConfigureAwait(false);
        RequestGuard.EnsureVersion(expectedVersion, list.Version, "vendor list");
        var errors = new ValidationErrors();
        var name = request.Name is null ? list.Name : ValidateName(request.Name, errors);
        errors.ThrowIfAny();
        var members = request.VendorIds is null ? list.VendorIds : await ExistingVendorsAsync(tenantId, request.VendorIds, cancellationToken).ConfigureAwait(false);
        var changed = list with { Name = name, VendorIds = members, UpdatedAt = _time.GetUtcNow() };
        return await _store.UpdateListAsync(changed, Audit(tenantId, "vendor-list", id.Value, "vendor_list.updated", actor, changed.UpdatedAt, null), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Adds vendors to a list; vendors already on it stay where they are.</summary>
    public async Task<VendorList> AddListMembersAsync(Id<Tenant> tenantId, Id<VendorList> id, IReadOnlyList<Guid> vendorIds, Actor actor, CancellationToken cancellationToken = default)
    {
        var list = await GetListAsync(tenantId, id, cancellationToken).ConfigureAwait(false);
        var added = await ExistingVendorsAsync(tenantId, vendorIds, cancellationToken).ConfigureAwait(false);
        var changed = list with { VendorIds = [.. list.VendorIds.Concat(added).Distinct()], UpdatedAt = _time.GetUtcNow() };
        return await _store.UpdateListAsync(changed, Audit(tenantId, "vendor-list", id.Value, "vendor_list.members_added", actor, changed.UpdatedAt, string.Join(",", added)), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Removes one vendor from a list.</summary>
    public async Task<VendorList> RemoveListMemberAsync(Id<Tenant> tenantId, Id<VendorList> id, Id<Vendor> vendorId, Actor actor, CancellationToken cancellationToken = default)
    {
        var list = await GetListAsync(tenantId, id, cancellationToken).ConfigureAwait(false);
        if (!list.VendorIds.Contains(vendorId))
        {
            throw RequestGuard.NotFound(ErrorCodes.VendorNotFound, "vendor on this list", vendorId.Value);
        }

        var changed = list with { VendorIds = [.. list.VendorIds.Where(v => v != vendorId)], UpdatedAt = _time.GetUtcNow() };
        return await _store.UpdateListAsync(changed, Audit(tenantId, "vendor-list", id.Value, "vendor_list.member_removed", actor, changed.UpdatedAt, vendorId.ToString()), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Deletes a vendor list; the vendors stay.</summary>
    public async Task DeleteListAsync(Id<Tenant> tenantId, Id<VendorList> id, Actor actor, CancellationToken cancellationToken = default)
    {
        if (!await _store.DeleteListAsync(tenantId, id, Audit(tenantId, "vendor-list", id.Value, "vendor_list.deleted", actor, _time.GetUtcNow(), null), cancellationToken).ConfigureAwait(false))
        {
            throw RequestGuard.NotFound(ErrorCodes.VendorListNotFound, "vendor list", id.Value);
        }
    }

    private async Task<IReadOnlyList<Id<Vendor>>> ExistingVendorsAsync(Id<Tenant> tenantId, IReadOnlyList<Guid> ids, CancellationToken cancellationToken)
    {
        var requested = ids.Select(v => new Id<Vendor>(v)).Distinct().ToList();
        if (requested.Count == 0)
        {
            return [];
        }

        var found = (await _store.FindManyAsync(tenantId, requested, cancellationToken).ConfigureAwait(false)).Select(v => v.Id).ToHashSet();
        var missing = requested.FirstOrDefault(v => !found.Contains(v));
        return missing == default ? requested : throw RequestGuard.NotFound(ErrorCodes.VendorNotFound, "vendor", missing.Value);
    }

    private static string ValidateName(string? name, ValidationErrors errors)
    {
        errors.Require(!string.IsNullOrWhiteSpace(name), "name", "A name is required.");
        errors.Require((name?.Length ?? 0) <= MaxNameLength, "name", $"At most {MaxNameLength} characters.");
        return name?.Trim() ?? string.Empty;
    }

    private static string? ValidateCode(string? code, ValidationErrors errors)
    {
        errors.Require((code?.Length ?? 0) <= MaxCodeLength, "code", $"At most {MaxCodeLength} characters.");
        return string.IsNullOrWhiteSpace(code) ? null : code.Trim();
    }

    private static IReadOnlyList<VendorContact> ValidateContacts(IReadOnlyList<VendorContactDto?>? contacts, ValidationErrors errors)
    {
        if (contacts is null || contacts.Count == 0)
        {
            errors.Add("contacts", "At least one contact with an email address is required.");
            return [];
        }

        errors.Require(contacts.Count <= MaxContacts, "contacts", $"At most {MaxContacts} contacts.");
        var result = new List<VendorContact>();
        for (var i = 0; i < contacts.Count; i++)
        {
            var email = contacts[i]?.Email?.Trim();
            if (email is null || !IsMailbox(email))
            {
                errors.Add($"contacts[{i}].email", $"'{email}' is not an email address.");
                continue;
            }

            result.Add(new VendorContact(string.IsNullOrWhiteSpace(contacts[i]!.Name) ? null : contacts[i]!.Name!.Trim(), email));
        }

        return result;
    }

    private static bool IsMailbox(string email) =>
        email.Length <= 254 && MailAddress.TryCreate(email, out var parsed) && parsed.Address == email && string.IsNullOrEmpty(parsed.DisplayName) && email.Contains('.', StringComparison.Ordinal);

    private static StateChange Audit(Id<Tenant> tenantId, string entityType, Guid entityId, string action, Actor actor, DateTimeOffset at, string? detail) =>
        StateChange.AuditOnly(new AuditEntry(tenantId, entityType, entityId, action, actor, at, detail));
}
