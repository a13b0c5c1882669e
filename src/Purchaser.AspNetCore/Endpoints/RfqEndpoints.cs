using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Purchaser.AspNetCore.Infrastructure;
using Purchaser.Contracts;
using Purchaser.Domain;
using Purchaser.Services;
using Purchaser.Storage;

namespace Purchaser.AspNetCore.Endpoints;

/// <summary>The RFQ resource: create, read, list, edit while draft, attach vendors, publish, close, award, cancel, audit.</summary>
internal static class RfqEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var rfqs = api.MapGroup("/rfqs").WithTags("RFQs");
        rfqs.MapPost("/", CreateAsync).WithName("CreateRfq").WithSummary("Create a draft RFQ for an order's lines.").ProducesProblem(400).ProducesProblem(404).ProducesProblem(422);
        rfqs.MapGet("/", ListAsync).WithName("ListRfqs").WithSummary("List RFQs newest first, filtered by status, ERP reference and a search over number, title and reference.").ProducesProblem(400);
        rfqs.MapGet("/{id:guid}", GetAsync).WithName("GetRfq").ProducesProblem(404);
        rfqs.MapPut("/{id:guid}/lines", ReplaceLinesAsync).WithName("ReplaceRfqLines").WithSummary("Replace the lines of a draft.").ProducesProblem(400).ProducesProblem(404).ProducesProblem(409).ProducesProblem(412);
        rfqs.MapPost("/{id:guid}/vendors", AttachVendorsAsync).WithName("AttachVendors").WithSummary("Attach a vendor list or vendors.").ProducesProblem(400).ProducesProblem(404).ProducesProblem(409).ProducesProblem(412);
        rfqs.MapPost("/{id:guid}/publish", PublishAsync).WithName("PublishRfq").ProducesProblem(404).ProducesProblem(409).ProducesProblem(412);
        rfqs.MapPost("/{id:guid}/close", CloseAsync).WithName("CloseRfq").ProducesProblem(404).ProducesProblem(409).ProducesProblem(412);
        rfqs.MapPost("/{id:guid}/cancel", CancelAsync).WithName("CancelRfq").ProducesProblem(404).ProducesProblem(409).ProducesProblem(412);
        rfqs.MapPost("/{id:guid}/award", AwardAsync).WithName("AwardRfq").WithSummary("Award the whole RFQ to one quote revision, or per line.").ProducesProblem(400).ProducesProblem(404).ProducesProblem(409).ProducesProblem(412);
        rfqs.MapGet("/{id:guid}/audit", AuditAsync).WithName("GetRfqAudit").WithSummary("The append-only audit log of the RFQ, oldest first.").ProducesProblem(404);
    }

    private static async Task<Created<RfqResource>> CreateAsync(CreateRfqRequest request, ClaimsPrincipal user, RfqService rfqs, HttpContext http, CancellationToken cancellationToken)
    {
        var rfq = await rfqs.CreateAsync(user.Tenant(), request, user.Actor(), cancellationToken).ConfigureAwait(false);
        http.Response.Headers.ETag = Versioning.ETag(rfq.Version);
        return TypedResults.Created($"/api/v1/rfqs/{rfq.Id}", rfq.ToResource());
    }

    private static async Task<Ok<PageDto<RfqResource>>> ListAsync(ClaimsPrincipal user, RfqService rfqs, string? status, string? reference, string? search, string? cursor, int? limit, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var statusFilter = StatusFilter.Read<RfqStatus>(status, errors);
        var page = Paging.Read(cursor, limit, errors);
        if (search is { Length: > RfqQuery.MaxSearchLength })
        {
            errors.Add("search", $"The search text is longer than {RfqQuery.MaxSearchLength} characters.");
        }

        errors.ThrowIfAny();
        var result = await rfqs.ListAsync(user.Tenant(), new RfqQuery(statusFilter, reference, page) { Search = search }, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(new PageDto<RfqResource>([.. result.Items.Select(r => r.ToResource())], result.NextCursor));
    }

    private static async Task<Ok<RfqResource>> GetAsync(Guid id, ClaimsPrincipal user, RfqService rfqs, HttpContext http, CancellationToken cancellationToken) =>
        Versioned(http, await rfqs.GetAsync(user.Tenant(), new Id<Rfq>(id), cancellationToken).ConfigureAwait(false));

    private static async Task<Ok<RfqResource>> ReplaceLinesAsync(Guid id, ReplaceRfqLinesRequest request, ClaimsPrincipal user, RfqService rfqs, HttpContext http, CancellationToken cancellationToken) =>
        Versioned(http, await rfqs.ReplaceLinesAsync(user.Tenant(), new Id<Rfq>(id), request, Versioning.IfMatch(http.Request), user.Actor(), cancellationToken).ConfigureAwait(false));

    private static async Task<Ok<RfqResource>> AttachVendorsAsync(Guid id, AttachVendorsRequest request, ClaimsPrincipal user, RfqService rfqs, HttpContext http, CancellationToken cancellationToken) =>
        Versioned(http, await rfqs.AttachVendorsAsync(user.Tenant(), new Id<Rfq>(id), request, Versioning.IfMatch(http.Request), user.Actor(), cancellationToken).ConfigureAwait(false));

    private static async Task<Ok<RfqResource>> PublishAsync(Guid id, ClaimsPrincipal user, RfqService rfqs, HttpContext http, CancellationToken cancellationToken) =>
        Versioned(http, await rfqs.PublishAsync(user.Tenant(), new Id<Rfq>(id), Versioning.IfMatch(http.Request), user.Actor(), cancellationToken).ConfigureAwait(false));

    private static async Task<Ok<RfqResource>> CloseAsync(Guid id, ClaimsPrincipal user, RfqService rfqs, HttpContext http, CancellationToken cancellationToken) =>
        Versioned(http, await rfqs.CloseAsync(user.Tenant(), new Id<Rfq>(id), Versioning.IfMatch(http.Request), user.Actor(), cancellationToken).ConfigureAwait(false));

    private static async Task<Ok<RfqResource>> CancelAsync(Guid id, CancelRfqRequest? request, ClaimsPrincipal user, RfqService rfqs, HttpContext http, CancellationToken cancellationToken) =>
        Versioned(http, await rfqs.CancelAsync(user.Tenant(), new Id<Rfq>(id), request?.Reason, Versioning.IfMatch(http.Request), user.Actor(), cancellationToken).ConfigureAwait(false));

    private static async Task<Ok<RfqResource>> AwardAsync(Guid id, AwardRfqRequest request, ClaimsPrincipal user, RfqService rfqs, HttpContext http, CancellationToken cancellationToken) =>
        Versioned(http, await rfqs.AwardAsync(user.Tenant(), new Id<Rfq>(id), request, Versioning.IfMatch(http.Request), user.Actor(), cancellationToken).ConfigureAwait(false));

    private static async Task<Ok<PageDto<AuditEntryResource>>> AuditAsync(Guid id, ClaimsPrincipal user, RfqService rfqs, string? cursor, int? limit, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var page = Paging.Read(cursor, limit, errors);
        errors.ThrowIfAny();
        Cursor.TryDecode(page.Cursor, out var after);
        var entries = await rfqs.GetAuditAsync(user.Tenant(), new Id<Rfq>(id), after, page.Limit + 1, cancellationToken).ConfigureAwait(false);
        var items = entries.Take(page.Limit).ToList();
        return TypedResults.Ok(new PageDto<AuditEntryResource>([.. items.Select(e => e.ToResource())], entries.Count > page.Limit ? Cursor.Encode(items[^1].Sequence) : null));
    }

    private static Ok<RfqResource> Versioned(HttpContext http, Rfq rfq) => Versioning.Ok(http, rfq.Version, rfq.ToResource());
}
