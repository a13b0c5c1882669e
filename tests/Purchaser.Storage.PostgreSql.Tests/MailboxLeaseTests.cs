using System.Collections.Concurrent;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Purchaser.Domain;
using Purchaser.Hosting;
using Purchaser.Mail;

namespace Purchaser.Storage.PostgreSql.Tests;

/// <summary>
/// Two hosts reading one mail drop on one PostgreSQL database: only the holder of the mailbox lease reads, and when
/// the holder dies without releasing it the other host takes over once the lease has expired.
/// </summary>
public sealed class MailboxLeaseTests : IAsyncLifetime
{
    // Short, so the takeover comes quickly, but long enough that a holder on a busy CI machine renews in time: at 1 s a
    // holder starved of CPU for a moment lost the lease partway through the ten messages.
    private static readonly TimeSpan LeaseDuration = TimeSpan.FromSeconds(3);

    private readonly string _mail = Directory.CreateTempSubdirectory("purchaser-lease-").FullName;
    private TestDatabase? _database;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        Directory.Delete(_mail, recursive: true);
    }

    [Fact]
    public async Task One_host_reads_the_mailbox_and_another_takes_over_after_the_holder_dies()
    {
        await using var first = await ReaderHost.StartAsync(_database!.ConnectionString, _mail);
        await using var second = await ReaderHost.StartAsync(_database.ConnectionString, _mail);
        var leases = first.Services.GetRequiredService<ILeaseStore>();
        var leaseName = $"mailbox:directory:{Path.Combine(_mail, "inbox")}";
        var holderOwner = await WaitForAsync(async () => (await leases.FindAsync(leaseName, CancellationToken.None))?.Owner);
        var (holder, other) = holderOwner == first.Owner ? (first, second) : (second, first);
        Assert.Equal(holderOwner, holder.Owner);

        for (var i = 0; i < 10; i++)
        {
            Drop($"<m{i}@vendor.example>");
            await Task.Delay(30);
        }

        await WaitForAsync(() => Task.FromResult(holder.Accepted.Count == 10 ? "all" : null));
        Assert.Empty(other.Accepted);

        // The holder dies: its reading stops and its lease stays in the database until it expires.
        holder.Die();
        await holder.StopAsync();
        var abandoned = await leases.FindAsync(leaseName, CancellationToken.None);
        Assert.Equal(holder.Owner, abandoned?.Owner);
        Drop("<after@vendor.example>");

        var takenOver = await WaitForAsync(() => Task.FromResult(other.Accepted.TryPeek(out var first) ? (DateTimeOffset?)first.At : null));
        Assert.True(takenOver >= abandoned!.ExpiresAt, $"The other host read at {takenOver:O}, before the dead holder's lease expired at {abandoned.ExpiresAt:O}.");
        Assert.Equal(["<after@vendor.example>"], other.Accepted.Select(a => a.MessageId));
        Assert.Equal(other.Owner, (await leases.FindAsync(leaseName, CancellationToken.None))?.Owner);
        Assert.Equal(10, holder.Accepted.Count);
    }

    private void Drop(string messageId)
    {
        var inbox = Path.Combine(_mail, "inbox");
        var temp = Path.Combine(_mail, $"{Guid.NewGuid():N}.tmp");
        File.WriteAllText(temp, $"From: sales@vendor.example\r\nMessage-ID: {messageId}\r\nSubject: Quote\r\n\r\nLine 1: USD 1.00\r\n", Encoding.ASCII);
        File.Move(temp, Path.Combine(inbox, $"{Guid.NewGuid():N}.eml"));
    }

    private static async Task<T> WaitForAsync<T>(Func<Task<T?>> probe)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            if (await probe() is { } value)
            {
                return value;
            }

            await Task.Delay(20);
        }

        throw new TimeoutException("The condition was not met in 20 s.");
    }

    /// <summary>A host's services with the directory mail drop on the shared database, recording what it reads.</summary>
    private sealed class ReaderHost : IAsyncDisposable, IInboundMailSink
    {
        private readonly ServiceProvider _provider;
        private readonly List<IHostedService> _started = [];
        private readonly DyingLeaseStore _leases;
        private bool _stopped;

        private ReaderHost(ServiceProvider provider, DyingLeaseStore leases)
        {
            _provider = provider;
            _leases = leases;
        }

        public ConcurrentQueue<(string MessageId, DateTimeOffset At)> Accepted { get; } = new();

        public IServiceProvider Services => _provider;

        public string Owner => _provider.GetRequiredService<LeaseHolder>().Owner;

        public static async Task<ReaderHost> StartAsync(string connectionString, string mail)
        {
            var services = new ServiceCollection().AddLogging();
            services.AddPurchaser(o => o.LeaseDuration = LeaseDuration).UsePostgreSql(connectionString).UseMailDirectory(mail);
            services.AddOptions<MailOptions>().Configure(o => o.PollInterval = TimeSpan.FromMilliseconds(20));
            var leases = new DyingLeaseStore();
            services.AddSingleton(leases);
            services.AddSingleton<PostgreSqlLeaseStore>();
            services.AddSingleton<ILeaseStore>(p => leases.Over(p.GetRequiredService<PostgreSqlLeaseStore>()));
            ReaderHost? host = null;
            services.AddSingleton<IInboundMailSink>(_ => host!);
            host = new ReaderHost(services.BuildServiceProvider(), leases);
            foreach (var service in host._provider.GetServices<IHostedService>())
            {
                if (service is IHostedLifecycleService lifecycle)
                {
                    await lifecycle.StartingAsync(CancellationToken.None);
                }

                await service.StartAsync(CancellationToken.None);
                host._started.Add(service);
            }

            return host;
        }

        /// <summary>From now on the host cannot release its lease, as when its process is killed.</summary>
        public void Die() => _leases.Dead = true;

        public async Task StopAsync()
        {
            if (!_stopped)
            {
                _stopped = true;
                foreach (var service in Enumerable.Reverse(_started))
                {
                    await service.StopAsync(CancellationToken.None);
                }
            }
        }

        public Task<InboundMessage> AcceptAsync(Id<Tenant> tenantId, ReadOnlyMemory<byte> raw, string source, CancellationToken cancellationToken)
        {
            var messageId = Encoding.ASCII.GetString(raw.Span).Split("\r\n").Single(l => l.StartsWith("Message-ID: ", StringComparison.Ordinal))["Message-ID: ".Length..];
            Accepted.Enqueue((messageId, DateTimeOffset.UtcNow));
            return Task.FromResult(new InboundMessage
            {
                Id = Id<InboundMessage>.New(),
                TenantId = tenantId,
                MessageId = messageId,
                ContentHash = "-",
                ReceivedAt = DateTimeOffset.UtcNow,
                Source = source,
                Raw = raw,
            });
        }

        public Task<InboundMessage> RecordTooLargeAsync(Id<Tenant> tenantId, InboundEnvelope envelope, string source, string reason, CancellationToken cancellationToken) =>
            throw new InvalidOperationException($"The directory drop reports no message as too large to download ({reason}).");

        public async ValueTask DisposeAsync()
        {
            await StopAsync();
            await _provider.DisposeAsync();
        }
    }

    /// <summary>The real lease store, until the host dies: then nothing it asks reaches the database any more.</summary>
    private sealed class DyingLeaseStore
    {
        public bool Dead { get; set; }

        public ILeaseStore Over(ILeaseStore store) => new Guarded(store, this);

        private sealed class Guarded(ILeaseStore store, DyingLeaseStore state) : ILeaseStore
        {
            public Task<bool> TryAcquireAsync(string name, string owner, TimeSpan duration, CancellationToken cancellationToken) =>
                state.Dead ? Task.FromResult(false) : store.TryAcquireAsync(name, owner, duration, cancellationToken);

            public Task ReleaseAsync(string name, string owner, CancellationToken cancellationToken) =>
                state.Dead ? Task.CompletedTask : store.ReleaseAsync(name, owner, cancellationToken);

            public Task<Lease?> FindAsync(string name, CancellationToken cancellationToken) => store.FindAsync(name, cancellationToken);
        }
    }
}
