namespace Purchaser.Storage;

/// <summary>Reads the outbox that state changes write to; the webhook dispatcher delivers from it.</summary>
public interface IOutboxStore
{
    /// <summary>Messages after <paramref name="afterSequence"/>, in the order they were written.</summary>
    Task<IReadOnlyList<OutboxMessage>> ReadAsync(long afterSequence, int limit, CancellationToken cancellationToken);
}
