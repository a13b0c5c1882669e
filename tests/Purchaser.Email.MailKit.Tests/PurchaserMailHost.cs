using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Purchaser.Contracts;
using Purchaser.Domain;
using Purchaser.Mail;
using Purchaser.Services;
using Purchaser.Storage;

namespace Purchaser.Email.MailKit.Tests;

/// <summary>
/// Purchaser as an application embeds it with the MailKit transport: SQLite, quote ingestion, RFQ mail sent over the
/// real SMTP server from the customer's mailbox <c>purchasing@{box}.test</c>, whose INBOX the IMAP reader watches.
/// </summary>
internal sealed class PurchaserMailHost : IAsyncDisposable
{
    private readonly ServiceProvider _provider;
    private readonly string _database;

    private PurchaserMailHost(ServiceProvider provider, string database, Id<Tenant> tenant, CapturedLogs logs)
    {
        _provider = provider;
        Logs = logs;
        _database = database;
        Tenant = tenant;
    }

    public Id<Tenant> Tenant { get; }

    public Actor Actor { get; } = new("user", "buyer", "Pat Buyer");

    public CapturedLogs Logs { get; }

    public static async Task<PurchaserMailHost> StartAsync(string box)
    {
        var database = ReaderHost.NewDatabase();
        var tenant = Id<Tenant>.New();
        var logs = new CapturedLogs();
        var services = new ServiceCollection().AddLogging(logging => logging.AddProvider(logs).SetMinimumLevel(LogLevel.Debug));
        services.AddPurchaser(o => o.ResponseDueCheckInterval = TimeSpan.FromHours(1))
            .UseSqlite($"Data Source={database}")
            .AddQuoteIngestion()
            .AddRfqMail()
            .UseMailKit(o => MailServer.Use(o, box, tenant.Value));
        services.Configure<MailOptions>(o =>
        {
            o.From = MailServer.Address(box, "purchasing");
            o.ReplyAddress = $"purchasing+{{token}}@{box}.test";
            o.PollInterval = TimeSpan.FromMilliseconds(50);
        });
        var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<IStoreInitializer>().InitializeAsync(CancellationToken.None);
        await provider.GetRequiredService<ITenantStore>().CreateTenantAsync(new Tenant(tenant, "Northfield Robotics", DateTimeOffset.UtcNow), CancellationToken.None);
        var host = new PurchaserMailHost(provider, database, tenant, logs);
        foreach (var service in provider.GetServices<IHostedService>())
        {
            await service.StartAsync(CancellationToken.None);
        }

        return host;
    }

    public async Task<T> UseAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = _provider.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public Task<Vendor> CreateVendorAsync(string name, string email) =>
        UseAsync(sp => sp.GetRequiredService<VendorService>().CreateAsync(Tenant, new CreateVendorRequest { Name = name, Contacts = [new VendorContactDto("Sales", email)] }, Actor));

    /// <summary>Creates an RFQ for two lines, attaches the vendors and publishes it.</summary>
    public Task<Rfq> PublishRfqAsync(string reference, params Vendor[] vendors) => UseAsync(async sp =>
    {
        var rfqs = sp.GetRequiredService<RfqService>();
        var rfq = await rfqs.CreateAsync(Tenant, new CreateRfqRequest
        {
            Reference = reference,
            Title = $"Complex parts for {reference}",
            Currency = "USD",
            ResponseDueAt = DateTimeOffset.UtcNow.AddDays(14),
            Lines =
            [
                new RfqLineDto { LineNumber = 1, PartNumber = "BRK-4471", Description = "Bracket, 6061-T6", Quantity = 500, Unit = "EA" },
                new RfqLineDto { LineNumber = 2, PartNumber = "SCR-M4X10-A2", Description = "Socket head cap screw", Quantity = 20000, Unit = "EA" },
            ],
        }, Actor);
        await rfqs.AttachVendorsAsync(Tenant, rfq.Id, new AttachVendorsRequest { VendorIds = [.. vendors.Select(v => v.Id.Value)] }, null, Actor);
        return await rfqs.PublishAsync(Tenant, rfq.Id, null, Actor);
    });

    /// <summary>The <c>rfq.published</c> payload of <paramref name="rfq"/>, once the dispatcher wrote it.</summary>
    public Task<RfqEventData> PublishedAsync(Rfq rfq) => MailServer.EventuallyAsync(
        async () =>
        {
            var events = await _provider.GetRequiredService<IOutboxStore>().ReadAsync(0, 1000, CancellationToken.None);
            return events.Where(e => e.EventType == EventTypes.RfqPublished && e.SubjectId == rfq.Id.Value)
                .Select(e => JsonSerializer.Deserialize(e.Payload, PurchaserJsonContext.Default.WebhookPayloadRfqEventData)!.Data)
                .FirstOrDefault();
        },
        "rfq.published");

    public async Task<IReadOnlyList<OutboxMessage>> EventsAsync(string type) =>
        [.. (await _provider.GetRequiredService<IOutboxStore>().ReadAsync(0, 1000, CancellationToken.None)).Where(e => e.EventType == type)];

    public Task<IReadOnlyList<QuoteRevision>> QuotesAsync(Rfq rfq) =>
        UseAsync(sp => sp.GetRequiredService<QuoteService>().ListLatestAsync(Tenant, rfq.Id));

    public Task<(IReadOnlyList<OutboundMail> Outbound, IReadOnlyList<InboundMessage> Inbound)> ThreadAsync(Rfq rfq, Vendor vendor) =>
        UseAsync(sp => sp.GetRequiredService<VendorMessageService>().ThreadAsync(Tenant, rfq.Id, vendor.Id));

    /// <summary>Waits until the vendor's thread has an inbound message with <paramref name="messageId"/> that is done being processed.</summary>
    public async Task<InboundMessage> InboundAsync(Rfq rfq, Vendor vendor, string messageId)
    {
        try
        {
            return await MailServer.EventuallyAsync(
                async () => (await ThreadAsync(rfq, vendor)).Inbound.FirstOrDefault(m => m.MessageId == messageId && m.Status != InboundMessageStatus.Received),
                $"inbound {messageId} in {vendor.Name}'s thread",
                TimeSpan.FromSeconds(20));
        }
        catch (TimeoutException exception)
        {
            var all = await UseAsync(sp => sp.GetRequiredService<IInboundMessageStore>().ListAsync(Tenant, null, new PageRequest(null, 100), CancellationToken.None));
            throw new TimeoutException(
                $"{exception.Message}\nStored: {string.Join("; ", all.Items.Select(m => $"{m.MessageId} {m.Status} {m.MatchMethod} {m.Reason}"))}\nLog:\n{string.Join("\n", Logs.Messages.TakeLast(40))}",
                exception);
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var service in _provider.GetServices<IHostedService>().Reverse())
        {
            await service.StopAsync(CancellationToken.None);
        }

        await _provider.DisposeAsync();
        ReaderHost.DeleteDatabase(_database);
    }
}
