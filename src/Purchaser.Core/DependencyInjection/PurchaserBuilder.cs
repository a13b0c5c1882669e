using System.ComponentModel;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Returned by <see cref="PurchaserServiceCollectionExtensions.AddPurchaser(IServiceCollection, Action{Purchaser.PurchaserOptions}?)"/>;
/// each Purchaser package adds its own <c>Use*</c> (a backend) or <c>Add*</c> (a feature) extension to it.
/// </summary>
public sealed class PurchaserBuilder
{
    internal PurchaserBuilder(IServiceCollection services) => Services = services;

    /// <summary>The service collection, for package extensions.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public IServiceCollection Services { get; }
}
