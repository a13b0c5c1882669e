using System.Threading.Channels;
using Purchaser.Domain;
using Purchaser.Storage;

namespace Purchaser.Webhooks;

/// <summary>
/// Group commit for the dispatcher's routine writes: attempts that change no endpoint, finishing together, are written in
/// one transaction, and a claim for the next deliveries rides in the same transaction as the attempts before it.
/// A caller's task completes only once its attempt is stored, so nothing is acknowledged before it is durable; a crash
/// before the write leaves the delivery leased and it is sent again, which at-least-once delivery allows.
/// </summary>
internal sealed class AttemptRecorder : IAsyncDisposable
{
    private const int MaxBatch = 256;
    private readonly Channel<object> _queue = Channel.CreateUnbounded<object>(new UnboundedChannelOptions { SingleReader = true });
    private readonly IWebhookStore _store;
    private readonly Task _writer;

    public AttemptRecorder(IWebhookStore store)
    {
        _store = store;
        _writer = Task.Run(WriteAsync);
    }

    public Task RecordAsync(WebhookAttempt attempt, WebhookDelivery delivery)
    {
        var pending = new Pending(attempt, delivery, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        return _queue.Writer.TryWrite(pending) ? pending.Done.Task : Task.FromException(new ObjectDisposedException(nameof(AttemptRecorder)));
    }

    /// <summary>Records the attempts queued so far and leases due deliveries, in one transaction.</summary>
    public Task<IReadOnlyList<WebhookDelivery>> ClaimAsync(DateTimeOffset now, DateTimeOffset leaseUntil, string owner, int limit)
    {
        var claim = new Claim(now, leaseUntil, owner, limit, new TaskCompletionSource<IReadOnlyList<WebhookDelivery>>(TaskCreationOptions.RunContinuationsAsynchronously));
        return _queue.Writer.TryWrite(claim) ? claim.Done.Task : Task.FromException<IReadOnlyList<WebhookDelivery>>(new ObjectDisposedException(nameof(AttemptRecorder)));
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _writer.ConfigureAwait(false);
    }

    private async Task WriteAsync()
    {
        var batch = new List<Pending>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            // A claim ends the batch: it must see every attempt queued before it, and none after it is waited for.
            Claim? claim = null;
            while (claim is null && batch.Count < MaxBatch && _queue.Reader.TryRead(out var next))
            {
                if (next is Pending pending)
                {
                    batch.Add(pending);
                }
                else
                {
                    claim = (Claim)next;
                }
            }

            var attempts = batch.Select(p => (p.Attempt, p.Delivery)).ToList();
            try
            {
                if (claim is null)
                {
                    await _store.RecordAttemptsAsync(attempts, CancellationToken.None).ConfigureAwait(false);
                }
                else
                {
                    claim.Done.TrySetResult(await _store.RecordAndClaimAsync(attempts, claim.Now, claim.LeaseUntil, claim.Owner, claim.Limit, CancellationToken.None).ConfigureAwait(false));
                }

                batch.ForEach(p => p.Done.TrySetResult());
            }
            catch (Exception ex)
            {
                batch.ForEach(p => p.Done.TrySetException(ex));
                claim?.Done.TrySetException(ex);
            }

            batch.Clear();
        }
    }

    private sealed record Pending(WebhookAttempt Attempt, WebhookDelivery Delivery, TaskCompletionSource Done);

    private sealed record Claim(DateTimeOffset Now, DateTimeOffset LeaseUntil, string Owner, int Limit, TaskCompletionSource<IReadOnlyList<WebhookDelivery>> Done);
}
