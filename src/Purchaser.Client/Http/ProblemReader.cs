using System.Net.Http.Headers;
using System.Text.Json;

namespace Purchaser.Client.Http;

/// <summary>Turns an error response into <see cref="PurchaserApiException"/>, reading RFC 9457 problem details when present.</summary>
internal static class ProblemReader
{
    private const int MaxTextDetail = 500;

    public static async Task<PurchaserApiException> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        if (IsJson(response.Content.Headers.ContentType) && TryParse(text, out var problem))
        {
            return new PurchaserApiException(response.StatusCode, problem.Code, problem.Detail ?? problem.Title, problem.Errors);
        }

        var detail = text.Length == 0 ? response.ReasonPhrase : text[..Math.Min(text.Length, MaxTextDetail)];
        return new PurchaserApiException(response.StatusCode, null, detail);
    }

    private static bool IsJson(MediaTypeHeaderValue? contentType) =>
        contentType?.MediaType is { } mediaType && (mediaType == "application/json" || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase));

    private static bool TryParse(string text, out Problem problem)
    {
        problem = default;
        try
        {
            using var document = JsonDocument.Parse(text);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return false;
            }

            problem = new Problem(String(root, "code"), String(root, "title"), String(root, "detail"), Errors(root));
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static string? String(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static Dictionary<string, IReadOnlyList<string>>? Errors(JsonElement root)
    {
        if (!root.TryGetProperty("errors", out var errors) || errors.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var fields = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var field in errors.EnumerateObject())
        {
            fields[field.Name] = field.Value.ValueKind switch
            {
                JsonValueKind.Array => [.. field.Value.EnumerateArray().Where(m => m.ValueKind == JsonValueKind.String).Select(m => m.GetString()!)],
                JsonValueKind.String => [field.Value.GetString()!],
                _ => [],
            };
        }

        return fields;
    }

    private readonly record struct Problem(string? Code, string? Title, string? Detail, IReadOnlyDictionary<string, IReadOnlyList<string>>? Errors);
}
