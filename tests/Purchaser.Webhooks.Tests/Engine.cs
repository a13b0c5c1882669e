using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Purchaser.Contracts;
using Purchaser.Contracts.Webhooks;
using Purchaser.Domain;
using Purchaser.Services;
using Purchaser.Storage;

namespace Purchaser.Webhooks.Tests;

/// <summary>
/// The engine as a host runs it: SQLite file, webhooks with the dispatcher running as a hosted service. Stopping and
/// starting again on the same files is a host restart.
/// </summary>
public sealed class Engine : IAsyncDisposable
{
    private readonly string _directory;
    private readonly Action<WebhookOptions>? _configure;
    private readonly Action<Purchaser.PurchaserOptions>? _configurePurchaser;
    private readonly bool _mail;
    private IHost? _host;

    /// <param name="mail">Also send vendor mail (to the mail drop under <see cref="Directory"/>) and read replies.</param>
    /// <param name="configurePurchaser">Changes the engine's own options (lease durations and the like).</param>
    public Engine(Action<WebhookOptions>? configure = null, string? directory = null, bool mail = false, Action<Purchaser.PurchaserOptions>? configurePurchaser = null)
    {
        _configure = configure;
        _configurePurchaser = configurePurchaser;
        _mail = mail;
        _directory = directory ?? System.IO.Directory.CreateTempSubdirectory("purchaser-webhooks-").FullName;
    }

    public string Directory => _directory;

    public Id<Tenant> Tenant { get; private set; }

    public Actor Actor { get; } = new("user", "erp", "ERP integration");

    public IServiceProvider Services => _host?.Services ?? throw new InvalidOperationException("Start the engine first.");

    public async Task StartAsync()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddDataProtection().PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(_directory, "keys")));
        var purchaser = builder.Services.AddPurchaser(o =>
        {
            o.ResponseDueCheckInterval = TimeSpan.FromHours(1);
            _configurePurchaser?.Invoke(o);
        });
        if (_mail)
        {
            purchaser.AddQuoteIngestion().AddRfqMail().UseMailDirectory(Path.Combine(_directory, "mail"));
            builder.Services.Configure<Purchaser.Mail.MailOptions>(o => o.PollInterval = TimeSpan.FromMilliseconds(25));
        }

        purchaser
            .UseSqlite($"Data Source={Path.Combine(_directory, "purchaser.db")}")
            .AddWebhooks(o =>
            {
                o.AllowPrivateNetworks = true;
                o.RetrySchedule.Clear();
                foreach (var wait in new[] { 100, 200, 300 })
                {
                    o.RetrySchedule.Add(TimeSpan.FromMilliseconds(wait));
                }

                o.Jitter = 0;
                o.PollInterval = TimeSpan.FromMilliseconds(25);
                o.Timeout = TimeSpan.FromSeconds(2);
                _configure?.Invoke(o);
            });
        builder.Services.Configure<Purchaser.Hosting.BootstrapOptions>(o => o.CreateWhenEmpty = false);
        _host = builder.Build();
        await _host.StartAsync();
        var tenants = Services.GetRequiredService<ITenantStore>();
        if (Tenant == default)
        {
            Tenant = Id<Tenant>.New();
            await tenants.CreateTenantAsync(new Tenant(Tenant, "Northfield Robotics", DateTimeOffset.UtcNow), CancellationToken.None);
        }
    }

    /// <summary>Starts on another engine's files as the same tenant: a restart with different options.</summary>
    public Task StartAsyncAs(Engine previous)
    {
        Tenant = previous.Tenant;
        return StartAsync();
    }

    public async Task StopAsync()
    {
        if (_host is not null)
        {
            await _host.StopAsync();
            _host.Dispose();
            _host = null;
        }
    }

    public async Task<T> UseAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public Task<(WebhookEndpoint Endpoint, string Secret)> RegisterAsync(Uri url, params string[] eventTypes) =>
        UseAsync(sp => sp.GetRequiredService<WebhookEndpointService>().CreateAsync(Tenant, new CreateWebhookEndpointRequest { Url = url.AbsoluteUri, EventTypes = eventTypes.Length == 0 ? null : eventTypes }, Actor));

    /// <summary>Creates and publishes an RFQ with one vendor: events rfq.created and rfq.published.</summary>
    public Task<Rfq> PublishRfqAsync(string reference = "SO-88123") => UseAsync(async sp =>
    {
        var vendor = await sp.GetRequiredService<VendorService>().CreateAsync(Tenant, new CreateVendorRequest { Name = $"Vendor {reference}", Contacts = [new VendorContactDto(null, "sales@acme.example")] }, Actor);
        var rfqs = sp.GetRequiredService<RfqService>();
        var rfq = await rfqs.CreateAsync(Tenant, new CreateRfqRequest
        {
            Reference = reference,
            Title = "Complex parts",
            Currency = "USD",
            Lines = [new RfqLineDto { LineNumber = 1, PartNumber = "BRK-4471", Quantity = 500, Unit = "EA" }],
        }, Actor);
        await rfqs.AttachVendorsAsync(Tenant, rfq.Id, new AttachVendorsRequest { VendorIds = [vendor.Id.Value] }, null, Actor);
        return await rfqs.PublishAsync(Tenant, rfq.Id, null, Actor);
    });

    public Task<IReadOnlyList<WebhookAttempt>> AttemptsAsync(Id<WebhookEndpoint> endpoint) =>
        UseAsync(async sp => (await sp.GetRequiredService<WebhookEndpointService>().ListAttemptsAsync(Tenant, endpoint, new PageRequest(null, 200))).Items);

    public async Task<IReadOnlyList<WebhookAttempt>> WaitForAttemptsAsync(Id<WebhookEndpoint> endpoint, Func<IReadOnlyList<WebhookAttempt>, bool> done, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            var attempts = await AttemptsAsync(endpoint);
            if (done(attempts))
            {
                return attempts;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("Attempts so far: " + string.Join(", ", attempts.Select(a => $"{a.EventType}:{a.StatusCode?.ToString() ?? a.Error}")));
            }

            await Task.Delay(25);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            System.IO.Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // Temporary files; a lingering handle must not fail the test.
        }
    }
}
