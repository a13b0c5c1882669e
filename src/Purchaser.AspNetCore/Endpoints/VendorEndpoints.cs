using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Purchaser.AspNetCore.Infrastructure;
using Purchaser.Contracts;
using Purchaser.Domain;
using Purchaser.Services;

namespace Purchaser.AspNetCore.Endpoints;

/// <summary>Vendors and named vendor lists with their membership.</summary>
internal static class VendorEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var vendors = api.MapGroup("/vendors").WithTags("Vendors");
        vendors.MapPost("/", CreateAsync).WithName("CreateVendor").ProducesProblem(400).ProducesProblem(409);
        vendors.MapGet("/", ListAsync).WithName("ListVendors").ProducesProblem(400);
        vendors.MapGet("/{id:guid}", GetAsync).WithName("GetVendor").ProducesProblem(404);
        vendors.MapPatch("/{id:guid}", UpdateAsync).WithName("UpdateVendor").ProducesProblem(400).ProducesProblem(404).ProducesProblem(409).ProducesProblem(412);
        vendors.MapDelete("/{id:guid}", DeleteAsync).WithName("DeleteVendor").ProducesProblem(404);

        var lists = api.MapGroup("/vendor-lists").WithTags("Vendor lists");
        lists.MapPost("/", CreateListAsync).WithName("CreateVendorList").ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);
        lists.MapGet("/", ListListsAsync).WithName("ListVendorLists").ProducesProblem(400);
        lists.MapGet("/{id:guid}", GetListAsync).WithName("GetVendorList").ProducesProblem(404);
        lists.MapPatch("/{id:guid}", UpdateListAsync).WithName("UpdateVendorList").ProducesProblem(400).ProducesProblem(404).ProducesProblem(409).ProducesProblem(412);
        lists.MapDelete("/{id:guid}", DeleteListAsync).WithName("DeleteVendorList").ProducesProblem(404);
        lists.MapPost("/{id:guid}/vendors", AddMembersAsync).WithName("AddVendorListMembers").ProducesProblem(400).ProducesProblem(404);
        lists.MapDelete("/{id:guid}/vendors/{vendorId:guid}", RemoveMemberAsync).WithName("RemoveVendorListMember").ProducesProblem(404);
    }

    private static async Task<Created<VendorResource>> CreateAsync(CreateVendorRequest request, ClaimsPrincipal user, VendorService vendors, HttpContext http, CancellationToken cancellationToken)
    {
        var vendor = await vendors.CreateAsync(user.Tenant(), request, user.Actor(), cancellationToken).ConfigureAwait(false);
        http.Response.Headers.ETag = Versioning.ETag(vendor.Version);
        return TypedResults.Created($"/api/v1/vendors/{vendor.Id}", vendor.ToResource());
    }

    private static async Task<Ok<PageDto<VendorResource>>> ListAsync(ClaimsPrincipal user, VendorService vendors, string? cursor, int? limit, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var page = Paging.Read(cursor, limit, errors);
        errors.ThrowIfAny();
        var result = await vendors.ListAsync(user.Tenant(), page, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(new PageDto<VendorResource>([.. result.Items.Select(v => v.ToResource())], result.NextCursor));
    }

    private static async Task<Ok<VendorResource>> GetAsync(Guid id, ClaimsPrincipal user, VendorService vendors, HttpContext http, CancellationToken cancellationToken) =>
        Versioned(http, await vendors.GetAsync(user.Tenant(), new Id<Vendor>(id), cancellationToken).ConfigureAwait(false));

    private static async Task<Ok<VendorResource>> UpdateAsync(Guid id, UpdateVendorRequest request, ClaimsPrincipal user, VendorService vendors, HttpContext http, CancellationToken cancellationToken) =>
        Versioned(http, await vendors.UpdateAsync(user.Tenant(), new Id<Vendor>(id), request, Versioning.IfMatch(http.Request), user.Actor(), cancellationToken).ConfigureAwait(false));

    private static async Task<NoContent> DeleteAsync(Guid id, ClaimsPrincipal user, VendorService vendors, CancellationToken cancellationToken)
    {
        await vendors.DeleteAsync(user.Tenant(), new Id<Vendor>(id), user.Actor(), cancellationToken).ConfigureAwait(false);
        return TypedResults.NoContent();
    }

    private static async Task<Created<VendorListResource>> CreateListAsync(CreateVendorListRequest request, ClaimsPrincipal user, VendorService vendors, HttpContext http, CancellationToken cancellationToken)
    {
        var list = await vendors.CreateListAsync(user.Tenant(), request, user.Actor(), cancellationToken).ConfigureAwait(false);
        http.Response.Headers.ETag = Versioning.ETag(list.Version);
        return TypedResults.Created($"/api/v1/vendor-lists/{list.Id}", list.ToResource());
    }

    private static async Task<Ok<PageDto<VendorListResource>>> ListListsAsync(ClaimsPrincipal user, VendorService vendors, string? cursor, int? limit, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var page = Paging.Read(cursor, limit, errors);
        errors.ThrowIfAny();
        var result = await vendors.ListListsAsync(user.Tenant(), page, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(new PageDto<VendorListResource>([.. result.Items.Select(l => l.ToResource())], result.NextCursor));
    }

    private static async Task<Ok<VendorListResource>> GetListAsync(Guid id, ClaimsPrincipal user, VendorService vendors, HttpContext http, CancellationToken cancellationToken) =>
        Versioned(http, await vendors.GetListAsync(user.Tenant(), new Id<VendorList>(id), cancellationToken).ConfigureAwait(false));

    private static async Task<Ok<VendorListResource>> UpdateListAsync(Guid id, UpdateVendorListRequest request, ClaimsPrincipal user, VendorService vendors, HttpContext http, CancellationToken cancellationToken) =>
        Versioned(http, await vendors.UpdateListAsync(user.Tenant(), new Id<VendorList>(id), request, Versioning.IfMatch(http.Request), user.Actor(), cancellationToken).ConfigureAwait(false));

    private static async Task<NoContent> DeleteListAsync(Guid id, ClaimsPrincipal user, VendorService vendors, CancellationToken cancellationToken)
    {
        await vendors.DeleteListAsync(user.Tenant(), new Id<VendorList>(id), user.Actor(), cancellationToken).ConfigureAwait(false);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<VendorListResource>> AddMembersAsync(Guid id, AddVendorListMembersRequest request, ClaimsPrincipal user, VendorService vendors, HttpContext http, CancellationToken cancellationToken)
    {
        new ValidationErrors().Require(request.VendorIds is { Count: > 0 }, "vendorIds", "At least one vendor id is required.").ThrowIfAny();
        return Versioned(http, await vendors.AddListMembersAsync(user.Tenant(), new Id<VendorList>(id), request.VendorIds!, user.Actor(), cancellationToken).ConfigureAwait(false));
    }

    private static async Task<Ok<VendorListResource>> RemoveMemberAsync(Guid id, Guid vendorId, ClaimsPrincipal user, VendorService vendors, HttpContext http, CancellationToken cancellationToken) =>
        Versioned(http, await vendors.RemoveListMemberAsync(user.Tenant(), new Id<VendorList>(id), new Id<Vendor>(vendorId), user.Actor(), cancellationToken).ConfigureAwait(false));

    private static Ok<VendorResource> Versioned(HttpContext http, Vendor vendor) => Versioning.Ok(http, vendor.Version, vendor.ToResource());

    private static Ok<VendorListResource> Versioned(HttpContext http, VendorList list) => Versioning.Ok(http, list.Version, list.ToResource());
}
