using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace Purchaser.AspNetCore.Infrastructure;

/// <summary>Builds and writes RFC 9457 problem details carrying Purchaser's stable <c>code</c>.</summary>
internal static class ProblemWriter
{
    public static ProblemDetails Create(int status, string code, string detail, IReadOnlyDictionary<string, string[]>? fields = null)
    {
        var problem = fields is { Count: > 0 }
            ? new HttpValidationProblemDetails(fields.ToDictionary(f => f.Key, f => f.Value)) { Title = "One or more fields are invalid." }
            : new ProblemDetails { Title = TitleFor(status) };
        problem.Status = status;
        problem.Detail = detail;
        problem.Type = $"https://purchaser.dev/problems/{code}";
        problem.Extensions["code"] = code;
        return problem;
    }

    public static async Task WriteAsync(HttpContext context, int status, string code, string detail, IReadOnlyDictionary<string, string[]>? fields = null)
    {
        context.Response.StatusCode = status;
        var problem = Create(status, code, detail, fields);
        var service = context.RequestServices.GetService<IProblemDetailsService>();
        if (service is null || !await service.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem }).ConfigureAwait(false))
        {
            await Results.Problem(problem).ExecuteAsync(context).ConfigureAwait(false);
        }
    }

    public static int StatusFor(ErrorKind kind) => kind switch
    {
        ErrorKind.Validation => StatusCodes.Status400BadRequest,
        ErrorKind.NotFound => StatusCodes.Status404NotFound,
        ErrorKind.Conflict => StatusCodes.Status409Conflict,
        ErrorKind.PreconditionFailed => StatusCodes.Status412PreconditionFailed,
        ErrorKind.Unprocessable => StatusCodes.Status422UnprocessableEntity,
        _ => StatusCodes.Status500InternalServerError,
    };

    private static string TitleFor(int status) => status switch
    {
        400 => "Bad request",
        401 => "Unauthenticated",
        403 => "Forbidden",
        404 => "Not found",
        409 => "Conflict",
        412 => "Precondition failed",
        413 => "Payload too large",
        415 => "Unsupported media type",
        422 => "Unprocessable request",
        _ => "Error",
    };
}
