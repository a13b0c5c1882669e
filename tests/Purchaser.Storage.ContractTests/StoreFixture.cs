using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Purchaser.Contracts;
using Purchaser.Domain;
using Purchaser.Services;
using Purchaser.Storage;

namespace Purchaser.Storage.ContractTests;

/// <summary>One store under test, with two tenants and the services on top of it.</summary>
public sealed class StoreFixture : IAsyncDisposable
{
    private readonly ServiceProvider _provider;
    private readonly AsyncServiceScope _scope;

    private StoreFixture(ServiceProvider provider, FakeTimeProvider time)
    {
        _provider = provider;
        Time = time;
        _scope = provider.CreateAsyncScope();
    }

    public static DateTimeOffset Start { get; } = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    public FakeTimeProvider Time { get; }

    public Id<Tenant> TenantA { get; private set; }

    public Id<Tenant> TenantB { get; private set; }

    public Actor Actor { get; } = new("user", "buyer-1", "Pat Buyer");

    public IServiceProvider Services => _scope.ServiceProvider;

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public static async Task<StoreFixture> CreateAsync(Action<PurchaserBuilder> useStore)
    {
        var services = new ServiceCollection().AddLogging();
        var time = new FakeTimeProvider(Start);
        services.AddSingleton<TimeProvider>(time);
        useStore(services.AddPurchaser());
        var fixture = new StoreFixture(services.BuildServiceProvider(validateScopes: true), time);
        await fixture.Get<IStoreInitializer>().InitializeAsync(CancellationToken.None);
        fixture.TenantA = await fixture.CreateTenantAsync("Tenant A");
        fixture.TenantB = await fixture.CreateTenantAsync("Tenant B");
        return fixture;
    }

    public async Task<Id<Tenant>> CreateTenantAsync(string name)
    {
        var tenant = new Tenant(Id<Tenant>.New(), name, Start);
        await Get<ITenantStore>().CreateTenantAsync(tenant, CancellationToken.None);
        return tenant.Id;
    }

    public Task<Vendor> CreateVendorAsync(Id<Tenant> tenant, string name, string? code = null) =>
        Get<VendorService>().CreateAsync(tenant, new CreateVendorRequest { Name = name, Code = code, Contacts = [new VendorContactDto("Sales", $"sales@{name.Replace(" ", string.Empty, StringComparison.Ordinal).ToLowerInvariant()}.example")] }, Actor);

    public Task<Rfq> CreateRfqAsync(Id<Tenant> tenant, string reference = "SO-88123", Guid? vendorListId = null) =>
        Get<RfqService>().CreateAsync(tenant, new CreateRfqRequest
        {
            Reference = reference,
            Title = $"Complex parts for {reference}",
            Currency = "USD",
            ResponseDueAt = Start.AddDays(14),
            VendorListId = vendorListId,
            Lines =
            [
                new RfqLineDto { LineNumber = 1, PartNumber = "BRK-4471", Description = "Bracket, 6061-T6 aluminium, anodised", Quantity = 500, Unit = "EA", NeedBy = new DateOnly(2027, 1, 15) },
                new RfqLineDto { LineNumber = 2, PartNumber = "CBL-4C22", Description = "Cable, 4 x 22 AWG", Quantity = 1500.5m, Unit = "m" },
            ],
        }, Actor);

    public async Task<(Rfq Rfq, Vendor Vendor)> PublishedRfqAsync(Id<Tenant> tenant)
    {
        var vendor = await CreateVendorAsync(tenant, $"Vendor {Guid.NewGuid():N}");
        var rfq = await CreateRfqAsync(tenant);
        rfq = await Get<RfqService>().AttachVendorsAsync(tenant, rfq.Id, new AttachVendorsRequest { VendorIds = [vendor.Id.Value] }, null, Actor);
        rfq = await Get<RfqService>().PublishAsync(tenant, rfq.Id, null, Actor);
        return (rfq, vendor);
    }

    public Task<QuoteRevision> QuoteAsync(Id<Tenant> tenant, Rfq rfq, Vendor vendor, decimal price1, decimal price2) =>
        Get<QuoteService>().RecordManualAsync(tenant, rfq.Id, new RecordQuoteRequest
        {
            VendorId = vendor.Id.Value,
            Lines =
            [
                new RecordQuoteLineRequest { LineNumber = 1, UnitPrice = price1, LeadTimeDays = 21 },
                new RecordQuoteLineRequest { LineNumber = 2, UnitPrice = price2 },
            ],
        }, Actor);

    public async ValueTask DisposeAsync()
    {
        await _scope.DisposeAsync();
        await _provider.DisposeAsync();
    }
}
