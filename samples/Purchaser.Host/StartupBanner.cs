using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Purchaser.Hosting;

namespace Purchaser.Host;

/// <summary>Tells the person who started the host where it listens and, on the first start, the API key to use.</summary>
internal static class StartupBanner
{
    public static void Print(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var key = app.Services.GetRequiredService<TenantBootstrapper>().CreatedApiKey;
        Console.WriteLine();
        Console.WriteLine($"Purchaser is listening on {string.Join(", ", addresses)}");
        Console.WriteLine($"  API reference: {addresses.FirstOrDefault()}/docs   OpenAPI: {addresses.FirstOrDefault()}/openapi/v1.json");
        Console.WriteLine($"  Procurement UI: {addresses.FirstOrDefault()}/ui/");
        Console.WriteLine(key is null
            ? "  API key: the one you configured (Purchaser:Bootstrap:ApiKey) or created earlier."
            : $"  API key (shown once, store it now): {key}");
        Console.WriteLine();
    }
}
