using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Purchaser.Contracts;

namespace Purchaser.AspNetCore.Tests;

/// <summary>Small helpers that keep the tests about behaviour, not plumbing.</summary>
internal static class Api
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static CreateRfqRequest Rfq(string reference = "SO-88123", Guid? vendorListId = null) => new()
    {
        Reference = reference,
        Title = $"Complex parts for {reference}",
        Currency = "USD",
        ResponseDueAt = DateTimeOffset.UtcNow.AddDays(14),
        VendorListId = vendorListId,
        Lines =
        [
            new RfqLineDto { LineNumber = 1, PartNumber = "BRK-4471", Description = "Bracket, 6061-T6 aluminium, anodised", Quantity = 500, Unit = "EA", NeedBy = new DateOnly(2027, 1, 15) },
            new RfqLineDto { LineNumber = 2, PartNumber = "SCR-M4X10-A2", Description = "Socket head cap screw", Quantity = 20000, Unit = "EA" },
        ],
    };

    public static async Task<T> ReadAsync<T>(this HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        return JsonSerializer.Deserialize<T>(body, Json)!;
    }

    public static async Task<JsonElement> ProblemAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(body).RootElement;
    }

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, string json) =>
        client.PostAsync(url, new StringContent(json, Encoding.UTF8, "application/json"));

    public static async Task<VendorResource> CreateVendorAsync(this HttpClient client, string name)
    {
        var request = new CreateVendorRequest { Name = name, Contacts = [new VendorContactDto("Sales", $"sales@{name.Replace(" ", string.Empty, StringComparison.Ordinal).ToLowerInvariant()}.example")] };
        return await (await client.PostAsJsonAsync("/api/v1/vendors", request, Json)).ReadAsync<VendorResource>(HttpStatusCode.Created);
    }

    public static async Task<VendorListResource> CreateListAsync(this HttpClient client, string name, params Guid[] vendorIds) =>
        await (await client.PostAsJsonAsync("/api/v1/vendor-lists", new CreateVendorListRequest { Name = name, VendorIds = vendorIds }, Json)).ReadAsync<VendorListResource>(HttpStatusCode.Created);

    public static async Task<RfqResource> CreateRfqAsync(this HttpClient client, CreateRfqRequest? request = null) =>
        await (await client.PostAsJsonAsync("/api/v1/rfqs", request ?? Rfq(), Json)).ReadAsync<RfqResource>(HttpStatusCode.Created);

    /// <summary>An RFQ with <paramref name="vendorId"/> attached, published.</summary>
    public static async Task<RfqResource> PublishedRfqAsync(this HttpClient client, Guid vendorId)
    {
        var rfq = await client.CreateRfqAsync();
        await (await client.PostAsJsonAsync($"/api/v1/rfqs/{rfq.Id}/vendors", new AttachVendorsRequest { VendorIds = [vendorId] }, Json)).ReadAsync<RfqResource>();
        return await (await client.PostAsync($"/api/v1/rfqs/{rfq.Id}/publish", null)).ReadAsync<RfqResource>();
    }

    public static string Field(this JsonElement problem, string name) => problem.GetProperty(name).GetString()!;

    public static bool HasFieldError(this JsonElement problem, string field) =>
        problem.TryGetProperty("errors", out var errors) && errors.TryGetProperty(field, out _);

    /// <summary>Records a quote typed in (phone, portal) as the vendor's next revision.</summary>
    public static async Task<QuoteResource> RecordQuoteAsync(this HttpClient client, Guid rfqId, RecordQuoteRequest request) =>
        await (await client.PostAsJsonAsync($"/api/v1/rfqs/{rfqId}/quotes", request, Json)).ReadAsync<QuoteResource>(HttpStatusCode.Created);

    /// <summary>A plain-text reply from <paramref name="from"/>, as raw RFC 5322 bytes.</summary>
    public static byte[] Email(string from, string subject, string messageId, string body, string extraHeaders = "") => Encoding.UTF8.GetBytes(
        $"{extraHeaders}From: Vendor <{from}>\r\nTo: Purchasing <purchasing@customer.example>\r\nSubject: {subject}\r\nDate: Thu, 03 Dec 2026 10:00:00 +0000\r\n" +
        $"Message-ID: {messageId}\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{body.ReplaceLineEndings("\r\n")}\r\n");

    /// <summary>Posts raw MIME to <c>POST /api/v1/inbound/email</c>, which answers 202 with the stored message.</summary>
    public static async Task<InboundMessageResource> PostEmailAsync(this HttpClient client, byte[] raw)
    {
        using var content = new ByteArrayContent(raw);
        content.Headers.ContentType = new MediaTypeHeaderValue("message/rfc822");
        return await (await client.PostAsync("/api/v1/inbound/email", content)).ReadAsync<InboundMessageResource>(HttpStatusCode.Accepted);
    }
}
