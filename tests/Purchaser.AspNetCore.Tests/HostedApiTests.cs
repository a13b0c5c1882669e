namespace Purchaser.AspNetCore.Tests;

/// <summary>A test class against the sample host in memory, with a client holding the bootstrap tenant's API key.</summary>
public abstract class HostedApiTests : IAsyncLifetime
{
    protected HostedApiTests() => Client = Host.ClientWithKey();

    protected PurchaserHostFactory Host { get; } = new();

    protected HttpClient Client { get; }

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual async Task DisposeAsync() => await Host.DisposeAsync();
}
