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

/// <summary>Quotes on an RFQ: each vendor's latest revision, a quote's history, their side-by-side comparison, and quotes entered by hand.</summary>
internal static class QuoteEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var quotes = api.MapGroup("/rfqs/{id:guid}/quotes").WithTags("Quotes");
        quotes.MapGet("/", ListLatestAsync).WithName("ListQuotes").WithSummary("Each vendor's latest quote revision.").ProducesProblem(404);
        quotes.MapPost("/", RecordAsync).WithName("RecordQuote").WithSummary("Record a quote received outside email (phone, portal) as the vendor's next revision.").ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);
        api.MapGet("/rfqs/{id:guid}/comparison", CompareAsync).WithTags("Quotes").WithName("CompareQuotes")
            .WithSummary("Every RFQ line side by side with each attached vendor's latest offer, deviations flagged, the lowest price in the RFQ currency marked.")
            .ProducesProblem(404);
        quotes.MapGet("/{quoteId:guid}/revisions", RevisionsAsync).WithName("ListQuoteRevisions").WithSummary("Every revision of one vendor's quote, oldest first.").ProducesProblem(404);
    }

    private static async Task<Ok<IReadOnlyList<QuoteResource>>> ListLatestAsync(Guid id, ClaimsPrincipal user, QuoteService quotes, CancellationToken cancellationToken) =>
        TypedResults.Ok<IReadOnlyList<QuoteResource>>([.. (await quotes.ListLatestAsync(user.Tenant(), new Id<Rfq>(id), cancellationToken).ConfigureAwait(false)).Select(q => q.ToResource())]);

    private static async Task<Ok<RfqComparisonResource>> CompareAsync(Guid id, ClaimsPrincipal user, QuoteComparisonService comparison, CancellationToken cancellationToken) =>
        TypedResults.Ok(await comparison.CompareAsync(user.Tenant(), new Id<Rfq>(id), cancellationToken).ConfigureAwait(false));

    private static async Task<Created<QuoteResource>> RecordAsync(Guid id, RecordQuoteRequest request, ClaimsPrincipal user, QuoteService quotes, CancellationToken cancellationToken)
    {
        var revision = await quotes.RecordManualAsync(user.Tenant(), new Id<Rfq>(id), request, user.Actor(), cancellationToken).ConfigureAwait(false);
        return TypedResults.Created($"/api/v1/rfqs/{id}/quotes/{revision.QuoteId}/revisions", revision.ToResource());
    }

    private static async Task<Ok<IReadOnlyList<QuoteResource>>> RevisionsAsync(Guid id, Guid quoteId, ClaimsPrincipal user, QuoteService quotes, CancellationToken cancellationToken) =>
        TypedResults.Ok<IReadOnlyList<QuoteResource>>([.. (await quotes.ListRevisionsAsync(user.Tenant(), new Id<Rfq>(id), new Id<Quote>(quoteId), cancellationToken).ConfigureAwait(false)).Select(q => q.ToResource())]);
}
