using Microsoft.AspNetCore.Http;

namespace Purchaser.AspNetCore.Infrastructure;

/// <summary>Turns a refused operation into its problem response, so domain errors never surface as 500.</summary>
internal sealed class PurchaserErrorFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context).ConfigureAwait(false);
        }
        catch (PurchaserException ex)
        {
            return Results.Problem(ProblemWriter.Create(ProblemWriter.StatusFor(ex.Error.Kind), ex.Error.Code, ex.Error.Message, ex.Error.Fields));
        }
    }
}
