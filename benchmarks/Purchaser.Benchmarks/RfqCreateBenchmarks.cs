using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Purchaser.Contracts;
using Purchaser.Domain;
using Purchaser.Services;
using Purchaser.Storage;

namespace Purchaser.Benchmarks;

/// <summary>
/// Creating an RFQ through the service (validation, number, lines, audit and outbox in one transaction) against the
/// floor: the same rows written by hand-rolled SQL in one transaction on the same kind of file. The ratio is the
/// engine's overhead per RFQ.
/// </summary>
[MemoryDiagnoser]
public class RfqCreateBenchmarks
{
    private static readonly Actor Actor = new("user", "bench", "Benchmark");
    private readonly string _servicePath = Path.Combine(Path.GetTempPath(), $"purchaser-bench-{Guid.NewGuid():N}.db");
    private readonly string _rawPath = Path.Combine(Path.GetTempPath(), $"purchaser-bench-raw-{Guid.NewGuid():N}.db");
    private ServiceProvider _services = null!;
    private AsyncServiceScope _scope;
    private RfqService _rfqs = null!;
    private Id<Tenant> _tenant;
    private SqliteConnection _raw = null!;
    private CreateRfqRequest _request = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddPurchaser().UseSqlite($"Data Source={_servicePath}");
        _services = services.BuildServiceProvider();
        await _services.GetRequiredService<IStoreInitializer>().InitializeAsync(CancellationToken.None);
        _tenant = Id<Tenant>.New();
        await _services.GetRequiredService<ITenantStore>().CreateTenantAsync(new Tenant(_tenant, "bench", DateTimeOffset.UtcNow), CancellationToken.None);
        _scope = _services.CreateAsyncScope();
        _rfqs = _scope.ServiceProvider.GetRequiredService<RfqService>();
        _request = new CreateRfqRequest
        {
            Reference = "SO-1",
            Title = "Benchmark",
            Currency = "USD",
            Lines = [.. Enumerable.Range(1, 10).Select(i => new RfqLineDto { LineNumber = i, PartNumber = $"P-{i}", Description = "Part", Quantity = 100 * i, Unit = "EA" })],
        };

        _raw = new SqliteConnection($"Data Source={_rawPath}");
        await _raw.OpenAsync();
        await using var schema = _raw.CreateCommand();
        schema.CommandText = """
            PRAGMA journal_mode = WAL;
            CREATE TABLE rfqs (seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT UNIQUE, tenant_id TEXT, number TEXT, title TEXT, currency TEXT, status TEXT, version INTEGER);
            CREATE TABLE rfq_lines (rfq_id TEXT, line_number INTEGER, part_number TEXT, description TEXT, quantity TEXT, unit TEXT, PRIMARY KEY (rfq_id, line_number));
            CREATE TABLE audit_log (sequence INTEGER PRIMARY KEY AUTOINCREMENT, entity_id TEXT, action TEXT);
            CREATE TABLE outbox (sequence INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT, payload TEXT);
            """;
        await schema.ExecuteNonQueryAsync();
    }

    [Benchmark(Baseline = true, Description = "hand-written SQL, same rows")]
    public async Task RawInsertAsync()
    {
        var id = Guid.CreateVersion7().ToString();
        await using var transaction = (SqliteTransaction)await _raw.BeginTransactionAsync();
        await using var command = _raw.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT INTO rfqs (id, tenant_id, number, title, currency, status, version) VALUES ($id, 't', 'RFQ-1', 'Benchmark', 'USD', 'Draft', 1)";
        command.Parameters.AddWithValue("$id", id);
        await command.ExecuteNonQueryAsync();
        foreach (var line in _request.Lines!)
        {
            await using var insert = _raw.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO rfq_lines VALUES ($id, $n, $p, $d, $q, 'EA')";
            insert.Parameters.AddWithValue("$id", id);
            insert.Parameters.AddWithValue("$n", line.LineNumber);
            insert.Parameters.AddWithValue("$p", line.PartNumber);
            insert.Parameters.AddWithValue("$d", line.Description);
            insert.Parameters.AddWithValue("$q", line.Quantity.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await insert.ExecuteNonQueryAsync();
        }

        await using var events = _raw.CreateCommand();
        events.Transaction = transaction;
        events.CommandText = "INSERT INTO audit_log (entity_id, action) VALUES ($id, 'rfq.created'); INSERT INTO outbox (id, payload) VALUES ($id, '{}');";
        events.Parameters.AddWithValue("$id", id);
        await events.ExecuteNonQueryAsync();
        await transaction.CommitAsync();
    }

    [Benchmark(Description = "RfqService.CreateAsync, 10 lines")]
    public Task<Rfq> ServiceCreateAsync() => _rfqs.CreateAsync(_tenant, _request, Actor);

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        await _scope.DisposeAsync();
        await _services.DisposeAsync();
        await _raw.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var path in new[] { _servicePath, _rawPath })
        {
            foreach (var file in new[] { path, path + "-wal", path + "-shm" })
            {
                File.Delete(file);
            }
        }
    }
}
