using Purchaser.Client.Http;

namespace Purchaser.Client;

/// <summary>
/// The typed client of the Purchaser REST API, one property per resource. Register it with
/// <c>services.AddPurchaserClient(...)</c>; or construct it over an <see cref="HttpClient"/> whose
/// <see cref="HttpClient.BaseAddress"/> and bearer authorization you set yourself.
/// </summary>
public sealed class PurchaserClient
{
    /// <summary>Creates the client over <paramref name="httpClient"/>.</summary>
    /// <param name="httpClient">An HTTP client whose base address is the API's host and which sends the API key.</param>
    public PurchaserClient(HttpClient httpClient)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        var http = new PurchaserHttp(httpClient);
        Rfqs = new RfqsClient(http);
        Quotes = new QuotesClient(http);
        Vendors = new VendorsClient(http);
        VendorLists = new VendorListsClient(http);
        ApiKeys = new ApiKeysClient(http);
    }

    /// <summary>RFQs: create, read, list, edit, attach vendors, publish, close, cancel, award, audit.</summary>
    public RfqsClient Rfqs { get; }

    /// <summary>Quotes on an RFQ.</summary>
    public QuotesClient Quotes { get; }

    /// <summary>Vendors.</summary>
    public VendorsClient Vendors { get; }

    /// <summary>Named vendor lists.</summary>
    public VendorListsClient VendorLists { get; }

    /// <summary>The tenant's API keys.</summary>
    public ApiKeysClient ApiKeys { get; }
}
