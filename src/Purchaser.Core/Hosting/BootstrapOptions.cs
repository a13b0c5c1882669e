namespace Purchaser.Hosting;

/// <summary>
/// The first tenant and key, bound from <c>Purchaser:Bootstrap</c>. With an <see cref="ApiKey"/> the tenant is seeded with
/// that key; without one, a tenant and a random key are created on the first start and the key is logged once.
/// </summary>
public sealed class BootstrapOptions
{
    /// <summary>The tenant's name.</summary>
    public string Tenant { get; set; } = "default";

    /// <summary>A key to seed, for example from <c>Purchaser__Bootstrap__ApiKey</c>; at least 24 characters.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Whether to create a tenant and key when the store has none. On by default.</summary>
    public bool CreateWhenEmpty { get; set; } = true;
}
