using System.Net;
using System.Net.Http.Json;
using Purchaser.AspNetCore.Tests.Processes;
using Purchaser.Contracts;

namespace Purchaser.AspNetCore.Tests;

/// <summary>
/// The reference host as a newcomer runs it: a real process on Kestrel with zero configuration, answering the
/// create → attach list → publish → get sequence with the key it printed.
/// </summary>
public sealed class HostProcessTests : IDisposable
{
    private readonly string _workingDirectory = Directory.CreateTempSubdirectory("purchaser-host-").FullName;
    private HostProcess? _host;

    [Fact]
    public async Task A_zero_configuration_start_prints_its_url_and_key_and_serves_the_flow()
    {
        _host = HostProcess.Start(_workingDirectory);

        var key = await _host.WaitForKeyAsync(TimeSpan.FromSeconds(60));
        Assert.Contains(_host.Lines, line => line.Contains(_host.Url.AbsoluteUri.TrimEnd('/'), StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(_workingDirectory, "purchaser.db")), "The default SQLite file is created in the working folder.");

        using var client = _host.Client(key);
        var vendor = await client.CreateVendorAsync("Acme Machining");
        var list = await client.CreateListAsync("Complex Parts", vendor.Id);
        var rfq = await client.CreateRfqAsync();
        await (await client.PostAsJsonAsync($"/api/v1/rfqs/{rfq.Id}/vendors", new AttachVendorsRequest { VendorListId = list.Id }, Api.Json)).ReadAsync<RfqResource>();
        await (await client.PostAsync($"/api/v1/rfqs/{rfq.Id}/publish", null)).ReadAsync<RfqResource>();
        var published = await (await client.GetAsync($"/api/v1/rfqs/{rfq.Id}")).ReadAsync<RfqResource>();

        Assert.Equal("published", published.Status);
        Assert.Equal([new RfqVendorDto(vendor.Id, "invited")], published.Vendors);
        Assert.Equal(HttpStatusCode.Unauthorized, (await new HttpClient().GetAsync(new Uri(_host.Url, "/api/v1/rfqs"))).StatusCode);
    }

    public void Dispose()
    {
        _host?.Dispose();
        try
        {
            Directory.Delete(_workingDirectory, recursive: true);
        }
        catch (IOException)
        {
            // The OS may still hold the database file for a moment after the kill; the temp folder is disposable.
        }
    }
}
