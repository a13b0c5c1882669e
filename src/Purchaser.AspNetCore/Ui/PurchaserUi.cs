using System.Collections.Frozen;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Purchaser.AspNetCore.Ui;

/// <summary>
/// The procurement UI's files, embedded in the assembly and served as they are: no build step, no files on disk, and
/// a policy that lets the page run only its own script, so text from vendor mail can never run as code.
/// </summary>
internal static class PurchaserUi
{
    private const string ResourcePrefix = "Purchaser.Ui/";
    private const string ApiPlaceholder = "content=\"/api/v1\"";

    private const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private static readonly FrozenDictionary<string, string> ContentTypes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [".html"] = "text/html; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static RouteGroupBuilder Map(IEndpointRouteBuilder endpoints, string prefix, string apiPrefix)
    {
        var files = Load();
        var index = Encoding.UTF8.GetString(files["index.html"]);
        var api = apiPrefix.TrimEnd('/');

        // The page is public static content (its calls carry the user's key), so a host's fallback policy must not hide it.
        var ui = endpoints.MapGroup(prefix).ExcludeFromDescription().AllowAnonymous();
        ui.MapGet("/", (HttpContext context) =>
        {
            // Without the trailing slash the page's relative links would resolve against the parent path.
            if (!context.Request.Path.Value!.EndsWith('/'))
            {
                return Results.Redirect($"{context.Request.PathBase}{context.Request.Path}/", permanent: false);
            }

            // The page learns where the API is from its own markup, under the request's path base, so a host that moves
            // the API, or serves everything below a proxy's sub-path, moves the UI with it.
            var where = WebUtility.HtmlEncode($"{context.Request.PathBase}{api}");
            return Serve(context, Encoding.UTF8.GetBytes(index.Replace(ApiPlaceholder, $"content=\"{where}\"", StringComparison.Ordinal)), ContentTypes[".html"]);
        });
        ui.MapGet("/{file}", (HttpContext context, string file) =>
            files.TryGetValue(file, out var content) && ContentTypes.TryGetValue(Path.GetExtension(file), out var type)
                ? Serve(context, content, type)
                : Results.NotFound());
        return ui;
    }

    private static IResult Serve(HttpContext context, byte[] content, string contentType)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers.CacheControl = "no-cache";
        return Results.Bytes(content, contentType);
    }

    private static FrozenDictionary<string, byte[]> Load()
    {
        var assembly = typeof(PurchaserUi).Assembly;
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            files[name[ResourcePrefix.Length..]] = buffer.ToArray();
        }

        return files.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
