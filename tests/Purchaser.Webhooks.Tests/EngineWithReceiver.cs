namespace Purchaser.Webhooks.Tests;

/// <summary>A test class whose tests each get a running engine and a real receiver, stopped again after the test.</summary>
public abstract class EngineWithReceiver(Engine engine) : IAsyncLifetime
{
    protected Receiver Receiver { get; } = new();

    protected Engine Engine { get; } = engine;

    public async Task InitializeAsync()
    {
        await Receiver.StartAsync();
        await Engine.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await Engine.DisposeAsync();
        await Receiver.DisposeAsync();
    }
}
