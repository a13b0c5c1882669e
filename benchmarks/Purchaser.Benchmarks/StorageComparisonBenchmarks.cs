using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Purchaser.Contracts;
using Purchaser.Domain;
using Purchaser.Quotes.Inbound;
using Purchaser.Services;
using Purchaser.Storage;

namespace Purchaser.Benchmarks;

/// <summary>
/// The same engine work on the SQLite store (the baseline) and on the PostgreSQL store, in one run: creating an RFQ
/// with its vendor list and publishing it, and ingesting a vendor's emailed quote through the inbound pipeline into
/// the store (raw message, match, parse, quote revision, event). PostgreSQL is the server named by
/// <c>PURCHASER_TEST_POSTGRES</c>, by default the CI server on loopback; each run gets a fresh database.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class StorageComparisonBenchmarks
{
    private const string CreatePublish = "create+publish";
    private const string QuoteIngest = "quote ingest";
    private const string VendorEmail = "sales@bench-vendor.example";
    private static readonly Actor Actor = new("user", "bench", "Benchmark");

    private readonly string _sqlitePath = Path.Combine(Path.GetTempPath(), $"purchaser-bench-store-{Guid.NewGuid():N}.db");
    private readonly string _postgresDatabase = $"purchaser_bench_{Guid.NewGuid():N}";
    private readonly string _postgresAdmin = Environment.GetEnvironmentVariable("PURCHASER_TEST_POSTGRES") is { Length: > 0 } configured
        ? configured
        : "Host=127.0.0.1;Port=5432;Username=purchaser;Password=purchaser;Database=postgres";

    private Engine _sqlite = null!;
    private Engine _postgres = null!;
    private long _replies;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        await AdminAsync($"CREATE DATABASE {_postgresDatabase}");
        _sqlite = await Engine.StartAsync(b => b.UseSqlite($"Data Source={_sqlitePath}"));
        _postgres = await Engine.StartAsync(b => b.UsePostgreSql(new NpgsqlConnectionStringBuilder(_postgresAdmin) { Database = _postgresDatabase }.ConnectionString));
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        await _sqlite.DisposeAsync();
        await _postgres.DisposeAsync();
        SqliteConnection.ClearAllPools();
        NpgsqlConnection.ClearAllPools();
        File.Delete(_sqlitePath);
        await AdminAsync($"DROP DATABASE IF EXISTS {_postgresDatabase} WITH (FORCE)");
    }

    [Benchmark(Baseline = true, Description = "SQLite")]
    [BenchmarkCategory(CreatePublish)]
    public Task<Rfq> SqliteCreatePublishAsync() => _sqlite.CreateAndPublishAsync();

    [Benchmark(Description = "PostgreSQL")]
    [BenchmarkCategory(CreatePublish)]
    public Task<Rfq> PostgreSqlCreatePublishAsync() => _postgres.CreateAndPublishAsync();

    [Benchmark(Baseline = true, Description = "SQLite")]
    [BenchmarkCategory(QuoteIngest)]
    public Task<InboundMessage> SqliteQuoteIngestAsync() => _sqlite.IngestAsync(Interlocked.Increment(ref _replies));

    [Benchmark(Description = "PostgreSQL")]
    [BenchmarkCategory(QuoteIngest)]
    public Task<InboundMessage> PostgreSqlQuoteIngestAsync() => _postgres.IngestAsync(Interlocked.Increment(ref _replies));

    private async Task AdminAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_postgresAdmin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>The engine on one store, with a tenant, a vendor list, and a published RFQ whose vendor keeps replying.</summary>
    private sealed class Engine : IAsyncDisposable
    {
        private readonly ServiceProvider _services;
        private readonly AsyncServiceScope _scope;
        private readonly Id<Tenant> _tenant;
        private Guid _listId;
        private Rfq _quoted = null!;

        private Engine(ServiceProvider services)
        {
            _services = services;
            _scope = services.CreateAsyncScope();
            _tenant = Id<Tenant>.New();
        }

        private RfqService Rfqs => _scope.ServiceProvider.GetRequiredService<RfqService>();

        public static async Task<Engine> StartAsync(Action<PurchaserBuilder> useStore)
        {
            var collection = new ServiceCollection().AddLogging();
            var builder = collection.AddPurchaser();
            useStore(builder);
            builder.AddQuoteIngestion();
            var engine = new Engine(collection.BuildServiceProvider());
            await engine._services.GetRequiredService<IStoreInitializer>().InitializeAsync(CancellationToken.None);
            await engine._services.GetRequiredService<ITenantStore>().CreateTenantAsync(new Tenant(engine._tenant, "bench", DateTimeOffset.UtcNow), CancellationToken.None);
            var vendors = engine._scope.ServiceProvider.GetRequiredService<VendorService>();
            var vendor = await vendors.CreateAsync(engine._tenant, new CreateVendorRequest { Name = "Bench Vendor", Contacts = [new VendorContactDto("Sales", VendorEmail)] }, Actor);
            engine._listId = (await vendors.CreateListAsync(engine._tenant, new CreateVendorListRequest { Name = "Bench", VendorIds = [vendor.Id.Value] }, Actor)).Id.Value;
            engine._quoted = await engine.CreateAndPublishAsync();
            return engine;
        }

        public async Task<Rfq> CreateAndPublishAsync()
        {
            var rfq = await Rfqs.CreateAsync(_tenant, new CreateRfqRequest
            {
                Reference = "SO-BENCH",
                Title = "Benchmark",
                Currency = "USD",
                ResponseDueAt = DateTimeOffset.UtcNow.AddDays(14),
                VendorListId = _listId,
                Lines = [.. Enumerable.Range(1, 10).Select(i => new RfqLineDto { LineNumber = i, PartNumber = $"PRT-{1000 + i}", Description = "Part", Quantity = 100 * i, Unit = "EA" })],
            }, Actor);
            return await Rfqs.PublishAsync(_tenant, rfq.Id, null, Actor);
        }

        public async Task<InboundMessage> IngestAsync(long reply)
        {
            var table = new StringBuilder("Line | Part     | Qty  | Unit price | Lead time\r\n");
            for (var i = 1; i <= 10; i++)
            {
                table.Append(System.Globalization.CultureInfo.InvariantCulture, $"{i} | PRT-{1000 + i} | {100 * i} | USD {1.25m * i:0.00} | {i + 2} weeks\r\n");
            }

            var raw = Encoding.UTF8.GetBytes(
                $"From: Sales <{VendorEmail}>\r\nTo: purchasing@customer.example\r\nSubject: Re: {_quoted.Number}\r\nMessage-ID: <reply-{reply}@bench-vendor.example>\r\n" +
                $"Date: Thu, 03 Dec 2026 10:00:00 +0000\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nOur prices:\r\n\r\n{table}\r\nValid 30 days.\r\n");
            var message = await _scope.ServiceProvider.GetRequiredService<InboundMailProcessor>().ProcessAsync(_tenant, raw, "bench");
            return message.Status == InboundMessageStatus.Quoted ? message : throw new InvalidOperationException($"The reply was not read as a quote: {message.Status} {message.Reason}");
        }

        public async ValueTask DisposeAsync()
        {
            await _scope.DisposeAsync();
            await _services.DisposeAsync();
        }
    }
}
