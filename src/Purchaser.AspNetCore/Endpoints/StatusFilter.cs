using Purchaser.Services;

namespace Purchaser.AspNetCore.Endpoints;

/// <summary>Reads a <c>status</c> query parameter as an enum's wire word, naming the accepted words when it is none of them.</summary>
internal static class StatusFilter
{
    public static TEnum? Read<TEnum>(string? status, ValidationErrors errors)
        where TEnum : struct, Enum
    {
        if (status is null)
        {
            return null;
        }

        if (WireName.TryParse<TEnum>(status, out var parsed))
        {
            return parsed;
        }

        errors.Add("status", $"'{status}' is not a status; use {string.Join(", ", Enum.GetValues<TEnum>().Select(WireName.Of))}.");
        return null;
    }
}
