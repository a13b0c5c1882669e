using Microsoft.Extensions.DependencyInjection;

namespace Purchaser.Storage.ContractTests;

/// <summary>
/// What every contract suite shares: a fresh, empty database per test, with the store chosen by the deriving test project.
/// </summary>
public abstract class StoreContract : IAsyncLifetime
{
    private StoreFixture? _fixture;

    protected StoreFixture Fixture => _fixture ?? throw new InvalidOperationException("Not initialised.");

    /// <summary>Chooses the store under test on the builder, against a fresh, empty database.</summary>
    protected abstract void UseStore(PurchaserBuilder builder);

    public async Task InitializeAsync() => _fixture = await StoreFixture.CreateAsync(UseStore);

    public virtual async Task DisposeAsync()
    {
        if (_fixture is not null)
        {
            await _fixture.DisposeAsync();
        }
    }
}
