namespace Purchaser.Domain;

/// <summary>A customer of the engine. Every other record belongs to exactly one tenant.</summary>
/// <param name="Id">The tenant's identifier.</param>
/// <param name="Name">A display name.</param>
/// <param name="CreatedAt">When the tenant was created.</param>
public sealed record Tenant(Id<Tenant> Id, string Name, DateTimeOffset CreatedAt);
