namespace Purchaser.Storage;

/// <summary>
/// Tells this process's dispatchers that a store committed work for them: outbox messages, or webhook deliveries due
/// now. Stores raise it after the commit, so a listener reading the store sees the rows; the webhook dispatcher waits
/// for it or its poll interval, whichever comes first. Rows another process writes are still found by polling only.
/// </summary>
public sealed class OutboxSignal
{
    /// <summary>Raised on the committing thread after the commit: a listener only notes it and returns at once.</summary>
    public event EventHandler? Raised;

    /// <summary>Tells every listener that a commit wrote outbox messages or due webhook deliveries.</summary>
    public void Raise() => Raised?.Invoke(this, EventArgs.Empty);
}
