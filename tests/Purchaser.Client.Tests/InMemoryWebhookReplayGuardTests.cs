using Microsoft.Extensions.Time.Testing;
using Purchaser.Client.Webhooks;

namespace Purchaser.Client.Tests;

public sealed class InMemoryWebhookReplayGuardTests
{
    private static readonly TimeSpan Retention = TimeSpan.FromMinutes(10);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task An_id_is_accepted_once_within_its_retention()
    {
        var guard = new InMemoryWebhookReplayGuard(_time);

        Assert.True(await guard.TryAcceptAsync("msg_1", Retention));
        _time.Advance(Retention - TimeSpan.FromSeconds(1));
        Assert.False(await guard.TryAcceptAsync("msg_1", Retention));
        Assert.True(await guard.TryAcceptAsync("msg_2", Retention));
    }

    [Fact]
    public async Task An_id_is_forgotten_after_its_retention()
    {
        var guard = new InMemoryWebhookReplayGuard(_time);
        await guard.TryAcceptAsync("msg_1", Retention);

        _time.Advance(Retention);

        Assert.True(await guard.TryAcceptAsync("msg_2", Retention));
        Assert.Equal(1, guard.Count);
        Assert.True(await guard.TryAcceptAsync("msg_1", Retention));
    }

    [Fact]
    public async Task The_guard_is_bounded_and_forgets_the_oldest_id_first()
    {
        var guard = new InMemoryWebhookReplayGuard(_time, capacity: 3);
        foreach (var id in new[] { "a", "b", "c", "d" })
        {
            Assert.True(await guard.TryAcceptAsync(id, Retention));
            _time.Advance(TimeSpan.FromSeconds(1));
        }

        Assert.Equal(3, guard.Count);
        Assert.False(await guard.TryAcceptAsync("d", Retention));
        Assert.False(await guard.TryAcceptAsync("b", Retention));
        Assert.True(await guard.TryAcceptAsync("a", Retention));
    }

    [Fact]
    public async Task Concurrent_deliveries_of_one_id_are_accepted_once()
    {
        var guard = new InMemoryWebhookReplayGuard(_time);

        var results = await Task.WhenAll(Enumerable.Range(0, 64).Select(_ => Task.Run(async () => await guard.TryAcceptAsync("msg_race", Retention))));

        Assert.Equal(1, results.Count(accepted => accepted));
    }
}
