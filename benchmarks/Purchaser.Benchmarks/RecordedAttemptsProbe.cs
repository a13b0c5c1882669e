using System.Reflection;
using Purchaser.Domain;
using Purchaser.Storage;

namespace Purchaser.Benchmarks;

/// <summary>
/// Wraps the registered <see cref="IWebhookStore"/> and counts the attempts each record call has committed, so a
/// benchmark learns the moment the last one is stored instead of polling the table (a poll's sleep, under load, is
/// longer than the wait it measures).
/// </summary>
#pragma warning disable CA1852 // DispatchProxy derives the proxy type from it at run time, so it cannot be sealed.
internal class RecordedAttemptsProbe : DispatchProxy
#pragma warning restore CA1852
{
    private IWebhookStore _inner = null!;
    private long _recorded;
    private long _target = long.MaxValue;
    private TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public static (IWebhookStore Store, RecordedAttemptsProbe Probe) Wrap(IWebhookStore inner)
    {
        var store = Create<IWebhookStore, RecordedAttemptsProbe>();
        var probe = (RecordedAttemptsProbe)(object)store;
        probe._inner = inner;
        return (store, probe);
    }

    /// <summary>Completes once <paramref name="more"/> attempts beyond those recorded so far are committed.</summary>
    public Task Expect(long more)
    {
        _reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Volatile.Write(ref _target, Interlocked.Read(ref _recorded) + more);
        Check();
        return _reached.Task;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        var result = targetMethod.Invoke(_inner, args);
        var count = targetMethod.Name switch
        {
            nameof(IWebhookStore.RecordAttemptsAsync) => ((IReadOnlyList<(WebhookAttempt, WebhookDelivery)>)args![0]!).Count,
            nameof(IWebhookStore.RecordAttemptAsync) => 1,
            _ => 0,
        };
        if (count == 0 || result is not Task task)
        {
            return result;
        }

        return task.ContinueWith(
            done =>
            {
                done.GetAwaiter().GetResult();
                Interlocked.Add(ref _recorded, count);
                Check();
            },
            CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    private void Check()
    {
        if (Interlocked.Read(ref _recorded) >= Volatile.Read(ref _target))
        {
            _reached.TrySetResult();
        }
    }
}
