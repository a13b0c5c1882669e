namespace Purchaser.Storage;

/// <summary>Prepares a store before first use: applies pending schema migrations. Safe to call more than once.</summary>
public interface IStoreInitializer
{
    /// <summary>Brings the schema up to date.</summary>
    Task InitializeAsync(CancellationToken cancellationToken);
}
