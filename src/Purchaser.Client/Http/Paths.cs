using System.Globalization;
using System.Text;

namespace Purchaser.Client.Http;

/// <summary>Builds the relative paths and query strings of the API's routes.</summary>
internal static class Paths
{
    public const string Root = "api/v1/";

    public static string Of(string resource, Guid id, string? sub = null) =>
        sub is null ? $"{Root}{resource}/{id:D}" : $"{Root}{resource}/{id:D}/{sub}";

    public static string WithQuery(string path, params (string Name, string? Value)[] parameters)
    {
        var builder = new StringBuilder(path);
        var separator = '?';
        foreach (var (name, value) in parameters)
        {
            if (value is null)
            {
                continue;
            }

            builder.Append(separator).Append(name).Append('=').Append(Uri.EscapeDataString(value));
            separator = '&';
        }

        return builder.ToString();
    }

    public static string? Number(int? value) => value?.ToString(CultureInfo.InvariantCulture);
}
