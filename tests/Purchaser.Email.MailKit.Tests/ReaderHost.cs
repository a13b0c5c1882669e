using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Purchaser.Mail;
using Purchaser.Storage;

namespace Purchaser.Email.MailKit.Tests;

/// <summary>
/// The IMAP reader as an application runs it: registered by <c>UseMailKit</c>, with checkpoints in a real SQLite file
/// from <c>UseSqlite</c>, handing messages to a <see cref="RecordingSink"/>.
/// </summary>
internal sealed class ReaderHost : IAsyncDisposable
{
    private readonly ServiceProvider _provider;
    private readonly IHostedService _reader;

    private ReaderHost(ServiceProvider provider)
    {
        _provider = provider;
        _reader = provider.GetServices<IHostedService>().OfType<ImapMailboxReader>().Single();
    }

    public Guid TenantId { get; private init; }

    public CapturedLogs Logs { get; private init; } = new();

    public IMailboxCheckpointStore Checkpoints => _provider.GetRequiredService<IMailboxCheckpointStore>();

    public static async Task<ReaderHost> StartAsync(string database, RecordingSink sink, string box, Action<ImapOptions>? configure = null, bool start = true)
    {
        var tenant = Guid.NewGuid();
        var logs = new CapturedLogs();
        var services = new ServiceCollection().AddLogging(logging => logging.AddProvider(logs).SetMinimumLevel(LogLevel.Debug));
        services.AddPurchaser()
            .UseSqlite($"Data Source={database}")
            .UseMailKit(o =>
            {
                MailServer.Use(o, box, tenant);
                o.Imap.ReconnectDelay = TimeSpan.FromMilliseconds(100);
                o.Imap.MaxReconnectDelay = TimeSpan.FromMilliseconds(500);
                configure?.Invoke(o.Imap);
            });
        services.AddSingleton<IInboundMailSink>(sink);
        var host = new ReaderHost(services.BuildServiceProvider()) { TenantId = tenant, Logs = logs };
        await host._provider.GetRequiredService<IStoreInitializer>().InitializeAsync(CancellationToken.None);
        if (start)
        {
            await host.StartAsync();
        }

        return host;
    }

    public Task StartAsync() => _reader.StartAsync(CancellationToken.None);

    public Task StopAsync() => _reader.StopAsync(CancellationToken.None);

    public static string MailboxKey(string box) => $"{box}@{MailServer.ImapHost}".ToLowerInvariant();

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        await _provider.DisposeAsync();
    }

    public static string NewDatabase() => Path.Combine(Path.GetTempPath(), $"purchaser-mail-{Guid.NewGuid():N}.db");

    public static void DeleteDatabase(string database)
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { database, database + "-wal", database + "-shm" })
        {
            File.Delete(file);
        }
    }
}
